//! The backtracking matcher: runs a `Program` over a text of code points
//! (a str's characters or a bytes object's bytes).
//!
//! Backtracking uses an explicit stack of choice points and undo records,
//! never Rust recursion (only a lookahead nests a run, and the parser
//! bounds their nesting), and the stack has a size limit: a pattern that
//! would need more is an error, never a Rust stack overflow or an
//! unbounded allocation.

use crate::program::{self, Assertion, Inst, Program};
use alloc::vec;
use alloc::vec::Vec;

/// The backtracking stack grew past its limit.
pub struct TooDeep;

enum Undo {
    /// A choice point: resume at `pc` and `pos`.
    Retry { pc: usize, pos: usize },
    /// Put a capture slot back as it was.
    Slot { slot: usize, old: usize },
    /// Put a loop register back as it was.
    Loop { register: usize, old: usize },
}

/// A capture slot that is not set.
pub const UNSET: usize = usize::MAX;

pub struct Matcher<'a> {
    program: &'a Program,
    text: &'a [u32],
    unicode: bool,
    ignore_case: bool,
    pub slots: Vec<usize>,
    loops: Vec<usize>,
    stack: Vec<Undo>,
    limit: usize,
    /// Where the last lookahead or atomic sub-run reached its `LookEnd`.
    sub_end: usize,
}

/// How a run must end: at the end of the text (fullmatch), and whether
/// an empty match at the start position is refused (after an empty
/// match, finditer and sub must move on).
#[derive(Clone, Copy)]
pub struct Goal {
    pub to_end: bool,
    pub must_advance: bool,
}

impl<'a> Matcher<'a> {
    pub fn new(program: &'a Program, text: &'a [u32], unicode: bool, limit: usize) -> Matcher<'a> {
        Matcher {
            program,
            text,
            unicode: unicode && program.flags & program::ASCII == 0,
            ignore_case: program.flags & program::IGNORECASE != 0,
            slots: vec![UNSET; 2 * (program.groups + 1)],
            loops: vec![UNSET; program.loops],
            stack: Vec::new(),
            limit,
            sub_end: 0,
        }
    }

    /// Search for the first match starting at `from` or later (only at
    /// `from` if `anchored`); on success `slots` holds the spans.
    pub fn search(&mut self, from: usize, anchored: bool, goal: Goal) -> Result<bool, TooDeep> {
        let mut start = from;
        while start <= self.text.len() {
            self.slots.iter_mut().for_each(|slot| *slot = UNSET);
            self.loops.iter_mut().for_each(|register| *register = UNSET);
            self.stack.clear();
            let advance = goal.must_advance && start == from;
            if self.run(0, start, start, goal.to_end, advance, false)? {
                return Ok(true);
            }
            if anchored {
                break;
            }
            start += 1;
        }
        Ok(false)
    }

    fn is_word_at(&self, pos: usize) -> bool {
        pos < self.text.len() && program::is_word(self.text[pos], self.unicode)
    }

    fn same_char(&self, a: u32, b: u32) -> bool {
        a == b || (self.ignore_case && program::fold(a) == program::fold(b))
    }

    fn assertion_holds(&self, assertion: Assertion, pos: usize) -> bool {
        let len = self.text.len();
        let multiline = self.program.flags & program::MULTILINE != 0;
        let newline = '\n' as u32;
        match assertion {
            Assertion::LineStart => pos == 0 || (multiline && self.text[pos - 1] == newline),
            Assertion::LineEnd => {
                pos == len || (self.text[pos] == newline && (multiline || pos + 1 == len))
            }
            Assertion::TextStart => pos == 0,
            Assertion::TextEnd => pos == len,
            Assertion::WordBoundary => {
                let before = pos > 0 && self.is_word_at(pos - 1);
                before != self.is_word_at(pos)
            }
            Assertion::NotWordBoundary => {
                let before = pos > 0 && self.is_word_at(pos - 1);
                len > 0 && before == self.is_word_at(pos)
            }
        }
    }

    /// After a sub-run whose choice points were dropped: keep the
    /// captures it set, with undo records so that later backtracking
    /// past it still restores them.
    fn keep_captures(&mut self, saved: &[usize]) -> Result<(), TooDeep> {
        for (slot, &old) in saved.iter().enumerate() {
            if old != self.slots[slot] {
                self.push(Undo::Slot { slot, old })?;
            }
        }
        Ok(())
    }

    fn push(&mut self, undo: Undo) -> Result<(), TooDeep> {
        if self.stack.len() >= self.limit {
            return Err(TooDeep);
        }
        self.stack.push(undo);
        Ok(())
    }

    /// Run from `pc` at `pos` until `Match` (or `LookEnd` inside a
    /// lookahead, when `in_look`); false when every choice has failed.
    /// Undo records pushed by this run are consumed before it returns
    /// false; on success they stay (an outer run may still backtrack
    /// through them).
    fn run(
        &mut self,
        mut pc: usize,
        mut pos: usize,
        start: usize,
        to_end: bool,
        must_advance: bool,
        in_look: bool,
    ) -> Result<bool, TooDeep> {
        let base = self.stack.len();
        let program = self.program;
        let code = &program.code;
        loop {
            let ok = match code[pc] {
                Inst::Char(c) => {
                    if pos < self.text.len() && self.same_char(self.text[pos], c) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Any => {
                    let dotall = self.program.flags & program::DOTALL != 0;
                    if pos < self.text.len() && (dotall || self.text[pos] != '\n' as u32) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Class(n) => {
                    let class = &program.classes[n];
                    if pos < self.text.len()
                        && class.contains(self.text[pos], self.ignore_case, self.unicode)
                    {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Inst::Assert(assertion) => {
                    pc += 1;
                    self.assertion_holds(assertion, pos)
                }
                Inst::Save(slot) => {
                    let old = self.slots[slot];
                    self.push(Undo::Slot { slot, old })?;
                    self.slots[slot] = pos;
                    pc += 1;
                    true
                }
                Inst::Split(first, second) => {
                    self.push(Undo::Retry { pc: second, pos })?;
                    pc = first;
                    true
                }
                Inst::Jump(target) => {
                    pc = target;
                    true
                }
                Inst::Backref(group) => {
                    let (from, to) = (self.slots[2 * group], self.slots[2 * group + 1]);
                    if from == UNSET || to == UNSET {
                        false
                    } else {
                        let length = to - from;
                        let fits = pos + length <= self.text.len()
                            && (0..length)
                                .all(|i| self.same_char(self.text[pos + i], self.text[from + i]));
                        if fits {
                            pos += length;
                            pc += 1;
                        }
                        fits
                    }
                }
                Inst::LoopMark(register) => {
                    let old = self.loops[register];
                    self.push(Undo::Loop { register, old })?;
                    self.loops[register] = pos;
                    pc += 1;
                    true
                }
                Inst::LoopCheck(register, exit) => {
                    pc = if self.loops[register] == pos {
                        exit
                    } else {
                        pc + 1
                    };
                    true
                }
                Inst::Look { negative, next } => {
                    let saved = self.slots.clone();
                    let inner_base = self.stack.len();
                    let found = self.run(pc + 1, pos, start, false, false, true)?;
                    // The lookahead's own choice points are dropped: a
                    // lookahead matches at most once (as in CPython).
                    self.stack.truncate(inner_base);
                    if found && !negative {
                        self.keep_captures(&saved)?;
                    } else {
                        self.slots.copy_from_slice(&saved);
                    }
                    pc = next;
                    found != negative
                }
                Inst::Atomic { next } => {
                    let saved = self.slots.clone();
                    let inner_base = self.stack.len();
                    let found = self.run(pc + 1, pos, start, false, false, true)?;
                    self.stack.truncate(inner_base);
                    if found {
                        self.keep_captures(&saved)?;
                        pos = self.sub_end;
                        pc = next;
                    } else {
                        self.slots.copy_from_slice(&saved);
                    }
                    found
                }
                Inst::LookEnd => {
                    if in_look {
                        self.sub_end = pos;
                        return Ok(true);
                    }
                    pc += 1;
                    true
                }
                Inst::Match => {
                    // fullmatch must reach the end; after an empty match
                    // the next one must not be empty at the same place.
                    let short = to_end && pos != self.text.len();
                    let empty = must_advance && pos == start;
                    if !short && !empty {
                        return Ok(true);
                    }
                    false
                }
            };
            if ok {
                continue;
            }
            // Backtrack: undo until the latest choice point of this run.
            loop {
                if self.stack.len() <= base {
                    return Ok(false);
                }
                match self.stack.pop() {
                    Some(Undo::Retry {
                        pc: retry_pc,
                        pos: retry_pos,
                    }) => {
                        pc = retry_pc;
                        pos = retry_pos;
                        break;
                    }
                    Some(Undo::Slot { slot, old }) => self.slots[slot] = old,
                    Some(Undo::Loop { register, old }) => self.loops[register] = old,
                    None => return Ok(false),
                }
            }
        }
    }
}
