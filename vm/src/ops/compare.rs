//! Comparisons: `==` and the orderings across numbers, strings, bytes,
//! sequences (lexicographic), sets (subset order) and user classes
//! (`__eq__`, `__lt__`, ... with reflection), and membership (`in`).

use crate::error::PyResult;
use crate::heap::ObjKind;
use crate::objects::{bytes, complex, dict, float, int, list, str as pystr};
use crate::ops;
use crate::qstr::{self, QStr};
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::vec::Vec;
use core::cmp::Ordering;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    fn dunder(self) -> QStr {
        match self {
            CompareOp::Eq => qstr::DUNDER_EQ,
            CompareOp::Ne => qstr::DUNDER_NE,
            CompareOp::Lt => qstr::DUNDER_LT,
            CompareOp::Le => qstr::DUNDER_LE,
            CompareOp::Gt => qstr::DUNDER_GT,
            CompareOp::Ge => qstr::DUNDER_GE,
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    fn reflected(self) -> CompareOp {
        match self {
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    fn holds(self, ordering: Ordering) -> bool {
        match self {
            CompareOp::Eq => ordering == Ordering::Equal,
            CompareOp::Ne => ordering != Ordering::Equal,
            CompareOp::Lt => ordering == Ordering::Less,
            CompareOp::Le => ordering != Ordering::Greater,
            CompareOp::Gt => ordering == Ordering::Greater,
            CompareOp::Ge => ordering != Ordering::Less,
        }
    }
}

fn is_user_object(vm: &Vm, value: Value) -> bool {
    matches!(
        vm.heap.kind_of(value),
        Some(ObjKind::Instance) | Some(ObjKind::Exception)
    )
}

/// `a op b` as a Value (user methods may return anything).
pub fn rich(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult {
    if is_user_object(vm, a) || is_user_object(vm, b) {
        // As CPython: the right operand goes first when its type is a
        // proper subclass of the left's; an undefined __ne__ is object's,
        // the inverse of __eq__.
        let (type_a, type_b) = (ops::types::type_of(vm, a), ops::types::type_of(vm, b));
        let right_first = type_a != type_b && ops::types::is_subclass(vm, type_b, type_a);
        if right_first {
            if let Some(result) = user_compare(vm, op.reflected(), b, a)? {
                return Ok(result);
            }
        }
        if let Some(result) = user_compare(vm, op, a, b)? {
            return Ok(result);
        }
        if !right_first {
            if let Some(result) = user_compare(vm, op.reflected(), b, a)? {
                return Ok(result);
            }
        }
        let a_native = ops::arith::unwrap_native(vm, a);
        let b_native = ops::arith::unwrap_native(vm, b);
        if a_native != a || b_native != b {
            return rich(vm, op, a_native, b_native);
        }
        return match op {
            CompareOp::Eq => Ok(Value::from_bool(a == b)),
            CompareOp::Ne => Ok(Value::from_bool(a != b)),
            _ => Err(not_supported(vm, op, a, b)),
        };
    }
    builtin_compare(vm, op, a, b).map(Value::from_bool)
}

/// `x op y` through `x`'s class, None when it has no such method or it
/// returns NotImplemented. Without a `__ne__`, `!=` is object's: the
/// inverse of `__eq__`.
fn user_compare(vm: &mut Vm, op: CompareOp, x: Value, y: Value) -> PyResult<Option<Value>> {
    if !is_user_object(vm, x) {
        return Ok(None);
    }
    if op == CompareOp::Ne {
        let class = ops::types::type_of(vm, x);
        if crate::objects::class::is_class(vm, class)
            && crate::objects::class::lookup_user(vm, class, qstr::DUNDER_NE)?.is_none()
        {
            return match ops::arith::call_operator(vm, x, qstr::DUNDER_EQ, y)? {
                Some(result) => {
                    let truth = ops::truth::truthy(vm, result)?;
                    Ok(Some(Value::from_bool(!truth)))
                }
                None => Ok(None),
            };
        }
    }
    ops::arith::call_operator(vm, x, op.dunder(), y)
}

fn not_supported(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> crate::error::Raised {
    let message = format!(
        "'{}' not supported between instances of '{}' and '{}'",
        op.symbol(),
        ops::types::type_name(vm, a),
        ops::types::type_name(vm, b)
    );
    vm.raise_type_error(&message)
}

/// `a == b` as a bool, identity first: the equality containers use
/// (`in`, `list.index`, dict keys, sequence comparison).
pub fn equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    // Identity implies equality for containers, even for a NaN, as
    // CPython's PyObject_RichCompareBool (`[nan] == [nan]` with one nan).
    if a == b {
        return Ok(true);
    }
    let result = rich(vm, CompareOp::Eq, a, b)?;
    match result {
        Value::TRUE => Ok(true),
        Value::FALSE => Ok(false),
        _ => ops::truth::truthy(vm, result),
    }
}

/// `a < b` as a bool (for sorting, min, max).
pub fn less_than(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(a.small_int_unchecked() < b.small_int_unchecked());
    }
    let result = rich(vm, CompareOp::Lt, a, b)?;
    match result {
        Value::TRUE => Ok(true),
        Value::FALSE => Ok(false),
        _ => ops::truth::truthy(vm, result),
    }
}

fn numeric_kind(vm: &Vm, value: Value) -> u8 {
    if int::is_int(vm, value) {
        1
    } else if float::is_float(vm, value) {
        2
    } else if vm.heap.kind_of(value) == Some(ObjKind::Complex) {
        3
    } else {
        0
    }
}

pub(crate) fn builtin_compare(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    let (ka, kb) = (numeric_kind(vm, a), numeric_kind(vm, b));
    if ka != 0 && kb != 0 {
        if ka == 3 || kb == 3 {
            if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Err(not_supported(vm, op, a, b));
            }
            let pa = if ka == 3 {
                complex::parts(vm, a)
            } else {
                (ops::convert::number_to_f64(vm, a)?, 0.0)
            };
            let pb = if kb == 3 {
                complex::parts(vm, b)
            } else {
                (ops::convert::number_to_f64(vm, b)?, 0.0)
            };
            return Ok((pa == pb) == (op == CompareOp::Eq));
        }
        let ordering = compare_numbers(vm, a, b);
        return Ok(match ordering {
            Some(ordering) => op.holds(ordering),
            // NaN: only != holds.
            None => op == CompareOp::Ne,
        });
    }
    if pystr::is_str(&vm.heap, a) && pystr::is_str(&vm.heap, b) {
        // Byte order is code-point order, with or without surrogates.
        let ordering = pystr::bytes(vm, a).cmp(pystr::bytes(vm, b));
        return Ok(op.holds(ordering));
    }
    let (kind_a, kind_b) = (vm.heap.kind_of(a), vm.heap.kind_of(b));
    if kind_a == Some(ObjKind::MemoryView) || kind_b == Some(ObjKind::MemoryView) {
        // A view equals any buffer with the same items; views have no order.
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            if let Some(equal) = crate::builtins::memoryview_methods::equal(vm, a, b)? {
                return Ok(equal == (op == CompareOp::Eq));
            }
        }
    } else if kind_a == Some(ObjKind::Array) && kind_b == Some(ObjKind::Array) {
        return vm.nested(|vm| compare_arrays(vm, op, a, b));
    }
    if bytes::is_bytes_like(vm, a) && bytes::is_bytes_like(vm, b) {
        let ordering = bytes::data(vm, a).cmp(bytes::data(vm, b));
        return Ok(op.holds(ordering));
    }
    match (kind_a, kind_b) {
        (Some(ObjKind::List), Some(ObjKind::List))
        | (Some(ObjKind::Tuple), Some(ObjKind::Tuple))
        | (Some(ObjKind::Deque), Some(ObjKind::Deque)) => {
            return compare_sequences(vm, op, a, b);
        }
        (Some(ObjKind::Dict), Some(ObjKind::Dict))
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            return Ok(dicts_equal(vm, a, b)? == (op == CompareOp::Eq));
        }
        (Some(ObjKind::Set | ObjKind::FrozenSet), Some(ObjKind::Set | ObjKind::FrozenSet)) => {
            return ops::set::compare(vm, op, a, b);
        }
        (Some(ObjKind::Range), Some(ObjKind::Range))
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            return Ok(ranges_equal(vm, a, b)? == (op == CompareOp::Eq));
        }
        (Some(ObjKind::Iterator), Some(ObjKind::Set | ObjKind::FrozenSet))
        | (Some(ObjKind::Set | ObjKind::FrozenSet), Some(ObjKind::Iterator))
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            let (view, set) = if kind_a == Some(ObjKind::Iterator) {
                (a, b)
            } else {
                (b, a)
            };
            if let Some(equal) = ops::set::view_equals_set(vm, view, set)? {
                return Ok(equal == (op == CompareOp::Eq));
            }
        }
        (Some(ObjKind::Slice), Some(ObjKind::Slice)) => {
            // Ordered like the tuples (start, stop, step).
            let (sa, ea, pa) = crate::objects::slice::parts(vm, a);
            let (sb, eb, pb) = crate::objects::slice::parts(vm, b);
            let left = crate::objects::tuple::new(vm, &[sa, ea, pa])?;
            vm.push_root(left);
            let right = crate::objects::tuple::new(vm, &[sb, eb, pb]);
            let result = right.and_then(|right| {
                vm.push_root(right);
                let result = compare_sequences(vm, op, left, right);
                vm.pop_roots(1);
                result
            });
            vm.pop_roots(1);
            return result;
        }
        (Some(ObjKind::BoundMethod), Some(ObjKind::BoundMethod))
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            // Each attribute access makes a new bound method; two are equal
            // when they bind the same object (identity) to equal functions.
            use crate::objects::bound_method;
            let same_receiver = bound_method::receiver(vm, a) == bound_method::receiver(vm, b);
            let same = same_receiver && {
                let (fa, fb) = (bound_method::function(vm, a), bound_method::function(vm, b));
                equal(vm, fa, fb)?
            };
            return Ok(same == (op == CompareOp::Eq));
        }
        (Some(ObjKind::Iterator), Some(ObjKind::Iterator))
            if matches!(op, CompareOp::Eq | CompareOp::Ne) =>
        {
            if let Some(equal) = ops::set::views_equal(vm, a, b)? {
                return Ok(equal == (op == CompareOp::Eq));
            }
        }
        _ => {}
    }
    match op {
        CompareOp::Eq => Ok(a == b),
        CompareOp::Ne => Ok(a != b),
        _ => Err(not_supported(vm, op, a, b)),
    }
}

/// Order two real numbers exactly (ints of any size and floats); None if
/// either is NaN.
pub fn compare_numbers(vm: &Vm, a: Value, b: Value) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (int::as_i64(vm, a), int::as_i64(vm, b)) {
        return Some(x.cmp(&y));
    }
    if int::is_int(vm, a) && int::is_int(vm, b) {
        return Some(int::compare(vm, a, b));
    }
    if float::is_float(vm, a) && float::is_float(vm, b) {
        return float::value(vm, a).partial_cmp(&float::value(vm, b));
    }
    // An int against a float: exact comparison.
    let (int_value, float_value, swapped) = if float::is_float(vm, a) {
        (b, float::value(vm, a), true)
    } else {
        (a, float::value(vm, b), false)
    };
    let ordering = compare_int_float(vm, int_value, float_value)?;
    Some(if swapped {
        ordering.reverse()
    } else {
        ordering
    })
}

fn compare_int_float(vm: &Vm, int_value: Value, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(n) = int::as_i64(vm, int_value) {
        if n.unsigned_abs() < (1 << 53) {
            return (n as f64).partial_cmp(&x);
        }
    }
    let n = int::to_bigint(vm, int_value);
    let floor = libm::floor(x);
    let floor_int = crate::int::BigInt::from_f64(floor)?;
    match n.cmp(&floor_int) {
        Ordering::Equal => {
            if x > floor {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        other => Some(other),
    }
}

/// Arrays compare item by item, whatever their typecodes, as CPython.
fn compare_arrays(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    use crate::objects::array;
    let same_layout = array::typecode(vm, a) == array::typecode(vm, b)
        && !crate::buffer::element::is_float(array::typecode(vm, a));
    if same_layout && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        let equal = array::data(vm, a) == array::data(vm, b);
        return Ok(equal == (op == CompareOp::Eq));
    }
    let mut i = 0;
    loop {
        let (len_a, len_b) = (array::len(vm, a), array::len(vm, b));
        if i >= len_a || i >= len_b {
            return Ok(op.holds(len_a.cmp(&len_b)));
        }
        let x = array::item(vm, a, i)?;
        vm.push_root(x);
        let y = array::item(vm, b, i);
        let result = y.and_then(|y| {
            if equal(vm, x, y)? {
                return Ok(None);
            }
            match op {
                CompareOp::Eq => Ok(Some(false)),
                CompareOp::Ne => Ok(Some(true)),
                _ => {
                    let result = rich(vm, op, x, y)?;
                    ops::truth::truthy(vm, result).map(Some)
                }
            }
        });
        vm.pop_roots(1);
        if let Some(decided) = result? {
            return Ok(decided);
        }
        i += 1;
    }
}

fn compare_sequences(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    vm.nested(|vm| compare_sequence_items(vm, op, a, b))
}

fn compare_sequence_items(vm: &mut Vm, op: CompareOp, a: Value, b: Value) -> PyResult<bool> {
    let mark = vm.root_mark();
    vm.push_root(a);
    vm.push_root(b);
    let result = (|| {
        let mut i = 0;
        loop {
            let items_a = ops::sequence::len_of(vm, a);
            let items_b = ops::sequence::len_of(vm, b);
            if i >= items_a || i >= items_b {
                return Ok(op.holds(items_a.cmp(&items_b)));
            }
            let (x, y) = (
                ops::sequence::item_of(vm, a, i),
                ops::sequence::item_of(vm, b, i),
            );
            // Identical items are equal (so a NaN equals itself here).
            if x != y && !equal(vm, x, y)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => {
                        let result = rich(vm, op, x, y)?;
                        ops::truth::truthy(vm, result)
                    }
                };
            }
            i += 1;
        }
    })();
    vm.truncate_roots(mark);
    result
}

/// Ranges are equal when they give the same values.
fn ranges_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    use crate::objects::range;
    if let (Some((sa, ea, pa)), Some((sb, eb, pb))) =
        (range::small_bounds(vm, a), range::small_bounds(vm, b))
    {
        let la = range::length(sa, ea, pa);
        let lb = range::length(sb, eb, pb);
        return Ok(la == lb && (la == 0 || (sa == sb && (la == 1 || pa == pb))));
    }
    let la = range::length_value(vm, a)?;
    vm.push_root(la);
    let lb = range::length_value(vm, b);
    vm.pop_roots(1);
    let lb = lb?;
    if compare_numbers(vm, la, lb) != Some(Ordering::Equal) {
        return Ok(false);
    }
    let ((sa, _, pa), (sb, _, pb)) = (range::fields(vm, a), range::fields(vm, b));
    let one = Value::small_int(1);
    Ok(la == Value::small_int(0)
        || (compare_numbers(vm, sa, sb) == Some(Ordering::Equal)
            && (la == one || compare_numbers(vm, pa, pb) == Some(Ordering::Equal))))
}

fn dicts_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if dict::len(vm, a) != dict::len(vm, b) {
        return Ok(false);
    }
    let mark = vm.root_mark();
    vm.push_root(a);
    vm.push_root(b);
    let result = (|| {
        for i in 0..dict::used(vm, a) {
            if let Some((key, value)) = dict::entry(vm, a, i) {
                match dict::get(vm, b, key)? {
                    Some(other) => {
                        // Containers compare their items identity first.
                        if value != other && !equal(vm, value, other)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
        }
        Ok(true)
    })();
    vm.truncate_roots(mark);
    result
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if pystr::is_str(&vm.heap, container) {
        if !pystr::is_str(&vm.heap, item) {
            let message = format!(
                "'in <string>' requires string as left operand, not {}",
                ops::types::type_name(vm, item)
            );
            return Err(vm.raise_type_error(&message));
        }
        if pystr::has_surrogates(&vm.heap, container) || pystr::has_surrogates(&vm.heap, item) {
            let (haystack, needle) = (pystr::bytes(vm, container), pystr::bytes(vm, item));
            return Ok(crate::objects::wtf8::find(haystack, needle, 0).is_some());
        }
        return Ok(pystr::text(vm, container).contains(pystr::text(vm, item)));
    }
    match vm.heap.kind_of(container) {
        Some(ObjKind::Dict) | Some(ObjKind::Set) | Some(ObjKind::FrozenSet) => {
            return dict::contains(vm, container, item);
        }
        Some(ObjKind::List) | Some(ObjKind::Tuple) | Some(ObjKind::Deque) => {
            let mut i = 0;
            while i < ops::sequence::len_of(vm, container) {
                let candidate = ops::sequence::item_of(vm, container, i);
                if candidate == item || equal(vm, candidate, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        Some(ObjKind::Array) | Some(ObjKind::MemoryView) => {
            let mut i = 0;
            while i < ops::len::len(vm, container)? {
                let candidate =
                    ops::subscript::get_item(vm, container, Value::small_int(i as isize))?;
                if equal(vm, candidate, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            return Ok(false);
        }
        Some(ObjKind::Bytes) | Some(ObjKind::ByteArray) => {
            if let Some(n) = int::as_i64(vm, item) {
                if !(0..=255).contains(&n) {
                    return Err(vm.raise_value_error("byte must be in range(0, 256)"));
                }
                return Ok(bytes::data(vm, container).contains(&(n as u8)));
            }
            if crate::buffer::is_buffer(vm, item) {
                let needle: Vec<u8> = crate::buffer::data(vm, item).to_vec();
                let haystack = bytes::data(vm, container);
                return Ok(needle.is_empty()
                    || haystack
                        .windows(needle.len())
                        .any(|w| w == needle.as_slice()));
            }
            let message = format!(
                "a bytes-like object is required, not '{}'",
                ops::types::type_name(vm, item)
            );
            return Err(vm.raise_type_error(&message));
        }
        Some(ObjKind::Range) => {
            if let Some(n) = item.as_small_int() {
                if let Some((start, stop, step)) =
                    crate::objects::range::small_bounds(vm, container)
                {
                    let inside = if step > 0 {
                        start <= n && n < stop
                    } else {
                        stop < n && n <= start
                    };
                    return Ok(inside && (n - start) % step == 0);
                }
            }
            // Any int (or bool) is found arithmetically; other values are
            // compared item by item below.
            if crate::objects::int::is_int(vm, item) {
                let n = ops::convert::index_value(vm, item)?;
                return Ok(crate::objects::range::position_of(vm, container, n)?.is_some());
            }
        }
        Some(ObjKind::Iterator) => {
            if let Some(found) = ops::set::view_contains(vm, container, item)? {
                return Ok(found);
            }
        }
        Some(ObjKind::Instance) => {
            let class = crate::objects::instance::class(vm, container);
            if let Some(method) =
                crate::objects::class::lookup_user(vm, class, qstr::DUNDER_CONTAINS)?
            {
                let result = vm.call(method, &[container, item])?;
                return ops::truth::truthy(vm, result);
            }
            let native = ops::arith::unwrap_native(vm, container);
            if native != container {
                return contains(vm, native, item);
            }
        }
        _ => {}
    }
    // Fall back to iteration.
    let iterator = match ops::iter::get_iter(vm, container) {
        Ok(iterator) => iterator,
        Err(raised) => {
            if vm.exception_matches(crate::types::TYPE_ERROR) {
                vm.take_exception();
                let message = format!(
                    "argument of type '{}' is not iterable",
                    ops::types::type_name(vm, container)
                );
                return Err(vm.raise_type_error(&message));
            }
            return Err(raised);
        }
    };
    vm.push_root(iterator);
    let result = (|| {
        while let Some(candidate) = ops::iter::next(vm, iterator)? {
            if candidate == item || equal(vm, candidate, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    })();
    vm.pop_roots(1);
    result
}

/// Used by list.index/count/remove: position of the first item equal to
/// `item` from `start`.
pub fn find_in_list(
    vm: &mut Vm,
    list_value: Value,
    item: Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(list::len(vm, list_value)) {
        let candidate = list::item(vm, list_value, i);
        if candidate == item || equal(vm, candidate, item)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}
