//! Printing an exception the way CPython does: the chain of causes and
//! contexts, each with its traceback (file, line, function, the source line
//! and a caret under the failing expression), then `Type: message`.

use crate::objects::{self, code, exception, list};
use crate::ops;
use crate::value::Value;
use crate::vm::Vm;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Write the caret line CPython 3.11 puts under the failing expression,
/// which spans columns `col..end_col` (code points) of `line`: `^` under
/// it, or for a binary operation `~` under the operands and `^` under the
/// operator, for a subscript `~` under the value and `^` under the
/// brackets. Nothing when the expression is the whole line (the line
/// itself says it all) and there are no anchors.
fn write_carets(out: &mut String, line: &str, col: usize, end_col: usize) {
    let chars: Vec<char> = line.trim_end().chars().collect();
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let visible = chars.len() - indent;
    // An expression that continues on later lines is underlined to the end
    // of this one, and has no anchors.
    let end_col = end_col.min(chars.len());
    if end_col <= col || col < indent {
        return;
    }
    let segment: String = chars[col..end_col].iter().collect();
    let anchors = caret_anchors(&segment);
    let covers_line = end_col - col >= visible;
    if covers_line && anchors.is_none_or(|(left, right)| right <= left) {
        return;
    }
    out.push_str("    ");
    for _ in indent..col {
        out.push(' ');
    }
    for i in 0..end_col - col {
        let primary = match anchors {
            Some((left, right)) => i < left || i >= right,
            None => false,
        };
        out.push(if primary { '~' } else { '^' });
    }
    out.push('\n');
}

/// The operator of a binary operation or the brackets of a subscript in
/// `segment`, as (start, end) code-point offsets, found by parsing the
/// segment as CPython's traceback module does.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let arena = bumpalo::Bump::new();
    let module = crate::syntax::parse(segment, crate::syntax::ParseMode::Module, &arena).ok()?;
    let [statement] = module.body else {
        return None;
    };
    let StmtKind::Expr(expression) = &statement.kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    let on_first_line = |pos: crate::syntax::ast::Pos| (pos.line == 1).then_some(pos.col as usize);
    match &expression.kind {
        ExprKind::BinOp { left, right, .. } => {
            let operator_start = on_first_line(left.span.end)?;
            let operator_end = on_first_line(right.span.start)?.min(chars.len());
            let between = &chars[operator_start.min(operator_end)..operator_end];
            let leading = between.iter().take_while(|c| c.is_whitespace()).count();
            let mut left_anchor = operator_start + leading;
            let mut right_anchor = left_anchor + 1;
            if leading + 1 < between.len() && !between[leading + 1].is_whitespace() {
                right_anchor += 1;
            }
            // Closing parentheses of the left operand are not the operator.
            while left_anchor < chars.len()
                && (chars[left_anchor].is_whitespace() || matches!(chars[left_anchor], ')' | '#'))
            {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, slice } => {
            let mut left_anchor = on_first_line(value.span.end)?;
            let mut right_anchor = on_first_line(slice.span.end)? + 1;
            while left_anchor < chars.len() && chars[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < chars.len() && chars[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// How an exception report is laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReportStyle {
    /// As CPython prints an uncaught exception: each frame with its source
    /// line and carets, `Type` alone when the message is empty.
    CPython,
    /// As MicroPython's `sys.print_exception`: frames without source
    /// lines, and always `Type: message`.
    MicroPython,
}

/// Which entries `sys.tracebacklimit` keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TracebackLimit {
    Innermost,
    Outermost,
}

const CAUSE_SEPARATOR: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_SEPARATOR: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

impl Vm {
    /// Write `exception_value` and its chain to stderr.
    pub fn print_exception(&mut self, exception_value: Value) {
        let text = self.format_exception(exception_value);
        // When a replaced sys.stderr cannot take it (its write() raises, or
        // the heap is full), the report goes to the port's stderr rather
        // than nowhere.
        if crate::modules::stdio::write_text(self, crate::modules::stdio::STDERR, &text).is_err() {
            self.write_stderr(text.as_bytes());
        }
    }

    /// The full report CPython prints for an uncaught exception. With
    /// `sys.tracebacklimit` set, each traceback shows only that many of its
    /// innermost entries, as CPython's own printer does.
    pub fn format_exception(&mut self, exception_value: Value) -> String {
        self.format_exception_as(exception_value, ReportStyle::CPython)
    }

    /// The report in `style`. With `sys.tracebacklimit` set, each
    /// traceback keeps that many entries: the innermost in CPython's
    /// style (as its own printer does), the outermost in MicroPython's
    /// (as CPython's `traceback` module, which `sys.print_exception`
    /// stands in for, does).
    pub fn format_exception_as(&mut self, exception_value: Value, style: ReportStyle) -> String {
        let keep = match style {
            ReportStyle::CPython => TracebackLimit::Innermost,
            ReportStyle::MicroPython => TracebackLimit::Outermost,
        };
        let limit = self.traceback_limit().map(|limit| (limit, keep));
        // Oldest first: follow __cause__, or __context__ unless suppressed.
        let mut chain: Vec<(Value, &'static str)> = Vec::new();
        let mut current = exception_value;
        let mut separator = "";
        while exception::is_exception(self, current) && chain.len() < 32 {
            if chain.iter().any(|&(seen, _)| seen == current) {
                break;
            }
            chain.push((current, separator));
            let cause = exception::field(self, current, exception::CAUSE);
            let context = exception::field(self, current, exception::CONTEXT);
            let suppress =
                exception::field(self, current, exception::SUPPRESS_CONTEXT) == Value::TRUE;
            if exception::is_exception(self, cause) {
                separator = CAUSE_SEPARATOR;
                current = cause;
            } else if !suppress && exception::is_exception(self, context) {
                separator = CONTEXT_SEPARATOR;
                current = context;
            } else {
                break;
            }
        }
        if chain.is_empty() {
            return String::from("Exception: (not an exception object)\n");
        }
        let mut out = String::new();
        let mut source_cache: Option<(String, Option<String>)> = None;
        for i in (0..chain.len()).rev() {
            let (exc, _) = chain[i];
            self.format_traceback(exc, &mut out, &mut source_cache, style, limit);
            if style == ReportStyle::CPython
                && crate::ops::types::is_instance_of_builtin(self, exc, crate::types::SYNTAX_ERROR)
            {
                self.format_syntax_error_location(exc, &mut out);
            }
            let summary = self.exception_summary(exc);
            out.push_str(&summary);
            if style == ReportStyle::MicroPython && !summary.contains(':') {
                // MicroPython always writes the separator, even before an
                // empty message.
                out.push_str(": ");
            }
            out.push('\n');
            // Each entry holds the separator that links it to the next
            // newer one (the newest has none).
            out.push_str(chain[i].1);
        }
        out
    }

    /// `Type: message` (or just `Type`), with the module prefix CPython adds
    /// for classes outside builtins and `__main__`.
    pub fn exception_summary(&mut self, exc: Value) -> String {
        let class = ops::types::type_of(self, exc);
        let mut name = ops::types::class_name(self, class);
        if objects::class::is_class(self, class) {
            let dict = objects::class::field(self, class, objects::class::DICT);
            let key = Value::from_qstr(crate::qstr::DUNDER_MODULE);
            if let Ok(Some(module)) = objects::dict::get(self, dict, key) {
                if let Some(module_name) = objects::str::as_text(self, module) {
                    if module_name != "__main__" && module_name != "builtins" {
                        name = format!("{module_name}.{name}");
                    }
                }
            }
        }
        let args = exception::field(self, exc, exception::ARGS);
        let syntax_message =
            if ops::types::is_instance_of_builtin(self, exc, crate::types::SYNTAX_ERROR)
                && args.is_heap()
                && objects::tuple::len(self, args) == 2
            {
                objects::str::as_text(self, objects::tuple::item(self, args, 0)).map(String::from)
            } else {
                None
            };
        // A SyntaxError's location is printed above; the summary has only
        // its message.
        let message = match syntax_message.map(Ok).unwrap_or_else(|| {
            ops::repr::str(self, exc).map(|text| objects::str::text_escaping_surrogates(self, text))
        }) {
            Ok(text) => text,
            Err(_) => {
                self.take_exception();
                String::from("<exception str() failed>")
            }
        };
        if message.is_empty() {
            name
        } else {
            format!("{name}: {message}")
        }
    }

    /// `sys.tracebacklimit`, if the program has set it to an int.
    fn traceback_limit(&mut self) -> Option<isize> {
        let sys_name = objects::str::new(self, "sys").ok()?;
        let modules = self.modules;
        let sys = objects::dict::get(self, modules, sys_name).ok()??;
        if self.heap.kind_of(sys) != Some(crate::heap::ObjKind::Module) {
            return None;
        }
        let namespace = objects::module::dict(self, sys);
        let key = Value::from_qstr(self.intern("tracebacklimit"));
        let limit = objects::dict::get(self, namespace, key).ok()??;
        if let Some(small) = limit.as_small_int() {
            return Some(small);
        }
        // A big int limit: no limit in effect, or nothing shown.
        objects::int::is_int(self, limit).then(|| {
            if objects::int::sign(self, limit) < 0 {
                -1
            } else {
                isize::MAX
            }
        })
    }

    fn format_traceback(
        &mut self,
        exc: Value,
        out: &mut String,
        source_cache: &mut Option<(String, Option<String>)>,
        style: ReportStyle,
        limit: Option<(isize, TracebackLimit)>,
    ) {
        let field = exception::field(self, exc, exception::TRACEBACK);
        let traceback = objects::traceback::entries(self, field);
        if !traceback.is_heap() {
            return;
        }
        let entries: Vec<Value> = list::items(self, traceback).to_vec();
        if entries.len() < 2 {
            return;
        }
        // The pairs in printing order (outermost first), cut to the limit.
        let mut pairs: Vec<&[Value]> = entries.chunks(2).rev().collect();
        if let Some((limit, keep)) = limit {
            let keep_count = limit.max(0) as usize;
            if keep_count < pairs.len() {
                match keep {
                    TracebackLimit::Outermost => pairs.truncate(keep_count),
                    TracebackLimit::Innermost => {
                        pairs.drain(..pairs.len() - keep_count);
                    }
                }
            }
            if pairs.is_empty() {
                return;
            }
        }
        out.push_str("Traceback (most recent call last):\n");
        for pair in pairs {
            let (code_object, ip) = (pair[0], pair.get(1).copied().unwrap_or(Value::small_int(0)));
            if !code_object.is_heap() {
                continue;
            }
            let data = code::data(self, code_object);
            let filename = String::from(self.qstr_text(data.info.filename));
            let location = data
                .info
                .line_table
                .lookup(ip.as_small_int().unwrap_or(0) as u32)
                .unwrap_or_default();
            let function_name = self.qstr_text(data.info.name);
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                filename, location.line, function_name
            );
            if style == ReportStyle::MicroPython {
                continue;
            }
            let source = self.source_of(&filename, source_cache);
            if let Some(line) = source
                .as_deref()
                .and_then(|text| text.lines().nth(location.line.saturating_sub(1) as usize))
            {
                let stripped = line.trim_start();
                if !stripped.is_empty() {
                    let _ = writeln!(out, "    {}", stripped.trim_end());
                    write_carets(out, line, location.col as usize, location.end_col as usize);
                }
            }
        }
    }

    /// The lines CPython prints for a SyntaxError between the traceback and
    /// the summary: where the error is, the line, and carets under the
    /// offending part.
    fn format_syntax_error_location(&mut self, exc: Value, out: &mut String) {
        let args = exception::field(self, exc, exception::ARGS);
        if !args.is_heap() || objects::tuple::len(self, args) != 2 {
            return;
        }
        let details = objects::tuple::item(self, args, 1);
        if self.heap.kind_of(details) != Some(crate::heap::ObjKind::Tuple) {
            return;
        }
        let item = |vm: &Vm, i: usize| {
            if objects::tuple::len(vm, details) > i {
                objects::tuple::item(vm, details, i)
            } else {
                Value::NONE
            }
        };
        let filename = objects::str::as_text(self, item(self, 0)).unwrap_or("<string>");
        let Some(line) = item(self, 1).as_small_int() else {
            return;
        };
        let _ = writeln!(out, "  File \"{filename}\", line {line}");
        let Some(text) = objects::str::as_text(self, item(self, 3)) else {
            return;
        };
        let right_stripped = text.trim_end_matches('\n');
        let stripped = right_stripped.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = right_stripped.chars().count() - stripped.chars().count();
        let _ = writeln!(out, "    {stripped}");
        let Some(offset) = item(self, 2).as_small_int() else {
            return;
        };
        let same_line = item(self, 4).as_small_int() == Some(line);
        let mut end_offset = match item(self, 5).as_small_int() {
            Some(end) if same_line && end > 0 => end,
            _ => offset,
        };
        if end_offset <= offset {
            end_offset = offset + 1;
        }
        let column = offset - 1 - spaces as isize;
        let end_column = end_offset - 1 - spaces as isize;
        if column >= 0 {
            out.push_str("    ");
            // Tabs stay tabs, so the carets line up under the text.
            for c in stripped.chars().take(column as usize) {
                out.push(if c.is_whitespace() { c } else { ' ' });
            }
            for _ in column..end_column {
                out.push('^');
            }
            out.push('\n');
        }
    }

    /// The text of a source file for traceback lines (cached: tracebacks
    /// usually name one file many times).
    fn source_of(
        &mut self,
        filename: &str,
        cache: &mut Option<(String, Option<String>)>,
    ) -> Option<String> {
        if filename.starts_with('<') {
            return None;
        }
        if let Some((cached_name, text)) = cache {
            if cached_name == filename {
                return text.clone();
            }
        }
        let text = self
            .port
            .read_file(filename)
            .and_then(|bytes| String::from_utf8(bytes).ok());
        *cache = Some((String::from(filename), text.clone()));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::write_carets;
    use alloc::string::String;

    fn carets(line: &str, col: usize, end_col: usize) -> String {
        let mut out = String::new();
        write_carets(&mut out, line, col, end_col);
        out
    }

    // Expected strings are what CPython 3.11 prints for the same spans.
    #[test]
    fn binary_operations_mark_the_operator() {
        assert_eq!(carets("print(x / 0)", 6, 11), "          ~~^~~\n");
        assert_eq!(carets("c = a  +   b * 2", 11, 16), "               ~~^~~\n");
        assert_eq!(carets("x = 1 // 0", 4, 10), "        ~~^^~~\n");
    }

    #[test]
    fn subscripts_mark_the_brackets() {
        assert_eq!(carets("z = y[ 5 ]", 4, 10), "        ~^^^^^\n");
    }

    #[test]
    fn whole_line_calls_have_no_carets_but_parts_do() {
        assert_eq!(carets("    f(1)", 4, 8), "");
        assert_eq!(carets("f(1) + 2", 0, 4), "    ^^^^\n");
        assert_eq!(carets("    return a.foo", 11, 16), "           ^^^^^\n");
    }

    #[test]
    fn a_whole_line_binary_operation_still_marks_its_operator() {
        assert_eq!(carets("1/0", 0, 3), "    ~^~\n");
    }
}
