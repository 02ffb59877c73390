//! Source text to tokens, in one pass over the whole input before parsing.
//!
//! Lexing everything up front gives the parser free lookahead and
//! backtracking (needed for soft keywords and parenthesised `with` items)
//! over a flat token array in the arena. The lexer stops at its first error
//! and ends the array with an `Error` token there, so the parser still
//! reports an earlier syntax error first, as CPython's on-demand tokenizer
//! would.
//!
//! State that spans tokens: the indentation stack (INDENT/DEDENT, with the
//! tab-size-1 "alternate" columns CPython uses to detect ambiguous tab use),
//! the bracket stack (implicit line joining, mismatch messages, nesting
//! limit) and the f-string stack. F-strings follow PEP 701: literal text
//! becomes `FStringMiddle` tokens and replacement fields are lexed as
//! ordinary tokens, so any quote may appear inside a field. A field's `{`
//! is pushed on the bracket stack marked as a field, which is what tells the
//! lexer that a `}`, `:` or `!` at that level belongs to the f-string.

use super::ast::Pos;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{keyword, operator, Token, TokenKind};
use alloc::format;
use bumpalo::collections::Vec as BVec;
use bumpalo::Bump;

/// Deepest bracket nesting accepted ("too many nested parentheses").
pub const MAX_BRACKETS: usize = 100;
/// Deepest indentation accepted ("too many levels of indentation").
pub const MAX_INDENT: usize = 100;

const TAB_SIZE: u32 = 8;

#[derive(Clone, Copy)]
struct Bracket {
    byte: u8,
    pos: Pos,
    /// The `{` opening an f-string replacement field.
    field: bool,
}

#[derive(Clone, Copy)]
struct FString {
    quote: u8,
    triple: bool,
    raw: bool,
    /// Bracket depth outside the f-string: deeper means inside a field.
    base_depth: usize,
    /// Lexing literal text (top level or a format spec) rather than a
    /// field's expression.
    literal: bool,
    start: Pos,
}

pub struct Lexed<'a> {
    pub tokens: &'a [Token],
    pub error: Option<SyntaxError>,
}

pub fn tokenize<'a>(source: &'a str, arena: &'a Bump, interactive: bool) -> Lexed<'a> {
    let mut lexer = Lexer {
        src: source,
        bytes: source.as_bytes(),
        pos: 0,
        line: 1,
        col: 0,
        at_line_start: true,
        indents: BVec::new_in(arena),
        brackets: BVec::new_in(arena),
        fstrings: BVec::new_in(arena),
        tokens: BVec::with_capacity_in(source.len() / 3 + 4, arena),
        interactive,
    };
    if source.starts_with('\u{feff}') {
        lexer.pos = 3;
    }
    let error = match lexer.run() {
        Ok(()) => None,
        Err(error) => {
            let here = lexer.here();
            lexer.push(TokenKind::Error, lexer.pos, here);
            lexer.push(TokenKind::EndMarker, lexer.pos, here);
            Some(error)
        }
    };
    Lexed {
        tokens: lexer.tokens.into_bump_slice(),
        error,
    }
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    col: u32,
    at_line_start: bool,
    /// (column with tabs to 8, column with tabs to 1) of each open block.
    indents: BVec<'a, (u32, u32)>,
    brackets: BVec<'a, Bracket>,
    fstrings: BVec<'a, FString>,
    tokens: BVec<'a, Token>,
    interactive: bool,
}

type LexResult<T> = Result<T, SyntaxError>;

fn is_ident_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii() && (c.is_alphanumeric() || is_combining_mark(c)))
}

/// The combining marks and joiners most often found inside identifiers
/// (XID_Continue without carrying the full Unicode tables).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036f
            | 0x0483..=0x0487
            | 0x0591..=0x05bd
            | 0x0610..=0x061a
            | 0x064b..=0x065f
            | 0x0900..=0x0903
            | 0x093a..=0x094f
            | 0x0e31..=0x0e3a
            | 0x1ab0..=0x1aff
            | 0x1dc0..=0x1dff
            | 0x200c..=0x200d
            | 0x20d0..=0x20ff
            | 0xfe00..=0xfe0f
            | 0xfe20..=0xfe2f
            | 0xe0100..=0xe01ef)
}

impl<'a> Lexer<'a> {
    fn here(&self) -> Pos {
        Pos {
            line: self.line,
            col: self.col,
        }
    }

    fn byte(&self, offset: usize) -> u8 {
        self.bytes.get(self.pos + offset).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn peek_char(&self) -> Option<char> {
        self.src[self.pos..].chars().next()
    }

    /// Step over one character that is not a line break.
    fn advance(&mut self) {
        if let Some(c) = self.peek_char() {
            self.pos += c.len_utf8();
            self.col += 1;
        }
    }

    fn at_newline(&self) -> bool {
        matches!(self.byte(0), b'\n' | b'\r')
    }

    /// Step over `\n`, `\r\n` or `\r`.
    fn eat_newline(&mut self) {
        if self.byte(0) == b'\r' && self.byte(1) == b'\n' {
            self.pos += 2;
        } else {
            self.pos += 1;
        }
        self.line += 1;
        self.col = 0;
    }

    fn push(&mut self, kind: TokenKind, lo: usize, start: Pos) {
        self.tokens.push(Token {
            kind,
            lo: lo as u32,
            hi: self.pos as u32,
            start,
            end: self.here(),
        });
    }

    fn error(&self, message: impl Into<alloc::string::String>, pos: Pos) -> SyntaxError {
        SyntaxError::new(message, pos, None)
    }

    fn incomplete(&self, mut error: SyntaxError) -> SyntaxError {
        error.incomplete = self.interactive;
        error
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if let Some(fstring) = self.fstrings.last() {
                if fstring.literal {
                    self.fstring_literal()?;
                    continue;
                }
            }
            if self.at_line_start && self.brackets.is_empty() {
                if !self.indentation()? {
                    return self.finish();
                }
                continue;
            }
            while matches!(self.byte(0), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
                self.col += 1;
            }
            if self.at_end() {
                return self.finish();
            }
            let start = self.here();
            let lo = self.pos;
            match self.byte(0) {
                b'#' => self.skip_comment(),
                b'\n' | b'\r' => {
                    if self.brackets.is_empty() {
                        self.pos += if self.byte(0) == b'\r' && self.byte(1) == b'\n' {
                            2
                        } else {
                            1
                        };
                        self.col += 1;
                        self.push(TokenKind::Newline, lo, start);
                        self.line += 1;
                        self.col = 0;
                        self.at_line_start = true;
                    } else {
                        self.eat_newline();
                    }
                }
                b'\\' => {
                    self.advance();
                    if self.at_end() {
                        let error = self.error("unexpected EOF while parsing", self.here());
                        return Err(self.incomplete(error));
                    }
                    if !self.at_newline() {
                        return Err(self.error(
                            "unexpected character after line continuation character",
                            self.here(),
                        ));
                    }
                    self.eat_newline();
                    if self.at_end() && self.interactive {
                        let error = self.error("unexpected EOF while parsing", self.here());
                        return Err(self.incomplete(error));
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.byte(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self
                    .string(lo, start, false, false, false)
                    .map_err(|error| {
                        // `f'{'`: the quote meant to close the f-string opened a
                        // nested string that never ends.
                        let in_field = self.brackets.last().is_some_and(|b| b.field);
                        if in_field && error.message.starts_with("unterminated string") {
                            self.error("f-string: expecting '}'", start)
                        } else {
                            error
                        }
                    })?,
                _ => {
                    let c = self.peek_char().unwrap_or('\0');
                    if is_ident_start(c) {
                        self.name()?;
                    } else if let Some((kind, len)) = operator(&self.bytes[self.pos..]) {
                        self.operator(kind, len)?;
                    } else {
                        return Err(self.error(
                            format!("invalid character '{}' (U+{:04X})", c, c as u32),
                            start,
                        ));
                    }
                }
            }
        }
    }

    fn skip_comment(&mut self) {
        while !self.at_end() && !self.at_newline() {
            self.advance();
        }
    }

    /// Measure the indentation of a new line and emit INDENT/DEDENT tokens.
    /// Blank and comment-only lines are skipped. Returns false at the end of
    /// input.
    fn indentation(&mut self) -> LexResult<bool> {
        loop {
            let (mut col, mut alt) = (0u32, 0u32);
            loop {
                match self.byte(0) {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / TAB_SIZE + 1) * TAB_SIZE;
                        alt += 1;
                    }
                    b'\x0c' => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                self.pos += 1;
                self.col += 1;
            }
            if self.at_end() {
                return Ok(false);
            }
            if self.byte(0) == b'#' {
                self.skip_comment();
            }
            if self.at_end() {
                return Ok(false);
            }
            if self.at_newline() {
                self.eat_newline();
                continue;
            }
            self.at_line_start = false;
            let line_start = Pos {
                line: self.line,
                col: 0,
            };
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            let tab_error = |lexer: &Self| {
                lexer
                    .error(
                        "inconsistent use of tabs and spaces in indentation",
                        line_start,
                    )
                    .with_kind(SyntaxErrorKind::TabError)
            };
            if col == top {
                if alt != top_alt {
                    return Err(tab_error(self));
                }
            } else if col > top {
                if alt <= top_alt {
                    return Err(tab_error(self));
                }
                if self.indents.len() >= MAX_INDENT {
                    return Err(self
                        .error("too many levels of indentation", self.here())
                        .with_kind(SyntaxErrorKind::IndentationError));
                }
                self.indents.push((col, alt));
                let lo = self.pos - self.col as usize;
                self.push(TokenKind::Indent, lo, line_start);
            } else {
                while let Some(&(outer, _)) = self.indents.last() {
                    if outer <= col {
                        break;
                    }
                    self.indents.pop();
                    self.push(TokenKind::Dedent, self.pos, self.here());
                }
                let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
                if col != top {
                    let line_end = self.line_length_chars();
                    return Err(self
                        .error(
                            "unindent does not match any outer indentation level",
                            Pos {
                                line: self.line,
                                col: line_end,
                            },
                        )
                        .with_kind(SyntaxErrorKind::IndentationError));
                }
                if alt != top_alt {
                    return Err(tab_error(self));
                }
            }
            return Ok(true);
        }
    }

    fn line_length_chars(&self) -> u32 {
        let rest = &self.src[self.pos..];
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        self.col + rest[..end].chars().count() as u32
    }

    fn finish(&mut self) -> LexResult<()> {
        if let Some(fstring) = self.fstrings.last() {
            let error = if fstring.triple {
                self.error(
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.line
                    ),
                    fstring.start,
                )
            } else {
                self.error("f-string: expecting '}'", self.here())
            };
            return Err(self.incomplete(error));
        }
        if let Some(open) = self.brackets.last() {
            let error = self.error(
                format!("'{}' was never closed", open.byte as char),
                open.pos,
            );
            return Err(self.incomplete(error));
        }
        let here = self.here();
        if !self.at_line_start {
            self.push(TokenKind::Newline, self.pos, here);
        }
        for _ in 0..self.indents.len() {
            self.push(TokenKind::Dedent, self.pos, here);
        }
        self.indents.clear();
        self.push(TokenKind::EndMarker, self.pos, here);
        Ok(())
    }

    fn name(&mut self) -> LexResult<()> {
        let start = self.here();
        let lo = self.pos;
        while let Some(c) = self.peek_char() {
            if !is_ident_continue(c) {
                break;
            }
            self.advance();
        }
        let word = &self.src[lo..self.pos];
        if matches!(self.byte(0), b'"' | b'\'') && word.len() <= 2 {
            let (mut raw, mut bytes, mut format, mut unicode) = (false, false, false, false);
            let mut valid = true;
            for c in word.bytes() {
                let flag = match c.to_ascii_lowercase() {
                    b'r' => &mut raw,
                    b'b' => &mut bytes,
                    b'f' => &mut format,
                    b'u' => &mut unicode,
                    _ => {
                        valid = false;
                        break;
                    }
                };
                if *flag {
                    valid = false;
                }
                *flag = true;
            }
            let combined_ok = !(unicode && word.len() > 1 || bytes && format);
            if valid && combined_ok {
                return self.string(lo, start, raw, bytes, format);
            }
        }
        let kind = keyword(word).unwrap_or(TokenKind::Name);
        self.push(kind, lo, start);
        Ok(())
    }

    fn operator(&mut self, kind: TokenKind, len: usize) -> LexResult<()> {
        let start = self.here();
        let lo = self.pos;
        let in_field = self.brackets.last().is_some_and(|b| b.field);
        match kind {
            TokenKind::LPar | TokenKind::LSqb | TokenKind::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(self.error("too many nested parentheses", start));
                }
                self.brackets.push(Bracket {
                    byte: self.byte(0),
                    pos: start,
                    field: false,
                });
            }
            TokenKind::RPar | TokenKind::RSqb | TokenKind::RBrace => {
                let close = self.byte(0);
                let Some(open) = self.brackets.last().copied() else {
                    return Err(self.error(format!("unmatched '{}'", close as char), start));
                };
                let expected = match open.byte {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if close != expected {
                    let message = if open.pos.line != start.line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            close as char, open.byte as char, open.pos.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            close as char, open.byte as char
                        )
                    };
                    return Err(self.error(message, start));
                }
                self.brackets.pop();
                if open.field {
                    if let Some(fstring) = self.fstrings.last_mut() {
                        fstring.literal = true;
                    }
                }
            }
            TokenKind::Colon | TokenKind::ColonEqual if in_field => {
                // A `:` directly inside a field starts its format spec, even
                // as part of `:=` (CPython reads `f"{x:=5}"` the same way).
                self.pos += 1;
                self.col += 1;
                self.push(TokenKind::Colon, lo, start);
                if let Some(fstring) = self.fstrings.last_mut() {
                    fstring.literal = true;
                }
                return Ok(());
            }
            TokenKind::Exclamation if !in_field => {
                return Err(self.error("invalid syntax", start));
            }
            _ => {}
        }
        self.pos += len;
        self.col += len as u32;
        self.push(kind, lo, start);
        Ok(())
    }

    fn number(&mut self) -> LexResult<()> {
        let start = self.here();
        let lo = self.pos;
        let radix = match (self.byte(0), self.byte(1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            _ => 10,
        };
        if radix != 10 {
            self.pos += 2;
            self.col += 2;
            let name = match radix {
                16 => "hexadecimal",
                8 => "octal",
                _ => "binary",
            };
            let mut digits = 0;
            loop {
                let c = self.byte(0);
                if c == b'_' {
                    self.advance();
                    if !(self.byte(0) as char).is_digit(radix) {
                        return Err(self.error(format!("invalid {} literal", name), self.here()));
                    }
                } else if (c as char).is_digit(radix) {
                    self.advance();
                    digits += 1;
                } else {
                    break;
                }
            }
            let c = self.byte(0);
            if c.is_ascii_digit() {
                return Err(self.error(
                    format!("invalid digit '{}' in {} literal", c as char, name),
                    self.here(),
                ));
            }
            if digits == 0 {
                let pos = if self.at_end() || !is_ident_continue(c as char) {
                    Pos {
                        line: start.line,
                        col: start.col + 1,
                    }
                } else {
                    self.here()
                };
                return Err(self.error(format!("invalid {} literal", name), pos));
            }
            if self.peek_char().is_some_and(is_ident_continue) && !self.keyword_follows() {
                return Err(self.error(format!("invalid {} literal", name), self.here()));
            }
            self.push(TokenKind::Number, lo, start);
            return Ok(());
        }
        self.decimal_digits()?;
        let mut plain_int = true;
        if self.byte(0) == b'.' {
            plain_int = false;
            self.advance();
            if self.byte(0).is_ascii_digit() {
                self.decimal_digits()?;
            }
        }
        if matches!(self.byte(0), b'e' | b'E') {
            let sign = usize::from(matches!(self.byte(1), b'+' | b'-'));
            if self.byte(1 + sign).is_ascii_digit() {
                plain_int = false;
                for _ in 0..=sign {
                    self.advance();
                }
                self.decimal_digits()?;
            } else if !self.keyword_follows() {
                return Err(self.error("invalid decimal literal", start));
            }
        }
        if matches!(self.byte(0), b'j' | b'J') {
            plain_int = false;
            self.advance();
        }
        if plain_int {
            let text = &self.bytes[lo..self.pos];
            if text.len() > 1 && text[0] == b'0' && text.iter().any(|&c| matches!(c, b'1'..=b'9')) {
                let mut error = self.error(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    start,
                );
                error.end = Some(Pos {
                    line: start.line,
                    col: start.col + 1,
                });
                return Err(error);
            }
        }
        if self.peek_char().is_some_and(is_ident_continue) && !self.keyword_follows() {
            return Err(self.error("invalid decimal literal", start));
        }
        self.push(TokenKind::Number, lo, start);
        Ok(())
    }

    /// `1if x else y` is legal Python: a number may run straight into one of
    /// the keywords that can follow an expression.
    fn keyword_follows(&self) -> bool {
        let rest = &self.src[self.pos..];
        let end = rest
            .find(|c: char| !is_ident_continue(c))
            .unwrap_or(rest.len());
        let word = &rest[..end];
        ["and", "or", "in", "is", "if", "else", "not", "for"]
            .iter()
            .any(|k| word.starts_with(k))
    }

    fn decimal_digits(&mut self) -> LexResult<()> {
        loop {
            let c = self.byte(0);
            if c == b'_' {
                let underscore = self.here();
                self.advance();
                if !self.byte(0).is_ascii_digit() {
                    return Err(self.error("invalid decimal literal", underscore));
                }
            } else if c.is_ascii_digit() {
                self.advance();
            } else {
                return Ok(());
            }
        }
    }

    /// A string literal starting at `lo` (its prefix); `self.pos` is at the
    /// opening quote.
    fn string(
        &mut self,
        lo: usize,
        start: Pos,
        raw: bool,
        _bytes: bool,
        format: bool,
    ) -> LexResult<()> {
        let quote = self.byte(0);
        let triple = self.byte(1) == quote && self.byte(2) == quote;
        let quote_len = if triple { 3 } else { 1 };
        self.pos += quote_len;
        self.col += quote_len as u32;
        if format {
            self.push(TokenKind::FStringStart, lo, start);
            self.fstrings.push(FString {
                quote,
                triple,
                raw,
                base_depth: self.brackets.len(),
                literal: true,
                start,
            });
            return Ok(());
        }
        loop {
            if self.at_end() {
                return Err(self.unterminated(triple, start));
            }
            match self.byte(0) {
                b'\\' => {
                    self.advance();
                    if self.at_newline() {
                        self.eat_newline();
                    } else {
                        self.advance();
                    }
                }
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(self.unterminated(false, start));
                    }
                    self.eat_newline();
                }
                c if c == quote => {
                    if !triple {
                        self.advance();
                        break;
                    }
                    if self.byte(1) == quote && self.byte(2) == quote {
                        self.pos += 3;
                        self.col += 3;
                        break;
                    }
                    self.advance();
                }
                _ => self.advance(),
            }
        }
        self.push(TokenKind::String, lo, start);
        Ok(())
    }

    fn unterminated(&self, triple: bool, start: Pos) -> SyntaxError {
        if triple {
            let error = self.error(
                format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    self.line
                ),
                start,
            );
            self.incomplete(error)
        } else {
            self.error(
                format!(
                    "unterminated string literal (detected at line {})",
                    self.line
                ),
                start,
            )
        }
    }

    /// Literal text of an f-string (top level or inside a format spec), up
    /// to a field, the end of the spec or the closing quote.
    fn fstring_literal(&mut self) -> LexResult<()> {
        let fstring = *self.fstrings.last().expect("inside an f-string");
        let in_spec = self.brackets.len() > fstring.base_depth;
        let start = self.here();
        let lo = self.pos;
        let flush = |lexer: &mut Self| {
            if lexer.pos > lo {
                lexer.push(TokenKind::FStringMiddle, lo, start);
            }
        };
        loop {
            if self.at_end() {
                return Err(self.unterminated(fstring.triple, fstring.start));
            }
            let c = self.byte(0);
            if c == fstring.quote
                && (!fstring.triple
                    || (self.byte(1) == fstring.quote && self.byte(2) == fstring.quote))
            {
                if in_spec {
                    return Err(self.error("f-string: expecting '}'", self.here()));
                }
                flush(self);
                let end_start = self.here();
                let end_lo = self.pos;
                let len = if fstring.triple { 3 } else { 1 };
                self.pos += len;
                self.col += len as u32;
                self.push(TokenKind::FStringEnd, end_lo, end_start);
                self.fstrings.pop();
                return Ok(());
            }
            match c {
                b'\n' | b'\r' => {
                    if !fstring.triple {
                        return Err(self.unterminated(false, fstring.start));
                    }
                    self.eat_newline();
                }
                b'\\' => {
                    self.advance();
                    if self.at_newline() {
                        self.eat_newline();
                    } else if !fstring.raw && self.byte(0) == b'N' && self.byte(1) == b'{' {
                        while !self.at_end() && self.byte(0) != b'}' && !self.at_newline() {
                            self.advance();
                        }
                        if self.byte(0) == b'}' {
                            self.advance();
                        }
                    } else if !matches!(self.byte(0), b'{' | b'}') {
                        self.advance();
                    }
                }
                b'{' => {
                    if !in_spec && self.byte(1) == b'{' {
                        self.pos += 2;
                        self.col += 2;
                        continue;
                    }
                    flush(self);
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(self.error("too many nested parentheses", self.here()));
                    }
                    let field_start = self.here();
                    let field_lo = self.pos;
                    self.brackets.push(Bracket {
                        byte: b'{',
                        pos: field_start,
                        field: true,
                    });
                    self.advance();
                    self.push(TokenKind::LBrace, field_lo, field_start);
                    if let Some(top) = self.fstrings.last_mut() {
                        top.literal = false;
                    }
                    return Ok(());
                }
                b'}' => {
                    if in_spec {
                        flush(self);
                        let close_start = self.here();
                        let close_lo = self.pos;
                        self.advance();
                        self.brackets.pop();
                        self.push(TokenKind::RBrace, close_lo, close_start);
                        return Ok(());
                    }
                    if self.byte(1) == b'}' {
                        self.pos += 2;
                        self.col += 2;
                        continue;
                    }
                    return Err(self.error("f-string: single '}' is not allowed", self.here()));
                }
                _ => self.advance(),
            }
        }
    }
}
