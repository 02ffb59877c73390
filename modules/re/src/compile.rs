//! Syntax tree → instructions. Counted repeats are unrolled (`x{2,4}` is
//! `xx(x(x)?)?`), so the program size is bounded by `MAX_PROGRAM` instead
//! of by the counts.

use crate::parse::{Node, Parsed, PatternError};
use crate::program::{Class, Inst, Program};
use alloc::vec::Vec;

/// Largest program accepted (instructions); a larger one is a re.error.
const MAX_PROGRAM: usize = 1 << 18;

struct Compiler {
    code: Vec<Inst>,
    classes: Vec<Class>,
    loops: usize,
}

pub fn compile(parsed: Parsed) -> Result<Program, PatternError> {
    let mut compiler = Compiler {
        code: Vec::new(),
        classes: Vec::new(),
        loops: 0,
    };
    compiler.emit(Inst::Save(0))?;
    compiler.node(&parsed.tree)?;
    compiler.emit(Inst::Save(1))?;
    compiler.emit(Inst::Match)?;
    Ok(Program {
        code: compiler.code,
        classes: compiler.classes,
        groups: parsed.groups,
        names: parsed.names,
        loops: compiler.loops,
        flags: parsed.flags,
    })
}

impl Compiler {
    fn emit(&mut self, inst: Inst) -> Result<usize, PatternError> {
        if self.code.len() >= MAX_PROGRAM {
            return Err(PatternError {
                message: "pattern too large".into(),
                pos: 0,
            });
        }
        self.code.push(inst);
        Ok(self.code.len() - 1)
    }

    fn here(&self) -> usize {
        self.code.len()
    }

    fn patch_split_second(&mut self, at: usize, target: usize) {
        if let Inst::Split(first, _) = self.code[at] {
            self.code[at] = Inst::Split(first, target);
        }
    }

    fn patch_split_first(&mut self, at: usize, target: usize) {
        if let Inst::Split(_, second) = self.code[at] {
            self.code[at] = Inst::Split(target, second);
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), PatternError> {
        match node {
            Node::Empty => {}
            Node::Char(c) => {
                self.emit(Inst::Char(*c))?;
            }
            Node::Any => {
                self.emit(Inst::Any)?;
            }
            Node::Class(class) => {
                self.classes.push(class.clone());
                self.emit(Inst::Class(self.classes.len() - 1))?;
            }
            Node::Assert(assertion) => {
                self.emit(Inst::Assert(*assertion))?;
            }
            Node::Backref(group) => {
                self.emit(Inst::Backref(*group))?;
            }
            Node::Group(number, inner) => {
                if let Some(n) = number {
                    self.emit(Inst::Save(2 * n))?;
                }
                self.node(inner)?;
                if let Some(n) = number {
                    self.emit(Inst::Save(2 * n + 1))?;
                }
            }
            Node::Concat(nodes) => {
                for node in nodes {
                    self.node(node)?;
                }
            }
            Node::Alternation(branches) => {
                // Split(b1, next); b1; Jump(end); next: Split(b2, ...) ...
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split = self.emit(Inst::Split(0, 0))?;
                        self.patch_split_first(split, split + 1);
                        self.node(branch)?;
                        jumps.push(self.emit(Inst::Jump(0))?);
                        let next = self.here();
                        self.patch_split_second(split, next);
                    } else {
                        self.node(branch)?;
                    }
                }
                let end = self.here();
                for jump in jumps {
                    self.code[jump] = Inst::Jump(end);
                }
            }
            Node::Look { negative, node } => {
                let look = self.emit(Inst::Look {
                    negative: *negative,
                    next: 0,
                })?;
                self.node(node)?;
                self.emit(Inst::LookEnd)?;
                let next = self.here();
                self.code[look] = Inst::Look {
                    negative: *negative,
                    next,
                };
            }
            Node::Atomic(node) => {
                let atomic = self.emit(Inst::Atomic { next: 0 })?;
                self.node(node)?;
                self.emit(Inst::LookEnd)?;
                let next = self.here();
                self.code[atomic] = Inst::Atomic { next };
            }
            Node::Repeat {
                node,
                min,
                max,
                greedy,
            } => self.repeat(node, *min, *max, *greedy)?,
        }
        Ok(())
    }

    /// A choice between entering `body` and skipping to a later target,
    /// in the order `greedy` says; returns the Split to patch with it.
    fn choice(&mut self, greedy: bool) -> Result<usize, PatternError> {
        let split = self.emit(Inst::Split(0, 0))?;
        if greedy {
            self.code[split] = Inst::Split(split + 1, 0);
        } else {
            self.code[split] = Inst::Split(0, split + 1);
        }
        Ok(split)
    }

    fn patch_skip(&mut self, split: usize, greedy: bool, target: usize) {
        if greedy {
            self.patch_split_second(split, target);
        } else {
            self.patch_split_first(split, target);
        }
    }

    fn repeat(
        &mut self,
        node: &Node,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    ) -> Result<(), PatternError> {
        let before = self.here();
        self.node(node)?;
        if self.here() == before {
            // Nothing to repeat: `(?:)*` is empty.
            return Ok(());
        }
        self.code.truncate(before);
        for _ in 0..min {
            self.node(node)?;
        }
        match max {
            None => {
                // loop: Split(body, exit); [LoopMark] body [LoopCheck]; Jump loop
                let guard = node.can_be_empty();
                let register = self.loops;
                if guard {
                    self.loops += 1;
                }
                let top = self.choice(greedy)?;
                if guard {
                    self.emit(Inst::LoopMark(register))?;
                }
                self.node(node)?;
                let check = if guard {
                    Some(self.emit(Inst::LoopCheck(register, 0))?)
                } else {
                    None
                };
                self.emit(Inst::Jump(top))?;
                let exit = self.here();
                self.patch_skip(top, greedy, exit);
                if let Some(check) = check {
                    self.code[check] = Inst::LoopCheck(register, exit);
                }
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.choice(greedy)?);
                    self.node(node)?;
                }
                let end = self.here();
                for split in splits {
                    self.patch_skip(split, greedy, end);
                }
            }
        }
        Ok(())
    }
}
