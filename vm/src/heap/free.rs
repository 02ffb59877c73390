//! Free space, and which piece of it an allocation gets.
//!
//! Free space is of three sorts:
//!
//! - **Free chunks** below `top`, made by sweeps (which merge free
//!   neighbours) and by `shrink`: a header of kind Free, and in the second
//!   word the next chunk of the same list. Lists 1..=SMALL_BLOCKS hold
//!   chunks of exactly that many blocks; the lists above hold larger chunks
//!   by size class, one per power of two (the last takes everything
//!   larger). Bit i of `nonempty` is set when list i may hold a chunk: the
//!   inline pop of the one-block list leaves it set, and searches clear the
//!   bits they find stale.
//! - **The run** `[bump, limit)`: the chunk small objects are currently cut
//!   from by bumping a pointer. Its unused part has no header; every walk
//!   of the heap jumps over it (`skip_run`).
//! - **The wilderness** `[top, end)`: above every object. Nothing below
//!   `top` is ever handed out from it; it is the only room left for a
//!   large object once the free chunks are fragmented.
//!
//! The order is reuse first, fresh memory last: an exact-size free chunk,
//! else (small requests) the run, refilled with the smallest free chunk
//! larger than the request, or (large requests) a fitting free chunk from
//! the request's size class or a larger one, split; only when no free
//! chunk fits does the run take the wilderness. Memory freed by a sweep is
//! therefore used again before untouched pages are: on a host every fresh
//! page is a page fault, and a program whose objects change size (big ints
//! that grow) would otherwise march through the whole heap between
//! collections; on a microcontroller the wilderness stays whole for the
//! large objects only it can hold.

use super::{make_header, Heap, ObjKind, BLOCK_WORDS, SMALL_BLOCKS};

/// Free lists: 0 unused, 1..=SMALL_BLOCKS by exact size, then one per
/// power of two above SMALL_BLOCKS (the last one open-ended).
pub(super) const FREE_LISTS: usize = 64;
const FIRST_CLASS_LIST: usize = SMALL_BLOCKS + 1;
/// log2 of SMALL_BLOCKS: the class of chunks just above the exact lists.
const FIRST_CLASS: usize = SMALL_BLOCKS.trailing_zeros() as usize;
const _: () = assert!(SMALL_BLOCKS.is_power_of_two() && FREE_LISTS <= 64);
/// How many chunks of its own size class a large request looks at before
/// it splits a chunk of a larger class (a bound on the walk; the full list
/// is searched only when nothing else fits).
const CLASS_PROBES: usize = 8;

/// The list a free chunk of `blocks` blocks belongs on.
#[inline]
fn list_for(blocks: usize) -> usize {
    if blocks <= SMALL_BLOCKS {
        blocks
    } else {
        let class = (usize::BITS - 1 - blocks.leading_zeros()) as usize;
        (FIRST_CLASS_LIST + class - FIRST_CLASS).min(FREE_LISTS - 1)
    }
}

impl Heap {
    /// Put the free chunk of `blocks` at word `at` on its list.
    pub(super) fn release_chunk(&mut self, at: usize, blocks: usize) {
        let list = list_for(blocks);
        let head = self.free_lists[list];
        let words = self.words_mut();
        words[at] = make_header(ObjKind::Free, blocks);
        words[at + 1] = head;
        self.free_lists[list] = at;
        self.nonempty |= 1 << list;
    }

    /// Empty every free list (a sweep rebuilds them).
    pub(super) fn clear_free_lists(&mut self) {
        self.free_lists = [0; FREE_LISTS];
        self.nonempty = 0;
    }

    /// The head of `list`, unlinked; 0 when the list is empty.
    #[inline]
    fn pop_list(&mut self, list: usize) -> usize {
        let head = self.free_lists[list];
        if head != 0 {
            self.free_lists[list] = self.words()[head + 1];
        }
        head
    }

    /// The lowest list numbered `from` or more that holds a chunk.
    fn lowest_nonempty(&mut self, from: usize) -> Option<usize> {
        if from >= FREE_LISTS {
            return None;
        }
        loop {
            let candidates = self.nonempty & (u64::MAX << from);
            if candidates == 0 {
                return None;
            }
            let list = candidates.trailing_zeros() as usize;
            if self.free_lists[list] != 0 {
                return Some(list);
            }
            self.nonempty &= !(1 << list);
        }
    }

    /// The first chunk of `list` with at least `blocks` blocks among the
    /// first `probes`, unlinked.
    fn first_fit_in(&mut self, list: usize, blocks: usize, probes: usize) -> Option<usize> {
        let mut previous = 0usize;
        let mut chunk = self.free_lists[list];
        let mut left = probes;
        while chunk != 0 && left > 0 {
            let next = self.words()[chunk + 1];
            if self.blocks(chunk) >= blocks {
                if previous == 0 {
                    self.free_lists[list] = next;
                } else {
                    self.words_mut()[previous + 1] = next;
                }
                return Some(chunk);
            }
            previous = chunk;
            chunk = next;
            left -= 1;
        }
        None
    }

    /// `blocks` blocks cut from the start of the run.
    #[inline]
    fn bump_run(&mut self, blocks: usize) -> Option<usize> {
        let words = blocks * BLOCK_WORDS;
        if self.limit - self.bump >= words {
            let object = self.bump;
            self.bump += words;
            Some(object)
        } else {
            None
        }
    }

    /// Where a heap walk goes on from `at`: past the run's unused part if
    /// it starts there (it has no header).
    #[inline]
    pub(super) fn skip_run(&self, at: usize) -> usize {
        if at == self.bump {
            self.limit
        } else {
            at
        }
    }

    /// Give the run's unused part back: to the wilderness when the run is
    /// the wilderness, else to the free lists. The run is empty after.
    fn retire_run(&mut self) {
        if self.limit == self.top {
            self.top = self.bump;
        } else if self.bump < self.limit {
            self.release_chunk(self.bump, (self.limit - self.bump) / BLOCK_WORDS);
        }
        self.limit = self.bump;
    }

    /// A new run for a small request of `blocks` that the run cannot hold:
    /// the smallest free chunk larger than the request, else the
    /// wilderness. False when there is neither.
    fn refill_run(&mut self, blocks: usize) -> bool {
        self.retire_run();
        if let Some(list) = self.lowest_nonempty(blocks + 1) {
            let chunk = self.pop_list(list);
            self.bump = chunk;
            self.limit = chunk + self.blocks(chunk) * BLOCK_WORDS;
            return true;
        }
        if self.top < self.end {
            self.bump = self.top;
            self.limit = self.end;
            self.top = self.end;
            return true;
        }
        false
    }

    /// The first `blocks` blocks of the free chunk `chunk` (already
    /// unlinked); the rest goes back on a free list.
    fn split(&mut self, chunk: usize, blocks: usize) -> usize {
        let size = self.blocks(chunk);
        if size > blocks {
            self.release_chunk(chunk + blocks * BLOCK_WORDS, size - blocks);
        }
        chunk
    }

    /// A chunk of `blocks` blocks (uninitialised), or None when no free
    /// space fits: then the caller collects.
    pub(super) fn take_chunk(&mut self, blocks: usize) -> Option<usize> {
        if blocks <= SMALL_BLOCKS {
            let exact = self.pop_list(blocks);
            if exact != 0 {
                return Some(exact);
            }
            if let Some(object) = self.bump_run(blocks) {
                return Some(object);
            }
            if self.refill_run(blocks) {
                return self.bump_run(blocks);
            }
            return None;
        }
        self.take_large(blocks)
    }

    fn take_large(&mut self, blocks: usize) -> Option<usize> {
        let own = list_for(blocks);
        if let Some(chunk) = self.first_fit_in(own, blocks, CLASS_PROBES) {
            return Some(self.split(chunk, blocks));
        }
        if let Some(list) = self.lowest_nonempty(own + 1) {
            let chunk = self.pop_list(list);
            return Some(self.split(chunk, blocks));
        }
        if let Some(object) = self.bump_run(blocks) {
            return Some(object);
        }
        let words = blocks * BLOCK_WORDS;
        if self.end - self.top >= words {
            // Carved off the wilderness, the run staying where it is.
            let object = self.top;
            self.top += words;
            return Some(object);
        }
        let chunk = self.first_fit_in(own, blocks, usize::MAX)?;
        Some(self.split(chunk, blocks))
    }

    /// Give `blocks` blocks at `at`, the freed tail of an object, back:
    /// to the run or the wilderness when it borders them, else to a list.
    pub(super) fn release_tail(&mut self, at: usize, blocks: usize) {
        let tail_end = at + blocks * BLOCK_WORDS;
        if tail_end == self.bump {
            self.bump = at;
        } else if tail_end == self.top {
            self.top = at;
        } else {
            self.release_chunk(at, blocks);
        }
    }

    /// The largest free piece in words: a free chunk, the run's unused
    /// part or the wilderness.
    pub(super) fn largest_free_words(&self) -> usize {
        let mut largest = (self.end - self.top).max(self.limit - self.bump);
        for list in 1..FREE_LISTS {
            let mut chunk = self.free_lists[list];
            while chunk != 0 {
                largest = largest.max(self.blocks(chunk) * BLOCK_WORDS);
                chunk = self.words()[chunk + 1];
            }
        }
        largest
    }
}
