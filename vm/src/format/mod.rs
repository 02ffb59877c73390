//! TEMPORARY stand-in (replaced by the numfmt branch).
use alloc::format;
use alloc::string::{String, ToString};
#[derive(Debug)]
pub struct FormatError(String);
impl core::fmt::Display for FormatError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}
impl FormatError {
    pub fn for_type(self, _t: &str) -> FormatError {
        self
    }
}
#[derive(Clone, Debug)]
pub struct FormatSpec(String);
impl FormatSpec {
    pub fn parse(s: &str) -> Result<FormatSpec, FormatError> {
        Ok(FormatSpec(s.to_string()))
    }
    pub fn has_type(&self) -> bool {
        false
    }
    pub fn is_float_type(&self) -> bool {
        false
    }
    pub fn is_char_type(&self) -> bool {
        false
    }
    pub fn without_type(&self) -> FormatSpec {
        self.clone()
    }
    pub fn int_radix(&self) -> u32 {
        10
    }
}
pub fn float_repr(x: f64) -> String {
    format!("{x:?}")
}
pub fn parse_float(s: &str) -> Option<f64> {
    s.trim().parse().ok()
}
pub fn round_half_even(x: f64, _n: i32) -> f64 {
    x
}
pub fn format_int(neg: bool, digits: &str, _s: &FormatSpec) -> Result<String, FormatError> {
    Ok(format!("{}{}", if neg { "-" } else { "" }, digits))
}
pub fn format_float(x: f64, _s: &FormatSpec) -> Result<String, FormatError> {
    Ok(float_repr(x))
}
pub fn format_str(x: &str, _s: &FormatSpec) -> Result<String, FormatError> {
    Ok(x.to_string())
}
pub fn format_complex(r: f64, i: f64, _s: &FormatSpec) -> Result<String, FormatError> {
    Ok(format!("({r}+{i}j)"))
}
pub struct PercentSpec {
    pub conversion: char,
    pub key: Option<String>,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub width_from_args: bool,
    pub precision_from_args: bool,
    pub index: usize,
}
pub enum PercentPiece<'a> {
    Literal(&'a str),
    Spec(PercentSpec),
}
pub struct PercentPieces<'a>(&'a str);
impl<'a> PercentPieces<'a> {
    pub fn new(s: &'a str) -> Self {
        PercentPieces(s)
    }
}
impl<'a> Iterator for PercentPieces<'a> {
    type Item = Result<PercentPiece<'a>, FormatError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.0.is_empty() {
            None
        } else {
            let s = self.0;
            self.0 = "";
            Some(Ok(PercentPiece::Literal(s)))
        }
    }
}
pub fn percent_format_text(t: &str, _s: &PercentSpec) -> String {
    t.to_string()
}
pub fn percent_format_int(neg: bool, d: &str, _s: &PercentSpec) -> String {
    format!("{}{}", if neg { "-" } else { "" }, d)
}
pub fn percent_format_float(x: f64, _s: &PercentSpec) -> String {
    format!("{x}")
}
