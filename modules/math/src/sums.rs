//! Sums and products over iterables and vectors: `fsum` (exactly rounded,
//! Shewchuk's partials), `prod` (any type's `*`), `hypot` and `dist`
//! (scaled, with the rounding error of each square kept by `fma`).

use crate::convert::{self, new_float};
use alloc::vec::Vec;
use pyrite_vm::builtins::args::parse;
use pyrite_vm::bytecode::opcodes::BinaryOp;
use pyrite_vm::native::Args;
use pyrite_vm::ops;
use pyrite_vm::{PyResult, Value, Vm};

/// Add `x` into the non-overlapping partials (smallest first), keeping
/// the sum exact.
fn add_partial(partials: &mut Vec<f64>, mut x: f64) {
    let mut kept = 0;
    for i in 0..partials.len() {
        let mut y = partials[i];
        if libm::fabs(x) < libm::fabs(y) {
            core::mem::swap(&mut x, &mut y);
        }
        let hi = x + y;
        let lo = y - (hi - x);
        if lo != 0.0 {
            partials[kept] = lo;
            kept += 1;
        }
        x = hi;
    }
    partials.truncate(kept);
    if x != 0.0 {
        partials.push(x);
    }
}

/// The correctly rounded value of the exact sum the partials hold.
fn round_partials(partials: &[f64]) -> f64 {
    let mut n = partials.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = partials[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = partials[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Half-way between two floats: the partials below decide the side.
    if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

pub fn fsum(vm: &mut Vm, args: &Args) -> PyResult {
    convert::expect(vm, args, "math", "fsum", 1)?;
    let iterator = ops::iter::get_iter(vm, args.get(vm, 0))?;
    vm.push_root(iterator);
    let result = fsum_of(vm, iterator);
    vm.pop_roots(1);
    let x = result?;
    new_float(vm, x)
}

fn fsum_of(vm: &mut Vm, iterator: Value) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    // Infinities and NaNs are summed apart: they would poison the
    // partials.
    let mut special = 0.0;
    let mut infinities = 0.0;
    while let Some(item) = ops::iter::next(vm, iterator)? {
        let x = convert::real(vm, item)?;
        if !x.is_finite() {
            if x.is_infinite() {
                infinities += x;
            }
            special += x;
            continue;
        }
        add_partial(&mut partials, x);
        if partials.last().is_some_and(|top| !top.is_finite()) {
            return Err(vm.raise_overflow_error("intermediate overflow in fsum"));
        }
    }
    if special != 0.0 || special.is_nan() {
        if infinities.is_nan() {
            return Err(vm.raise_value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    Ok(round_partials(&partials))
}

pub fn prod(vm: &mut Vm, args: &Args) -> PyResult {
    if args.count != 1 {
        let message = alloc::format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.count
        );
        return Err(vm.raise_type_error(&message));
    }
    // The iterable is positional only; `start` is keyword only.
    let keywords_only = Args {
        base: args.base + 1,
        count: 0,
        kwnames: args.kwnames,
    };
    let [start] = parse(vm, &keywords_only, "prod", ["start"], 0)?;
    let iterable = args.get(vm, 0);
    let start = if start.is_unbound() {
        Value::small_int(1)
    } else {
        start
    };
    let iterator = ops::iter::get_iter(vm, iterable)?;
    let mark = vm.root_mark();
    vm.push_root(iterator);
    vm.push_root(start);
    let result = (|| {
        let mut acc = start;
        while let Some(item) = ops::iter::next(vm, iterator)? {
            vm.push_root(item);
            acc = ops::arith::binary(vm, BinaryOp::Mul, acc, item)?;
            vm.pop_roots(1);
            vm.pop_roots(1);
            vm.push_root(acc);
        }
        Ok(acc)
    })();
    vm.truncate_roots(mark);
    result
}

/// The Euclidean norm of a vector, as CPython computes it: infinities
/// win over NaNs; otherwise the squares of the components scaled by the
/// largest are summed with their rounding errors, and the root is
/// corrected once.
pub fn vector_norm(components: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut any_nan = false;
    for &x in components {
        let x = libm::fabs(x);
        if x.is_nan() {
            any_nan = true;
        } else if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if any_nan {
        return f64::NAN;
    }
    if max == 0.0 || components.len() <= 1 {
        return max;
    }
    // Scale so the largest component lies in [0.5, 1): no overflow or
    // underflow in the squares that matter.
    let (_, exponent) = libm::frexp(max);
    let scale = -exponent;
    let mut sum = 0.0f64;
    let mut compensation = 0.0f64;
    for &x in components {
        let x = libm::ldexp(libm::fabs(x), scale);
        let square = x * x;
        let square_error = libm::fma(x, x, -square);
        // Neumaier's compensated sum of the squares.
        let t = sum + square;
        if libm::fabs(sum) >= libm::fabs(square) {
            compensation += (sum - t) + square;
        } else {
            compensation += (square - t) + sum;
        }
        compensation += square_error;
        sum = t;
    }
    let total = sum + compensation;
    let mut h = libm::sqrt(total);
    // One Newton step on the exact residual of h*h.
    let residual = (sum - h * h - libm::fma(h, h, -(h * h))) + compensation;
    h += residual / (2.0 * h);
    libm::ldexp(h, -scale)
}

pub fn hypot(vm: &mut Vm, args: &Args) -> PyResult {
    if args.keyword_count(vm) > 0 {
        return Err(vm.raise_type_error("math.hypot() takes no keyword arguments"));
    }
    let mut components = Vec::with_capacity(args.count);
    for i in 0..args.count {
        components.push(convert::real(vm, args.get(vm, i))?);
    }
    new_float(vm, vector_norm(&components))
}

/// The coordinates of a point given to dist, as floats.
fn point(vm: &mut Vm, value: Value) -> PyResult<Vec<f64>> {
    let mark = vm.root_mark();
    let result = (|| {
        let items = ops::iter::collect_rooted(vm, value)?;
        let mut coordinates = Vec::with_capacity(items.len());
        for item in items {
            coordinates.push(convert::real(vm, item)?);
        }
        Ok(coordinates)
    })();
    vm.truncate_roots(mark);
    result
}

pub fn dist(vm: &mut Vm, args: &Args) -> PyResult {
    convert::expect(vm, args, "math", "dist", 2)?;
    let p = point(vm, args.get(vm, 0))?;
    let q = point(vm, args.get(vm, 1))?;
    if p.len() != q.len() {
        return Err(vm.raise_value_error("both points must have the same number of dimensions"));
    }
    let differences: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    new_float(vm, vector_norm(&differences))
}
