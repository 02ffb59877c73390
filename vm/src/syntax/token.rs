//! Tokens as the lexer hands them to the parser. A token carries no decoded
//! value: its byte range `lo..hi` into the source is enough for the parser
//! to borrow a name or decode a literal lazily, which keeps `Token` small
//! and `Copy` and the token array a single arena allocation.

use super::ast::Pos;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Name,
    Number,
    /// A complete non-f string literal, prefix and quotes included.
    String,
    /// An f-string is split into tokens (PEP 701): its prefix and opening
    /// quote, literal text pieces, `{` field tokens with ordinary tokens
    /// inside, and the closing quote.
    FStringStart,
    FStringMiddle,
    FStringEnd,
    /// `!` before a conversion character in an f-string field.
    Exclamation,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// The lexer failed here; the parser reports the lexer's error.
    Error,

    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    /// Byte range in the source.
    pub lo: u32,
    pub hi: u32,
    pub start: Pos,
    pub end: Pos,
}

pub fn keyword(word: &str) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match word {
        "False" => False,
        "None" => None,
        "True" => True,
        "and" => And,
        "as" => As,
        "assert" => Assert,
        "async" => Async,
        "await" => Await,
        "break" => Break,
        "class" => Class,
        "continue" => Continue,
        "def" => Def,
        "del" => Del,
        "elif" => Elif,
        "else" => Else,
        "except" => Except,
        "finally" => Finally,
        "for" => For,
        "from" => From,
        "global" => Global,
        "if" => If,
        "import" => Import,
        "in" => In,
        "is" => Is,
        "lambda" => Lambda,
        "nonlocal" => Nonlocal,
        "not" => Not,
        "or" => Or,
        "pass" => Pass,
        "raise" => Raise,
        "return" => Return,
        "try" => Try,
        "while" => While,
        "with" => With,
        "yield" => Yield,
        _ => return Option::None,
    })
}

/// The operator spelled by the longest prefix of `bytes`, with its length.
pub fn operator(bytes: &[u8]) -> Option<(TokenKind, usize)> {
    use TokenKind::*;
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let (c0, c1, c2) = (at(0), at(1), at(2));
    let three = match (c0, c1, c2) {
        (b'*', b'*', b'=') => Some(DoubleStarEqual),
        (b'/', b'/', b'=') => Some(DoubleSlashEqual),
        (b'<', b'<', b'=') => Some(LeftShiftEqual),
        (b'>', b'>', b'=') => Some(RightShiftEqual),
        (b'.', b'.', b'.') => Some(Ellipsis),
        _ => Option::None,
    };
    if let Some(kind) = three {
        return Some((kind, 3));
    }
    let two = match (c0, c1) {
        (b'=', b'=') => Some(EqEqual),
        (b'!', b'=') => Some(NotEqual),
        (b'<', b'=') => Some(LessEqual),
        (b'>', b'=') => Some(GreaterEqual),
        (b'<', b'<') => Some(LeftShift),
        (b'>', b'>') => Some(RightShift),
        (b'*', b'*') => Some(DoubleStar),
        (b'/', b'/') => Some(DoubleSlash),
        (b'+', b'=') => Some(PlusEqual),
        (b'-', b'=') => Some(MinEqual),
        (b'*', b'=') => Some(StarEqual),
        (b'/', b'=') => Some(SlashEqual),
        (b'%', b'=') => Some(PercentEqual),
        (b'&', b'=') => Some(AmperEqual),
        (b'|', b'=') => Some(VBarEqual),
        (b'^', b'=') => Some(CircumflexEqual),
        (b'@', b'=') => Some(AtEqual),
        (b'-', b'>') => Some(RArrow),
        (b':', b'=') => Some(ColonEqual),
        (b'<', b'>') => Option::None,
        _ => Option::None,
    };
    if let Some(kind) = two {
        return Some((kind, 2));
    }
    let one = match c0 {
        b'(' => LPar,
        b')' => RPar,
        b'[' => LSqb,
        b']' => RSqb,
        b'{' => LBrace,
        b'}' => RBrace,
        b':' => Colon,
        b',' => Comma,
        b';' => Semi,
        b'+' => Plus,
        b'-' => Minus,
        b'*' => Star,
        b'/' => Slash,
        b'|' => VBar,
        b'&' => Amper,
        b'<' => Less,
        b'>' => Greater,
        b'=' => Equal,
        b'.' => Dot,
        b'%' => Percent,
        b'~' => Tilde,
        b'^' => Circumflex,
        b'@' => At,
        b'!' => Exclamation,
        _ => return Option::None,
    };
    Some((one, 1))
}
