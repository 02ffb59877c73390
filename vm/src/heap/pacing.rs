//! When to collect while memory remains.
//!
//! Every allocation adds to `allocated_since_collect`; once that reaches
//! `collect_threshold_words` the next allocation collects first. The
//! threshold comes from the pacing, recomputed after every collection:
//!
//! - `OnExhaustion`: never; collect only when an allocation fails (a
//!   microcontroller's small heap, and `gc.threshold(-1)`).
//! - `Fixed(words)`: a constant budget (`gc.threshold(n)`, MicroPython's
//!   rule).
//! - `Proportional`: the budget grows with the live heap, `percent` of the
//!   words the last collection kept, and never drops below `floor_words`.
//!   The work of a collection is mostly marking the live objects, so a
//!   budget proportional to them keeps the collector's share of the run
//!   time bounded whatever the heap holds, while a program with little
//!   live data collects often and keeps reusing the same (cached, already
//!   mapped) memory instead of sweeping through fresh pages.
//!
//! A collection still happens before any MemoryError, whatever the pacing
//! (`Vm::alloc_slow`).

use super::{Heap, WORD_BYTES};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pacing {
    OnExhaustion,
    Fixed(usize),
    Proportional { floor_words: usize, percent: usize },
}

impl Pacing {
    /// The pacing a port asks for (`Config`): a byte floor and a percent
    /// of the live heap (0: the floor alone, a fixed budget).
    pub fn from_bytes(threshold_bytes: Option<usize>, live_percent: usize) -> Pacing {
        match threshold_bytes {
            None => Pacing::OnExhaustion,
            Some(bytes) => {
                let floor_words = (bytes / WORD_BYTES).max(64);
                if live_percent == 0 {
                    Pacing::Fixed(floor_words)
                } else {
                    Pacing::Proportional {
                        floor_words,
                        percent: live_percent,
                    }
                }
            }
        }
    }

    /// The allocation budget after a collection that kept `live_words`.
    fn threshold(self, live_words: usize) -> usize {
        match self {
            Pacing::OnExhaustion => usize::MAX,
            Pacing::Fixed(words) => words,
            Pacing::Proportional {
                floor_words,
                percent,
            } => (live_words / 100).saturating_mul(percent).max(floor_words),
        }
    }
}

impl Heap {
    /// Pace collections by `pacing` from now on (the budget since the last
    /// collection is recomputed at once, as if it had kept what is in use).
    pub fn set_pacing(&mut self, pacing: Pacing) {
        self.pacing = pacing;
        self.collect_threshold_words = pacing.threshold(self.used_words);
    }

    /// The current budget in words (usize::MAX: none).
    pub fn collect_threshold_words(&self) -> usize {
        self.collect_threshold_words
    }

    /// Called by a collection once it has swept.
    pub(super) fn repace(&mut self) {
        self.collect_threshold_words = self.pacing.threshold(self.used_words);
    }
}
