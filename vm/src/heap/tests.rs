//! The allocator and the pacing, on a bare heap (no VM): where objects go
//! after a sweep, and how the collection budget follows the live heap.

use super::{Heap, HeapMemory, ObjKind, Pacing, BLOCK_WORDS};
use crate::value::Value;
use alloc::vec;
use alloc::vec::Vec;

fn heap(words: usize) -> Heap {
    Heap::new(
        HeapMemory::Owned(vec![0usize; words].into_boxed_slice()),
        64,
    )
}

/// A collection that keeps exactly `live`.
fn collect_keeping(heap: &mut Heap, live: &[usize]) {
    heap.begin_collection();
    for &object in live {
        heap.mark(Value::from_heap_index(object));
    }
    heap.finish_collection();
}

/// The word after the highest object (walking the heap as mem_info does).
fn high_water(heap: &Heap) -> usize {
    let mut at = heap.first_block_word();
    let mut high = at;
    heap.for_each_chunk(|kind, blocks| {
        at += blocks * BLOCK_WORDS;
        if kind.is_some() {
            high = at;
        }
    });
    high
}

#[test]
fn a_swept_chunk_serves_a_larger_or_smaller_object_before_the_wilderness() {
    let mut heap = heap(1 << 14);
    let dead_low = heap.allocate(ObjKind::RawBytes, 100).unwrap();
    let kept_low = heap.allocate(ObjKind::RawBytes, 3).unwrap();
    let dead_high = heap.allocate(ObjKind::RawBytes, 300).unwrap();
    let kept_high = heap.allocate(ObjKind::RawBytes, 3).unwrap();
    collect_keeping(&mut heap, &[kept_low, kept_high]);
    let top = high_water(&heap);
    // A size no freed object had: split from the chunk that held one.
    let large = heap.allocate(ObjKind::RawBytes, 150).unwrap();
    assert_eq!(large, dead_high);
    // Small objects fill the freed chunks too.
    for _ in 0..20 {
        let small = heap.allocate(ObjKind::Float, 1).unwrap();
        assert!(small < top, "{small} allocated above {top}");
    }
    let medium = heap.allocate(ObjKind::RawBytes, 90).unwrap();
    assert!(medium < top && medium != dead_high);
    assert_eq!(high_water(&heap), top);
    let _ = dead_low;
}

#[test]
fn objects_that_keep_growing_reuse_freed_memory() {
    // Big ints of a spigot: each step frees the previous values and makes
    // slightly larger ones. With the wilderness taken before freed chunks
    // the heap's high water would reach the sum of all allocations.
    let mut heap = heap(1 << 20);
    let mut live: Vec<usize> = Vec::new();
    let mut allocated_words = 0;
    for step in 0..4000 {
        let words = 40 + step / 8;
        let object = heap.allocate(ObjKind::BigInt, words).unwrap();
        allocated_words += words;
        live.push(object);
        if live.len() > 4 {
            live.remove(0);
        }
        if step % 50 == 49 {
            collect_keeping(&mut heap, &live);
        }
    }
    let high = high_water(&heap);
    assert!(
        allocated_words > 1 << 20,
        "the test allocates more than the heap"
    );
    assert!(
        high < 1 << 17,
        "high water {high} words after {allocated_words} allocated"
    );
}

#[test]
fn every_block_is_an_object_or_free_space_while_a_run_is_in_use() {
    let mut heap = heap(1 << 12);
    let mut kept = Vec::new();
    for i in 0..40 {
        let object = heap.allocate(ObjKind::RawBytes, 1 + i % 7 * 5).unwrap();
        if i % 3 == 0 {
            kept.push(object);
        }
    }
    collect_keeping(&mut heap, &kept);
    // Cut into a swept chunk, leaving the run in the middle of the heap.
    for _ in 0..5 {
        kept.push(heap.allocate(ObjKind::Float, 1).unwrap());
    }
    let total_blocks = heap.bytes_total() / (BLOCK_WORDS * super::WORD_BYTES);
    let (mut blocks_seen, mut objects) = (0, 0);
    heap.for_each_chunk(|kind, blocks| {
        blocks_seen += blocks;
        objects += kind.is_some() as usize;
    });
    assert_eq!(blocks_seen, total_blocks);
    assert_eq!(objects, kept.len());
    // A second sweep keeps them all and merges the run's rest.
    let used = heap.bytes_used();
    collect_keeping(&mut heap, &kept);
    assert_eq!(heap.bytes_used(), used);
}

#[test]
fn proportional_pacing_budgets_the_live_heap_with_a_floor() {
    let mut heap = heap(1 << 16);
    heap.set_pacing(Pacing::Proportional {
        floor_words: 1000,
        percent: 100,
    });
    assert_eq!(heap.collect_threshold_words(), 1000);
    let kept: Vec<usize> = (0..40)
        .map(|_| heap.allocate(ObjKind::RawBytes, 499).unwrap())
        .collect();
    collect_keeping(&mut heap, &kept);
    assert_eq!(heap.collect_threshold_words(), 20_000);
    collect_keeping(&mut heap, &[]);
    assert_eq!(heap.collect_threshold_words(), 1000);
    heap.set_pacing(Pacing::Fixed(300));
    // `kept` was freed by the collection above: keep a live object instead.
    let live = heap.allocate(ObjKind::RawBytes, 499).unwrap();
    collect_keeping(&mut heap, &[live]);
    assert_eq!(heap.collect_threshold_words(), 300);
    heap.set_pacing(Pacing::OnExhaustion);
    assert_eq!(heap.collect_threshold_words(), usize::MAX);
}

#[test]
fn shrinking_the_latest_object_gives_its_tail_back_to_the_run() {
    let mut heap = heap(1 << 12);
    let first = heap.allocate(ObjKind::RawBytes, 1).unwrap();
    let object = heap.allocate(ObjKind::RawBytes, 63).unwrap();
    assert_eq!(object, first + BLOCK_WORDS);
    heap.shrink(object, 3);
    let next = heap.allocate(ObjKind::Float, 1).unwrap();
    assert_eq!(next, object + 2 * BLOCK_WORDS);
}
