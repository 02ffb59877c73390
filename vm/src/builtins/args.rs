//! Argument handling for native functions: counts, keyword matching, and
//! CPython's messages for mistakes.

use crate::error::PyResult;
use crate::native::Args;
use crate::objects::{str as pystr, tuple};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;

impl Args {
    /// The arguments after the first (`self` or `cls`), keywords kept: what
    /// a method that passes its remaining arguments on gives its callee.
    /// The caller has checked that there is a first argument.
    pub fn after_first(&self) -> Args {
        Args {
            base: self.base + 1,
            count: self.count - 1,
            kwnames: self.kwnames,
        }
    }

    /// Number of keyword arguments.
    pub fn keyword_count(&self, vm: &Vm) -> usize {
        if self.kwnames.is_heap() {
            tuple::len(vm, self.kwnames)
        } else {
            0
        }
    }

    /// Positional argument `i` (< count).
    #[inline]
    pub fn get(&self, vm: &Vm, i: usize) -> Value {
        vm.stack[self.base + i]
    }

    /// Positional argument `i`, or None if not given.
    #[inline]
    pub fn get_opt(&self, vm: &Vm, i: usize) -> Option<Value> {
        (i < self.count).then(|| vm.stack[self.base + i])
    }

    /// The value of keyword argument `name`, if given.
    pub fn keyword(&self, vm: &Vm, name: &str) -> Option<Value> {
        let count = self.keyword_count(vm);
        (0..count)
            .find(|&k| pystr::text(vm, tuple::item(vm, self.kwnames, k)) == name)
            .map(|k| vm.stack[self.base + self.count + k])
    }

    /// Keyword `k`'s (name, value).
    pub fn keyword_at(&self, vm: &Vm, k: usize) -> (Value, Value) {
        (
            tuple::item(vm, self.kwnames, k),
            vm.stack[self.base + self.count + k],
        )
    }
}

/// Check the positional count is within `min..=max` and no keywords were
/// passed. Inlined: most native calls pass this test, and the test is two
/// comparisons; building a message is left to `reject`.
#[inline]
pub fn check(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_heap() && args.count >= min && args.count <= max {
        return Ok(());
    }
    reject(vm, args, name, min, max)
}

/// Check the positional count only.
#[inline]
pub fn check_count(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if args.count >= min && args.count <= max {
        return Ok(());
    }
    reject_count(vm, args, name, min, max)
}

/// The TypeError for a call that failed `check`.
#[cold]
#[inline(never)]
fn reject(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if args.keyword_count(vm) > 0 {
        let message = format!("{name}() takes no keyword arguments");
        return Err(vm.raise_type_error(&message));
    }
    reject_count(vm, args, name, min, max)
}

/// The TypeError for a positional count outside `min..=max` (or Ok when
/// it is inside, for `reject`'s keyword-free case).
#[cold]
#[inline(never)]
fn reject_count(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    let n = args.count;
    if n >= min && n <= max {
        return Ok(());
    }
    let message = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
        }
    } else if n < min {
        format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            if min == 1 { "" } else { "s" },
            n
        )
    } else {
        format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            if max == 1 { "" } else { "s" },
            n
        )
    };
    Err(vm.raise_type_error(&message))
}

/// Match positional and keyword arguments to `names` (in order); missing
/// optional ones are UNBOUND. The first `required` must be given. An
/// unknown keyword is a TypeError.
pub fn parse<const N: usize>(
    vm: &mut Vm,
    args: &Args,
    function: &str,
    names: [&str; N],
    required: usize,
) -> PyResult<[Value; N]> {
    let mut values = [Value::UNBOUND; N];
    if args.count > N {
        let message = format!(
            "{}() takes at most {} argument{} ({} given)",
            function,
            N,
            if N == 1 { "" } else { "s" },
            args.count
        );
        return Err(vm.raise_type_error(&message));
    }
    for (i, slot) in values.iter_mut().enumerate().take(args.count) {
        *slot = args.get(vm, i);
    }
    for k in 0..args.keyword_count(vm) {
        let (name, value) = args.keyword_at(vm, k);
        let name_text = pystr::text(vm, name);
        match names.iter().position(|&n| n == name_text) {
            Some(i) if values[i].is_unbound() => values[i] = value,
            Some(_) => {
                let message = format!(
                    "argument for {}() given by name ('{}') and position",
                    function, name_text
                );
                return Err(vm.raise_type_error(&message));
            }
            None => {
                let message = format!(
                    "{}() got an unexpected keyword argument '{}'",
                    function, name_text
                );
                return Err(vm.raise_type_error(&message));
            }
        }
    }
    for (i, value) in values.iter().enumerate().take(required) {
        if value.is_unbound() {
            let message = format!(
                "{}() missing required argument '{}' (pos {})",
                function,
                names[i],
                i + 1
            );
            return Err(vm.raise_type_error(&message));
        }
    }
    Ok(values)
}

/// The position `pop(i)` removes from a sequence of `len` items: argument 1
/// (an index, negative from the end) or the last item, with CPython's
/// IndexErrors; `type_name` words the empty case ("pop from empty list").
pub fn pop_position(vm: &mut Vm, args: &Args, len: usize, type_name: &str) -> PyResult<usize> {
    if len == 0 {
        let message = format!("pop from empty {type_name}");
        return Err(vm.raise_index_error(&message));
    }
    let index = match args.get_opt(vm, 1) {
        Some(value) => crate::ops::convert::index_isize(vm, value)?,
        None => -1,
    };
    let position = if index < 0 {
        index + len as isize
    } else {
        index
    };
    if position < 0 || position >= len as isize {
        return Err(vm.raise_index_error("pop index out of range"));
    }
    Ok(position as usize)
}
