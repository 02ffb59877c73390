//! Parsing a struct format string: an optional byte-order prefix
//! (`@ = < > !`), then items, each an optional repeat count and a code.
//! The result is a list of runs (a code and its count at an offset) and
//! the total size, so `1000000x` costs one run, not a million.

/// How items are laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    /// `@` (the default): native sizes, alignment and byte order.
    Native,
    /// `=`, `<`: standard sizes, no alignment; little-endian.
    Little,
    /// `>`, `!`: standard sizes, no alignment; big-endian.
    Big,
}

impl Order {
    pub fn is_little(self) -> bool {
        // Every target Pyrite runs on is little-endian.
        self != Order::Big
    }
}

/// `count` items of `code` starting at byte `offset`; for `s` and `p`,
/// one string of `count` bytes.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub code: u8,
    pub count: usize,
    pub offset: usize,
    pub item_size: usize,
}

impl Run {
    /// How many Python values the run packs or unpacks.
    pub fn values(&self) -> usize {
        match self.code {
            b's' | b'p' => 1,
            b'x' => 0,
            _ => self.count,
        }
    }
}

pub struct Layout {
    pub order: Order,
    pub runs: alloc::vec::Vec<Run>,
    pub size: usize,
    /// Values to pack / unpacked.
    pub values: usize,
}

/// Why a format is rejected (each becomes `struct.error`).
pub enum FormatError {
    BadChar,
    CountWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::CountWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

/// Size of one item of `code` in `order`, None if the code is unknown
/// there (`P`, `n`, `N` exist in native mode only).
fn item_size(code: u8, order: Order) -> Option<usize> {
    let word = core::mem::size_of::<usize>();
    Some(match (code, order) {
        (b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p', _) => 1,
        (b'h' | b'H' | b'e', _) => 2,
        (b'i' | b'I' | b'f', _) => 4,
        (b'l' | b'L', Order::Native) => word,
        (b'l' | b'L', _) => 4,
        (b'q' | b'Q' | b'd', _) => 8,
        (b'P' | b'n' | b'N', Order::Native) => word,
        _ => return None,
    })
}

pub fn parse(text: &[u8]) -> Result<Layout, FormatError> {
    let (order, body) = match text.first() {
        Some(b'@') => (Order::Native, &text[1..]),
        Some(b'=' | b'<') => (Order::Little, &text[1..]),
        Some(b'>' | b'!') => (Order::Big, &text[1..]),
        _ => (Order::Native, text),
    };
    let mut runs = alloc::vec::Vec::new();
    let mut size = 0usize;
    let mut values = 0usize;
    let mut i = 0;
    while i < body.len() {
        let c = body[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let mut count = None::<usize>;
        while i < body.len() && body[i].is_ascii_digit() {
            let digit = (body[i] - b'0') as usize;
            count = Some(
                count
                    .unwrap_or(0)
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(digit))
                    .ok_or(FormatError::TooLong)?,
            );
            i += 1;
        }
        let Some(&code) = body.get(i) else {
            return Err(FormatError::CountWithoutCode);
        };
        i += 1;
        let item = item_size(code, order).ok_or(FormatError::BadChar)?;
        let count = count.unwrap_or(1);
        if order == Order::Native && !matches!(code, b's' | b'p' | b'x' | b'c') {
            // Native items are aligned to their size.
            size = size
                .div_ceil(item)
                .checked_mul(item)
                .ok_or(FormatError::TooLong)?;
        }
        let run = Run {
            code,
            count,
            offset: size,
            item_size: item,
        };
        size = size
            .checked_add(count.checked_mul(item).ok_or(FormatError::TooLong)?)
            .filter(|&total| total <= isize::MAX as usize)
            .ok_or(FormatError::TooLong)?;
        values += run.values();
        runs.push(run);
    }
    Ok(Layout {
        order,
        runs,
        size,
        values,
    })
}
