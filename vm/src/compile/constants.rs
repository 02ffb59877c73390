//! MicroPython's compile-time constants: `NAME = const(expr)`.
//!
//! An assignment whose value is a call of the bare name `const` with one
//! argument declares NAME a constant of the whole compilation: `expr` is
//! folded now (numbers, strings, bytes, tuples, None/True/False/Ellipsis,
//! earlier constants, `math.pi`-style module constants, and arithmetic on
//! ints and floats), and every later
//! use of NAME as a value (in this code unit or any nested one, as
//! MicroPython's parser substitutes it) compiles to the value itself. A
//! name starting with `_` is private to the module: nothing is stored. Any
//! other name is also assigned, so that importers can read it.
//!
//! An argument that does not fold (a variable, a division by zero, a
//! negative shift, `@`) is a SyntaxError, as in MicroPython. The runtime
//! `micropython.const` (the identity) covers every other use of `const`.

use super::{error, CResult, Compiler};
use crate::bytecode::Constant;
use crate::syntax::ast::{BinOp, Expr, ExprKind, Span, UnaryOp};
use alloc::string::String;
use alloc::vec::Vec;

impl<'a, 'i> Compiler<'a, 'i> {
    /// The value of the constant `name`, if one was declared.
    pub fn named_constant(&self, name: &str) -> Option<&Constant> {
        self.named_constants
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, c)| c)
    }

    /// If `target = value` declares a constant, declare it (Some); None
    /// when it is an ordinary assignment.
    pub fn const_declaration(
        &mut self,
        target: &'a Expr<'a>,
        value: &'a Expr<'a>,
    ) -> CResult<Option<()>> {
        let (ExprKind::Name(name), Some(argument)) = (&target.kind, const_argument(value)) else {
            return Ok(None);
        };
        if self.named_constant(name).is_some() {
            return Err(error("cannot assign to a constant", target.span));
        }
        let Some(constant) = self.fold(argument) else {
            return Err(error("not a constant", argument.span));
        };
        self.named_constants.push((name, constant));
        Ok(Some(()))
    }

    /// The assignment part of a constant declaration of `target` (a
    /// name): private names (`_X`) are not stored.
    pub fn store_declared_constant(&mut self, target: &'a Expr<'a>, span: Span) -> CResult<()> {
        let ExprKind::Name(name) = target.kind else {
            return Ok(());
        };
        if name.starts_with('_') {
            return Ok(());
        }
        let Some(constant) = self.named_constant(name).cloned() else {
            return Ok(());
        };
        let mark = self.mark();
        let reg = self.temp()?;
        self.load_constant(constant, reg, span)?;
        self.assign(target, reg)?;
        self.release(mark);
        Ok(())
    }

    /// `expr` folded to a constant, or None if it does not fold.
    pub fn fold(&mut self, e: &'a Expr<'a>) -> Option<Constant> {
        match &e.kind {
            ExprKind::Name(name) => self.named_constant(name).cloned(),
            ExprKind::Constant(_) => self.constant_of(e),
            ExprKind::Tuple(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items.iter() {
                    values.push(self.fold(item)?);
                }
                Some(Constant::Tuple(values))
            }
            ExprKind::UnaryOp { op, operand } => {
                let value = Number::of(&self.fold(operand)?)?;
                value.unary(*op)?.into_constant()
            }
            ExprKind::BinOp { left, op, right } => {
                let left = Number::of(&self.fold(left)?)?;
                let right = Number::of(&self.fold(right)?)?;
                left.binary(*op, right)?.into_constant()
            }
            ExprKind::Attribute { value, attr } => match value.kind {
                ExprKind::Name(module) => module_constant(module, attr),
                _ => None,
            },
            _ => None,
        }
    }
}

/// `module.name` for the constants of built-in modules that MicroPython's
/// compiler also knows (its MICROPY_COMP_MODULE_CONST): only inside
/// `const(...)`, where a variable would not fold anyway.
fn module_constant(module: &str, name: &str) -> Option<Constant> {
    let value = match (module, name) {
        ("math", "pi") => core::f64::consts::PI,
        ("math", "e") => core::f64::consts::E,
        ("math", "tau") => core::f64::consts::TAU,
        ("math", "inf") => f64::INFINITY,
        ("math", "nan") => f64::NAN,
        _ => return None,
    };
    Some(Constant::Float(value))
}

/// The argument of `const(argument)`.
fn const_argument<'a>(value: &'a Expr<'a>) -> Option<&'a Expr<'a>> {
    match &value.kind {
        ExprKind::Call {
            func,
            args: [argument],
            keywords: [],
        } if matches!(func.kind, ExprKind::Name("const"))
            && !matches!(argument.kind, ExprKind::Starred(_)) =>
        {
            Some(argument)
        }
        _ => None,
    }
}

/// A number during folding. Ints are i128: wide enough for the bit masks
/// and addresses constants are made of; a result that does not fit does
/// not fold.
#[derive(Clone, Copy)]
enum Number {
    Int(i128),
    Float(f64),
}

impl Number {
    fn of(constant: &Constant) -> Option<Number> {
        Some(match constant {
            Constant::Int(n) => Number::Int(*n as i128),
            Constant::True => Number::Int(1),
            Constant::False => Number::Int(0),
            Constant::Float(x) => Number::Float(*x),
            Constant::BigInt {
                negative,
                digits,
                radix,
            } => {
                let magnitude = i128::from_str_radix(digits, *radix).ok()?;
                Number::Int(if *negative { -magnitude } else { magnitude })
            }
            _ => return None,
        })
    }

    fn into_constant(self) -> Option<Constant> {
        Some(match self {
            Number::Int(n) => match i64::try_from(n) {
                Ok(n) => Constant::Int(n),
                Err(_) => Constant::BigInt {
                    negative: n < 0,
                    digits: decimal(n.unsigned_abs()),
                    radix: 10,
                },
            },
            Number::Float(x) => Constant::Float(x),
        })
    }

    fn as_float(self) -> f64 {
        match self {
            Number::Int(n) => n as f64,
            Number::Float(x) => x,
        }
    }

    fn unary(self, op: UnaryOp) -> Option<Number> {
        Some(match (op, self) {
            (UnaryOp::UAdd, n) => n,
            (UnaryOp::USub, Number::Int(n)) => Number::Int(n.checked_neg()?),
            (UnaryOp::USub, Number::Float(x)) => Number::Float(-x),
            (UnaryOp::Invert, Number::Int(n)) => Number::Int(!n),
            _ => return None,
        })
    }

    fn binary(self, op: BinOp, right: Number) -> Option<Number> {
        match (self, right) {
            (Number::Int(a), Number::Int(b)) => int_binary(op, a, b),
            (a, b) => float_binary(op, a.as_float(), b.as_float()).map(Number::Float),
        }
    }
}

fn int_binary(op: BinOp, a: i128, b: i128) -> Option<Number> {
    let int = Number::Int;
    Some(match op {
        BinOp::Add => int(a.checked_add(b)?),
        BinOp::Sub => int(a.checked_sub(b)?),
        BinOp::Mult => int(a.checked_mul(b)?),
        BinOp::FloorDiv => int(floor_div(a, b)?),
        BinOp::Mod => int(a.checked_sub(floor_div(a, b)?.checked_mul(b)?)?),
        BinOp::Div => return float_binary(op, a as f64, b as f64).map(Number::Float),
        BinOp::Pow if b < 0 => {
            return float_binary(op, a as f64, b as f64).map(Number::Float);
        }
        BinOp::Pow => int(a.checked_pow(u32::try_from(b).ok()?)?),
        BinOp::LShift => {
            if b < 0 {
                return None;
            }
            if a == 0 {
                int(0)
            } else {
                let shift = u32::try_from(b).ok().filter(|&s| s < 127)?;
                let shifted = a << shift;
                if shifted >> shift != a {
                    return None;
                }
                int(shifted)
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return None;
            }
            int(a >> b.min(127) as u32)
        }
        BinOp::BitAnd => int(a & b),
        BinOp::BitOr => int(a | b),
        BinOp::BitXor => int(a ^ b),
        BinOp::MatMult => return None,
    })
}

/// Python's `//` (rounding towards minus infinity); None for a zero divisor.
fn floor_div(a: i128, b: i128) -> Option<i128> {
    let quotient = a.checked_div(b)?;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        Some(quotient - 1)
    } else {
        Some(quotient)
    }
}

fn float_binary(op: BinOp, a: f64, b: f64) -> Option<f64> {
    Some(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div if b != 0.0 => a / b,
        BinOp::Pow => {
            // A negative base to a fractional power is complex; 0 to a
            // negative power raises: neither folds.
            if (a < 0.0 && b != libm::trunc(b)) || (a == 0.0 && b < 0.0) {
                return None;
            }
            libm::pow(a, b)
        }
        BinOp::FloorDiv if b != 0.0 => libm::floor(a / b),
        BinOp::Mod if b != 0.0 => {
            let r = libm::fmod(a, b);
            if r != 0.0 && ((r < 0.0) != (b < 0.0)) {
                r + b
            } else {
                r
            }
        }
        _ => return None,
    })
}

fn decimal(mut n: u128) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}
