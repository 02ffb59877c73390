//! The compiled form of a pattern: a list of instructions for the
//! backtracking matcher (`matcher.rs`), and the character classes they
//! refer to.

use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assertion {
    /// `^`: the start of the text, or after any newline with MULTILINE.
    LineStart,
    /// `$`: the end, or before a final newline; before any newline with
    /// MULTILINE.
    LineEnd,
    /// `\A`
    TextStart,
    /// `\Z`
    TextEnd,
    /// `\b`
    WordBoundary,
    /// `\B`
    NotWordBoundary,
}

#[derive(Clone, Copy, Debug)]
pub enum Inst {
    /// One character (compared case-folded with IGNORECASE).
    Char(u32),
    /// `.`: any character but a newline (any at all with DOTALL).
    Any,
    /// A character in class number n.
    Class(usize),
    Assert(Assertion),
    /// Record the position in capture slot n (group n/2's start or end).
    Save(usize),
    /// Try the first target; on failure come back and try the second.
    Split(usize, usize),
    Jump(usize),
    /// The text of group n again.
    Backref(usize),
    /// Remember the position in loop register n (the start of one pass
    /// through a loop body that can match empty).
    LoopMark(usize),
    /// After such a body: if it consumed nothing, leave the loop (to the
    /// target) instead of going round again, which would never end.
    LoopCheck(usize, usize),
    /// A lookahead: the sub-program from the next instruction to its
    /// `LookEnd` must match here (or must not, if negative); then continue
    /// at the target, at the same position.
    Look {
        negative: bool,
        next: usize,
    },
    LookEnd,
    /// An atomic group: the sub-program up to its `LookEnd` runs once; on
    /// success the match continues at the target from where it ended, and
    /// its choice points are dropped.
    Atomic {
        next: usize,
    },
    Match,
}

/// A character class: `[...]` or one of `\d \w \s` and their negations.
#[derive(Clone, Debug, Default)]
pub struct Class {
    pub negated: bool,
    pub items: Vec<ClassItem>,
}

#[derive(Clone, Copy, Debug)]
pub enum ClassItem {
    Range(u32, u32),
    Digit(bool),
    Word(bool),
    Space(bool),
}

pub struct Program {
    pub code: Vec<Inst>,
    pub classes: Vec<Class>,
    /// Capture groups, not counting group 0.
    pub groups: usize,
    /// Names of named groups and their numbers.
    pub names: Vec<(Vec<u32>, usize)>,
    /// Loop registers used by `LoopMark`/`LoopCheck`.
    pub loops: usize,
    pub flags: u32,
}

pub const IGNORECASE: u32 = 2;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const VERBOSE: u32 = 64;
pub const ASCII: u32 = 256;

/// Character predicates. `unicode` is false for bytes patterns and with
/// the ASCII flag, where only ASCII characters are digits, letters or
/// spaces.
pub fn is_digit(c: u32, unicode: bool) -> bool {
    match char::from_u32(c) {
        Some(c) if c.is_ascii() => c.is_ascii_digit(),
        Some(c) => unicode && c.is_numeric(),
        None => false,
    }
}

pub fn is_word(c: u32, unicode: bool) -> bool {
    match char::from_u32(c) {
        Some(c) if c.is_ascii() => c.is_ascii_alphanumeric() || c == '_',
        Some(c) => unicode && c.is_alphanumeric(),
        None => false,
    }
}

pub fn is_space(c: u32, unicode: bool) -> bool {
    match char::from_u32(c) {
        // Python's str.isspace() also counts the ASCII separators
        // \x1c..\x1f; bytes patterns have only these six.
        Some(' ' | '\t' | '\n' | '\r' | '\u{b}' | '\u{c}') => true,
        Some('\u{1c}'..='\u{1f}') => unicode,
        Some(c) if !c.is_ascii() => unicode && c.is_whitespace(),
        _ => false,
    }
}

/// The simple lowercase of a character (identity where there is none).
pub fn fold(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) if ch.is_ascii() => ch.to_ascii_lowercase() as u32,
        Some(ch) => {
            let mut lower = ch.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l as u32,
                _ => c,
            }
        }
        None => c,
    }
}

fn upper(c: u32) -> u32 {
    match char::from_u32(c) {
        Some(ch) => {
            let mut up = ch.to_uppercase();
            match (up.next(), up.next()) {
                (Some(u), None) => u as u32,
                _ => c,
            }
        }
        None => c,
    }
}

impl Class {
    pub fn contains(&self, c: u32, ignore_case: bool, unicode: bool) -> bool {
        let hit = self.hit(c, unicode)
            || (ignore_case && (self.hit(fold(c), unicode) || self.hit(upper(c), unicode)));
        hit != self.negated
    }

    fn hit(&self, c: u32, unicode: bool) -> bool {
        self.items.iter().any(|item| match *item {
            ClassItem::Range(low, high) => low <= c && c <= high,
            ClassItem::Digit(negated) => is_digit(c, unicode) != negated,
            ClassItem::Word(negated) => is_word(c, unicode) != negated,
            ClassItem::Space(negated) => is_space(c, unicode) != negated,
        })
    }
}
