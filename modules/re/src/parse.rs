//! Pattern text → syntax tree, with CPython's `re.error` messages and
//! positions. Recursive descent over groups, bounded by `MAX_NESTING` so
//! no pattern can overflow the Rust stack.

use crate::program::{self, Assertion, Class, ClassItem};
use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

/// Deepest group nesting accepted (each level is a few Rust frames here
/// and in the compiler).
const MAX_NESTING: usize = 200;

pub struct PatternError {
    pub message: String,
    pub pos: usize,
}

fn fail<T>(message: String, pos: usize) -> Result<T, PatternError> {
    Err(PatternError { message, pos })
}

pub enum Node {
    Empty,
    Char(u32),
    Any,
    Class(Class),
    Assert(Assertion),
    /// A group: capture number (None for `(?:...)`) and contents.
    Group(Option<usize>, Box<Node>),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
    Backref(usize),
    Look {
        negative: bool,
        node: Box<Node>,
    },
    /// `(?>...)`, and a possessive repeat (`x*+`): matches as its contents
    /// would at first, then never gives anything back.
    Atomic(Box<Node>),
}

impl Node {
    pub fn can_be_empty(&self) -> bool {
        match self {
            Node::Char(_) | Node::Any | Node::Class(_) => false,
            Node::Empty | Node::Assert(_) | Node::Backref(_) | Node::Look { .. } => true,
            Node::Atomic(node) => node.can_be_empty(),
            Node::Group(_, node) => node.can_be_empty(),
            Node::Concat(nodes) => nodes.iter().all(Node::can_be_empty),
            Node::Alternation(nodes) => nodes.iter().any(Node::can_be_empty),
            Node::Repeat { node, min, .. } => *min == 0 || node.can_be_empty(),
        }
    }
}

pub struct Parsed {
    pub tree: Node,
    pub groups: usize,
    pub names: Vec<(Vec<u32>, usize)>,
    pub flags: u32,
}

struct Parser<'a> {
    text: &'a [u32],
    pos: usize,
    flags: u32,
    bytes: bool,
    groups: usize,
    /// Groups whose `)` has been seen (a backreference must name one).
    closed: Vec<bool>,
    names: Vec<(Vec<u32>, usize)>,
}

pub fn parse(text: &[u32], flags: u32, bytes: bool) -> Result<Parsed, PatternError> {
    let mut parser = Parser {
        text,
        pos: 0,
        flags,
        bytes,
        groups: 0,
        closed: Vec::new(),
        names: Vec::new(),
    };
    let tree = parser.alternation(0)?;
    if parser.pos < text.len() {
        // Only a `)` stops the top level early.
        return fail("unbalanced parenthesis".into(), parser.pos);
    }
    Ok(Parsed {
        tree,
        groups: parser.groups,
        names: parser.names,
        flags: parser.flags,
    })
}

fn text_of(chars: &[u32]) -> String {
    chars.iter().filter_map(|&c| char::from_u32(c)).collect()
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.text.get(self.pos).copied()
    }

    fn peek_is(&self, c: char) -> bool {
        self.peek() == Some(c as u32)
    }

    fn verbose(&self) -> bool {
        self.flags & program::VERBOSE != 0
    }

    /// With VERBOSE, whitespace and `#` comments between items are ignored.
    fn skip_verbose(&mut self) {
        if !self.verbose() {
            return;
        }
        while let Some(c) = self.peek() {
            if program::is_space(c, false) {
                self.pos += 1;
            } else if c == '#' as u32 {
                while self.peek().is_some_and(|c| c != '\n' as u32) {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn alternation(&mut self, depth: usize) -> Result<Node, PatternError> {
        if depth > MAX_NESTING {
            return fail("too many nested groups".into(), self.pos);
        }
        let mut branches = Vec::new();
        loop {
            branches.push(self.concatenation(depth)?);
            if self.peek_is('|') {
                self.pos += 1;
            } else {
                break;
            }
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alternation(branches)
        })
    }

    fn concatenation(&mut self, depth: usize) -> Result<Node, PatternError> {
        let mut items: Vec<Node> = Vec::new();
        loop {
            self.skip_verbose();
            let start = self.pos;
            let Some(c) = self.peek() else { break };
            let c = char::from_u32(c).unwrap_or('\u{fffd}');
            if c == '|' || c == ')' {
                break;
            }
            if c == '*' || c == '+' || c == '?' || (c == '{' && self.repeat_braces().is_some()) {
                return fail("nothing to repeat".into(), start);
            }
            let atom = self.atom(depth)?;
            let Some(atom) = atom else { continue };
            let atom = self.quantifiers(atom)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the current position (a `{`):
    /// (min, max, length), or None when the braces are literal text.
    fn repeat_braces(&self) -> Option<(u32, Option<u32>, usize)> {
        let rest = &self.text[self.pos + 1..];
        let digits = |from: &[u32]| {
            from.iter()
                .take_while(|&&c| (0x30..0x3a).contains(&c))
                .count()
        };
        let number = |from: &[u32], n: usize| -> u32 {
            from[..n].iter().fold(0u64, |acc, &c| {
                (acc * 10 + (c - 0x30) as u64).min(u32::MAX as u64)
            }) as u32
        };
        let low = digits(rest);
        let min = if low > 0 { number(rest, low) } else { 0 };
        let mut at = low;
        let max = if rest.get(at) == Some(&(',' as u32)) {
            at += 1;
            let high = digits(&rest[at..]);
            let max = if high > 0 {
                Some(number(&rest[at..], high))
            } else {
                None
            };
            at += high;
            max
        } else {
            if low == 0 {
                return None;
            }
            Some(min)
        };
        if rest.get(at) != Some(&('}' as u32)) {
            return None;
        }
        Some((min, max, at + 2))
    }

    fn quantifiers(&mut self, mut atom: Node) -> Result<Node, PatternError> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let at = self.pos;
            let (min, max) = match self.peek().and_then(char::from_u32) {
                Some('*') => {
                    self.pos += 1;
                    (0, None)
                }
                Some('+') => {
                    self.pos += 1;
                    (1, None)
                }
                Some('?') => {
                    self.pos += 1;
                    (0, Some(1))
                }
                Some('{') => match self.repeat_braces() {
                    Some((min, max, length)) => {
                        if max.is_some_and(|max| max < min) {
                            return fail("min repeat greater than max repeat".into(), at + 1);
                        }
                        self.pos += length;
                        (min, max)
                    }
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if repeated {
                return fail("multiple repeat".into(), at);
            }
            if matches!(atom, Node::Assert(_) | Node::Empty) {
                return fail("nothing to repeat".into(), at);
            }
            let (greedy, possessive) = if self.peek_is('?') {
                self.pos += 1;
                (false, false)
            } else if self.peek_is('+') {
                self.pos += 1;
                (true, true)
            } else {
                (true, false)
            };
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                greedy,
            };
            if possessive {
                atom = Node::Atomic(Box::new(atom));
            }
            repeated = true;
        }
    }

    /// One item; None for something that matches nothing and is not an
    /// item (a comment, global flags).
    fn atom(&mut self, depth: usize) -> Result<Option<Node>, PatternError> {
        let start = self.pos;
        let c = self.text[self.pos];
        self.pos += 1;
        let node = match char::from_u32(c) {
            Some('(') => return self.group(start, depth),
            Some('[') => Node::Class(self.class(start)?),
            Some('.') => Node::Any,
            Some('^') => Node::Assert(Assertion::LineStart),
            Some('$') => Node::Assert(Assertion::LineEnd),
            Some('\\') => self.escape(start)?,
            _ => Node::Char(c),
        };
        Ok(Some(node))
    }

    fn group(&mut self, start: usize, depth: usize) -> Result<Option<Node>, PatternError> {
        let mut capture = true;
        let mut name = None;
        let mut look = None;
        let mut atomic = false;
        if self.peek_is('?') {
            self.pos += 1;
            let Some(kind) = self.peek().and_then(char::from_u32) else {
                return fail("unexpected end of pattern".into(), self.pos);
            };
            match kind {
                ':' => {
                    self.pos += 1;
                    capture = false;
                }
                '=' | '!' => {
                    self.pos += 1;
                    capture = false;
                    look = Some(kind == '!');
                }
                '>' => {
                    self.pos += 1;
                    capture = false;
                    atomic = true;
                }
                '#' => {
                    while let Some(c) = self.peek() {
                        self.pos += 1;
                        if c == ')' as u32 {
                            return Ok(None);
                        }
                    }
                    return fail("missing ), unterminated comment".into(), start);
                }
                'P' if self.text.get(self.pos + 1) == Some(&('<' as u32)) => {
                    self.pos += 2;
                    name = Some(self.group_name()?);
                }
                'P' if self.text.get(self.pos + 1) == Some(&('=' as u32)) => {
                    self.pos += 2;
                    let name_at = self.pos;
                    let wanted = self.name_until(')')?;
                    let Some(&(_, group)) = self.names.iter().find(|(n, _)| *n == wanted) else {
                        let message = format!("unknown group name '{}'", text_of(&wanted));
                        return fail(message, name_at);
                    };
                    if !self.closed.get(group - 1).copied().unwrap_or(false) {
                        return fail("cannot refer to an open group".into(), start);
                    }
                    return Ok(Some(Node::Backref(group)));
                }
                '<' if matches!(
                    self.text.get(self.pos + 1).and_then(|&c| char::from_u32(c)),
                    Some('=' | '!')
                ) =>
                {
                    return fail("look-behind is not supported".into(), start);
                }
                c if "aiLmsux".contains(c) => {
                    return self.global_flags(start);
                }
                _ => {
                    let shown: String =
                        text_of(&self.text[self.pos..(self.pos + 2).min(self.text.len())]);
                    return fail(format!("unknown extension ?{shown}"), start + 1);
                }
            }
        }
        let number = if capture {
            self.groups += 1;
            self.closed.push(false);
            let number = self.groups;
            if let Some(name) = name {
                if let Some(&(_, earlier)) = self.names.iter().find(|(n, _)| *n == name) {
                    let message = format!(
                        "redefinition of group name '{}' as group {number}; was group {earlier}",
                        text_of(&name)
                    );
                    return fail(message, start + 4);
                }
                self.names.push((name, number));
            }
            Some(number)
        } else {
            None
        };
        let inner = self.alternation(depth + 1)?;
        if !self.peek_is(')') {
            return fail("missing ), unterminated subpattern".into(), start);
        }
        self.pos += 1;
        if let Some(number) = number {
            self.closed[number - 1] = true;
        }
        Ok(Some(match look {
            Some(negative) => Node::Look {
                negative,
                node: Box::new(inner),
            },
            None if atomic => Node::Atomic(Box::new(inner)),
            None => Node::Group(number, Box::new(inner)),
        }))
    }

    /// `(?aiLmsux)`: flags for the whole pattern, only at its start.
    fn global_flags(&mut self, start: usize) -> Result<Option<Node>, PatternError> {
        let mut flags = 0;
        while let Some(c) = self.peek().and_then(char::from_u32) {
            flags |= match c {
                'a' => program::ASCII,
                'i' => program::IGNORECASE,
                'L' => 128,
                'm' => program::MULTILINE,
                's' => program::DOTALL,
                'u' => 32,
                'x' => program::VERBOSE,
                ')' => break,
                ':' | '-' => return fail("scoped inline flags are not supported".into(), start),
                _ => return fail("unknown flag".into(), self.pos),
            };
            self.pos += 1;
        }
        if !self.peek_is(')') {
            return fail("missing -, : or )".into(), self.pos);
        }
        self.pos += 1;
        if start != 0 {
            return fail(
                "global flags not at the start of the expression".into(),
                start,
            );
        }
        self.flags |= flags;
        Ok(None)
    }

    fn name_until(&mut self, end: char) -> Result<Vec<u32>, PatternError> {
        let from = self.pos;
        while let Some(c) = self.peek() {
            if c == end as u32 {
                let name = self.text[from..self.pos].to_vec();
                self.pos += 1;
                if name.is_empty() {
                    return fail("missing group name".into(), from);
                }
                let valid = name.iter().enumerate().all(|(i, &c)| {
                    char::from_u32(c).is_some_and(|c| {
                        c == '_' || c.is_alphabetic() || (i > 0 && c.is_alphanumeric())
                    })
                });
                if !valid {
                    let message = format!("bad character in group name '{}'", text_of(&name));
                    return fail(message, from);
                }
                return Ok(name);
            }
            self.pos += 1;
        }
        fail(format!("missing {end}, unterminated name"), from)
    }

    fn group_name(&mut self) -> Result<Vec<u32>, PatternError> {
        self.name_until('>')
    }

    /// The character after a backslash that means itself, or an error for
    /// an unknown ASCII letter escape.
    fn escape(&mut self, start: usize) -> Result<Node, PatternError> {
        let Some(c) = self.peek() else {
            return fail("bad escape (end of pattern)".into(), start);
        };
        self.pos += 1;
        let class = |item| {
            Node::Class(Class {
                negated: false,
                items: alloc::vec![item],
            })
        };
        let letter = char::from_u32(c).unwrap_or('\u{fffd}');
        Ok(match letter {
            'd' => class(ClassItem::Digit(false)),
            'D' => class(ClassItem::Digit(true)),
            'w' => class(ClassItem::Word(false)),
            'W' => class(ClassItem::Word(true)),
            's' => class(ClassItem::Space(false)),
            'S' => class(ClassItem::Space(true)),
            'b' => Node::Assert(Assertion::WordBoundary),
            'B' => Node::Assert(Assertion::NotWordBoundary),
            'A' => Node::Assert(Assertion::TextStart),
            'Z' => Node::Assert(Assertion::TextEnd),
            '1'..='9' => {
                // \1..\99, or an octal escape of three digits.
                let mut digits = alloc::vec![c];
                while digits.len() < 3 && self.peek().is_some_and(|c| (0x30..0x3a).contains(&c)) {
                    digits.push(self.text[self.pos]);
                    self.pos += 1;
                }
                if digits.len() == 3 && digits.iter().all(|&d| (0x30..0x38).contains(&d)) {
                    let value = digits.iter().fold(0, |acc, &d| acc * 8 + (d - 0x30));
                    if value > 0o377 {
                        let message = format!(
                            "octal escape value \\{} outside of range 0-0o377",
                            text_of(&digits)
                        );
                        return fail(message, start);
                    }
                    return Ok(Node::Char(value));
                }
                if digits.len() == 3 {
                    self.pos -= 1;
                    digits.pop();
                }
                let group = digits.iter().fold(0, |acc, &d| acc * 10 + (d - 0x30)) as usize;
                if group > self.groups {
                    return fail(format!("invalid group reference {group}"), start + 1);
                }
                if !self.closed[group - 1] {
                    return fail("cannot refer to an open group".into(), start);
                }
                Node::Backref(group)
            }
            _ => Node::Char(self.character_escape(letter, c, start)?),
        })
    }

    /// Escapes that stand for one character, inside or outside a class.
    fn character_escape(
        &mut self,
        letter: char,
        c: u32,
        start: usize,
    ) -> Result<u32, PatternError> {
        Ok(match letter {
            'n' => '\n' as u32,
            't' => '\t' as u32,
            'r' => '\r' as u32,
            'f' => 0xc,
            'v' => 0xb,
            'a' => 0x7,
            '0' => {
                let mut value = 0;
                let mut count = 0;
                while count < 2 && self.peek().is_some_and(|c| (0x30..0x38).contains(&c)) {
                    value = value * 8 + (self.text[self.pos] - 0x30);
                    self.pos += 1;
                    count += 1;
                }
                value
            }
            'x' => self.hex_escape(2, start)?,
            'u' if !self.bytes => self.hex_escape(4, start)?,
            'U' if !self.bytes => {
                let value = self.hex_escape(8, start)?;
                if value > 0x10ffff {
                    let shown = text_of(&self.text[start..self.pos]);
                    return fail(format!("bad escape {shown}"), start);
                }
                value
            }
            c if c.is_ascii_alphanumeric() => {
                return fail(format!("bad escape \\{c}"), start);
            }
            _ => c,
        })
    }

    fn hex_escape(&mut self, count: usize, start: usize) -> Result<u32, PatternError> {
        let mut value = 0;
        for _ in 0..count {
            let digit = self
                .peek()
                .and_then(char::from_u32)
                .and_then(|c| c.to_digit(16));
            let Some(digit) = digit else {
                let shown = text_of(&self.text[start..self.pos]);
                return fail(format!("incomplete escape {shown}"), start);
            };
            value = value * 16 + digit;
            self.pos += 1;
        }
        Ok(value)
    }

    /// `[...]`, after the `[` at `start`.
    fn class(&mut self, start: usize) -> Result<Class, PatternError> {
        let mut class = Class::default();
        if self.peek_is('^') {
            self.pos += 1;
            class.negated = true;
        }
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return fail("unterminated character set".into(), start);
            };
            if c == ']' as u32 && !first {
                self.pos += 1;
                return Ok(class);
            }
            first = false;
            let item_start = self.pos;
            let low = self.class_atom()?;
            if self.peek_is('-')
                && self
                    .text
                    .get(self.pos + 1)
                    .is_some_and(|&c| c != ']' as u32)
            {
                self.pos += 1;
                let high = self.class_atom()?;
                match (low, high) {
                    (ClassItem::Range(low, _), ClassItem::Range(high, _)) if low <= high => {
                        class.items.push(ClassItem::Range(low, high));
                    }
                    _ => {
                        let shown = text_of(&self.text[item_start..self.pos]);
                        return fail(format!("bad character range {shown}"), item_start);
                    }
                }
            } else {
                class.items.push(low);
            }
        }
    }

    /// One member of a class: a character (as a one-character range) or
    /// a class escape.
    fn class_atom(&mut self) -> Result<ClassItem, PatternError> {
        let start = self.pos;
        let Some(c) = self.peek() else {
            return fail("unterminated character set".into(), start);
        };
        self.pos += 1;
        if c != '\\' as u32 {
            return Ok(ClassItem::Range(c, c));
        }
        let Some(c) = self.peek() else {
            return fail("unterminated character set".into(), start);
        };
        self.pos += 1;
        let letter = char::from_u32(c).unwrap_or('\u{fffd}');
        Ok(match letter {
            'd' => ClassItem::Digit(false),
            'D' => ClassItem::Digit(true),
            'w' => ClassItem::Word(false),
            'W' => ClassItem::Word(true),
            's' => ClassItem::Space(false),
            'S' => ClassItem::Space(true),
            'b' => ClassItem::Range(8, 8),
            '1'..='7' => {
                let mut value = c - 0x30;
                let mut count = 1;
                while count < 3 && self.peek().is_some_and(|c| (0x30..0x38).contains(&c)) {
                    value = value * 8 + (self.text[self.pos] - 0x30);
                    self.pos += 1;
                    count += 1;
                }
                ClassItem::Range(value, value)
            }
            _ => {
                let value = self.character_escape(letter, c, start)?;
                ClassItem::Range(value, value)
            }
        })
    }
}
