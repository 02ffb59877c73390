//! `micropython.schedule`: callbacks queued (by an interrupt handler, or by
//! any code) to run "soon" in the main flow of the program.
//!
//! The queue is a fixed ring of SCHEDULE_DEPTH (callback, argument) pairs
//! held outside the GC heap, so scheduling never allocates: an interrupt
//! handler may schedule while the heap is locked. The dispatch loop runs
//! the queue at its safe points (the backward jumps where it also polls for
//! Ctrl-C). A callback runs to completion before the next one starts: a
//! callback that schedules another does not run it nested, the loop runs it
//! after the first returns. The pairs are collector roots. Scheduling
//! `micropython.kbd_intr` takes no slot and calls nothing: it makes
//! KeyboardInterrupt pending, raised at the next safe point outside a
//! callback (a sleep is one too).

use crate::error::PyResult;
use crate::types;
use crate::value::Value;
use crate::vm::Vm;

/// How many callbacks may wait at once (MicroPython's default depth).
pub const SCHEDULE_DEPTH: usize = 8;

pub struct Scheduler {
    queue: [(Value, Value); SCHEDULE_DEPTH],
    head: usize,
    len: usize,
    /// Set while a scheduled callback runs, so that the callbacks it
    /// schedules wait for it to finish.
    running: bool,
    /// `kbd_intr` was scheduled: KeyboardInterrupt is raised at the next
    /// safe point outside a callback.
    interrupt_pending: bool,
}

impl Default for Scheduler {
    fn default() -> Self {
        Scheduler::new()
    }
}

impl Scheduler {
    pub const fn new() -> Scheduler {
        Scheduler {
            queue: [(Value::NONE, Value::NONE); SCHEDULE_DEPTH],
            head: 0,
            len: 0,
            running: false,
            interrupt_pending: false,
        }
    }

    /// Whether the dispatch loop has callbacks to run now.
    #[inline(always)]
    pub fn is_pending(&self) -> bool {
        (self.len != 0 || self.interrupt_pending) && !self.running
    }

    /// Queue `callback(argument)`; false when the queue is full.
    pub fn push(&mut self, callback: Value, argument: Value) -> bool {
        if self.len == SCHEDULE_DEPTH {
            return false;
        }
        let slot = (self.head + self.len) % SCHEDULE_DEPTH;
        self.queue[slot] = (callback, argument);
        self.len += 1;
        true
    }

    fn pop(&mut self) -> Option<(Value, Value)> {
        if self.len == 0 {
            return None;
        }
        let entry = self.queue[self.head];
        self.queue[self.head] = (Value::NONE, Value::NONE);
        self.head = (self.head + 1) % SCHEDULE_DEPTH;
        self.len -= 1;
        Some(entry)
    }

    /// The queued Values, for the collector.
    pub fn roots(&self) -> impl Iterator<Item = Value> + '_ {
        (0..self.len).flat_map(move |i| {
            let (callback, argument) = self.queue[(self.head + i) % SCHEDULE_DEPTH];
            [callback, argument]
        })
    }
}

impl Vm {
    /// `micropython.schedule(callback, argument)`.
    pub fn schedule(&mut self, callback: Value, argument: Value) -> PyResult<()> {
        if self.is_kbd_intr(callback) {
            // A keyboard interrupt (what a port's interrupt handler
            // schedules for Ctrl-C) takes no queue slot.
            self.scheduler.interrupt_pending = true;
            return Ok(());
        }
        if self.scheduler.push(callback, argument) {
            Ok(())
        } else {
            Err(self.raise_msg(types::RUNTIME_ERROR, "schedule queue full"))
        }
    }

    fn is_kbd_intr(&self, callback: Value) -> bool {
        callback.as_native_function().is_some_and(|index| {
            core::ptr::eq(self.native(index), &crate::modules::micropython::KBD_INTR)
        })
    }

    /// Run the callbacks queued so far, oldest first (those they queue wait
    /// for the next safe point).
    /// An exception from a callback propagates from the point where the
    /// program was interrupted (the callbacks after it stay queued).
    pub fn run_scheduled(&mut self) -> PyResult<()> {
        if self.scheduler.running {
            return Ok(());
        }
        if self.scheduler.interrupt_pending {
            self.scheduler.interrupt_pending = false;
            return Err(self.raise_with_args(types::KEYBOARD_INTERRUPT, &[]));
        }
        self.scheduler.running = true;
        let mut result = Ok(());
        // Only what was queued before this pass: a callback that schedules
        // itself again runs at the next safe point, after the program has
        // moved on (as MicroPython's scheduler does), instead of starving it.
        let queued = self.scheduler.len;
        for _ in 0..queued {
            let Some((callback, argument)) = self.scheduler.pop() else {
                break;
            };
            if let Err(raised) = self.call(callback, &[argument]) {
                result = Err(raised);
                break;
            }
        }
        self.scheduler.running = false;
        result
    }
}
