//! A compact S-expression rendering of the tree, so that tests can state an
//! expected shape in one short line.

use super::ast::*;
use alloc::format;
use alloc::string::String;
use core::fmt::Write;

pub fn module(module: &Module) -> String {
    let mut out = String::new();
    for (i, stmt) in module.body.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_stmt(&mut out, stmt);
    }
    out
}

#[allow(dead_code)]
pub fn expr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr);
    out
}

fn body(out: &mut String, stmts: &[Stmt]) {
    out.push('[');
    for (i, stmt) in stmts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        write_stmt(out, stmt);
    }
    out.push(']');
}

fn exprs(out: &mut String, items: &[Expr]) {
    for item in items {
        out.push(' ');
        write_expr(out, item);
    }
}

fn opt(out: &mut String, value: Option<&Expr>) {
    match value {
        Some(value) => write_expr(out, value),
        None => out.push('_'),
    }
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mult => "*",
        BinOp::MatMult => "@",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
        BinOp::FloorDiv => "//",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "isnot",
        CmpOp::In => "in",
        CmpOp::NotIn => "notin",
    }
}

fn constant(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(IntLiteral::Small(v)) => {
            let _ = write!(out, "{}", v);
        }
        Constant::Int(IntLiteral::Big { digits, radix }) => {
            let _ = write!(out, "big{}:{}", radix, digits);
        }
        Constant::Float(v) => {
            let _ = write!(out, "{:?}", v);
        }
        Constant::Imaginary(v) => {
            let _ = write!(out, "{:?}j", v);
        }
        Constant::Str(s) => {
            out.push('"');
            for c in s.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    '\0' => out.push_str("\\0"),
                    c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                        let _ = write!(out, "\\u{{{:x}}}", c as u32);
                    }
                    c => out.push(c),
                }
            }
            out.push('"');
        }
        Constant::SurrogateStr(bytes) => {
            // Only code points: the CPython side cannot write a lone
            // surrogate to its UTF-8 output either.
            out.push_str("surrogates\"");
            for code in crate::objects::wtf8::code_points(bytes) {
                let _ = write!(out, "\\u{{{:x}}}", code);
            }
            out.push('"');
        }
        Constant::Bytes(b) => {
            out.push_str("b\"");
            for &byte in b.iter() {
                let _ = write!(out, "{}", core::ascii::escape_default(byte));
            }
            out.push('"');
        }
    }
}

fn params(out: &mut String, p: &Parameters) {
    out.push('(');
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push(' ');
        }
        first = false;
    };
    let one = |out: &mut String, prefix: &str, param: &Param| {
        out.push_str(prefix);
        out.push_str(param.name);
        if let Some(a) = param.annotation {
            out.push(':');
            write_expr(out, a);
        }
        if let Some(d) = param.default {
            out.push('=');
            write_expr(out, d);
        }
    };
    for param in p.posonly {
        sep(out);
        one(out, "", param);
    }
    if !p.posonly.is_empty() {
        sep(out);
        out.push('/');
    }
    for param in p.args {
        sep(out);
        one(out, "", param);
    }
    if let Some(v) = p.vararg {
        sep(out);
        one(out, "*", v);
    } else if !p.kwonly.is_empty() {
        sep(out);
        out.push('*');
    }
    for param in p.kwonly {
        sep(out);
        one(out, "", param);
    }
    if let Some(k) = p.kwarg {
        sep(out);
        one(out, "**", k);
    }
    out.push(')');
}

fn generators(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " (async-for " } else { " (for " });
        write_expr(out, g.target);
        out.push(' ');
        write_expr(out, g.iter);
        for cond in g.ifs {
            out.push_str(" (if ");
            write_expr(out, cond);
            out.push(')');
        }
        out.push(')');
    }
}

fn keywords(out: &mut String, keywords: &[Keyword]) {
    for k in keywords {
        out.push(' ');
        match k.name {
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
            None => out.push_str("**"),
        }
        write_expr(out, k.value);
    }
}

std::thread_local! {
    /// Append `@line:col-line:col` to every node (for comparing with
    /// CPython's `ast`), except inside f-strings, where CPython 3.11's
    /// positions are not exact.
    static SPANS: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
    static IN_FSTRING: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
}

pub fn set_spans(on: bool) {
    SPANS.with(|s| s.set(on));
}

fn write_span(out: &mut String, span: Span) {
    if SPANS.with(|s| s.get()) && IN_FSTRING.with(|d| d.get()) == 0 {
        out.push('@');
        out.push_str(&self::span(span));
    }
}

pub fn write_expr(out: &mut String, e: &Expr) {
    write_expr_kind(out, e);
    write_span(out, e.span);
}

fn write_expr_kind(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::BoolOp { op, values } => {
            out.push_str(if *op == BoolOp::And { "(and" } else { "(or" });
            exprs(out, values);
            out.push(')');
        }
        ExprKind::NamedExpr { target, value } => {
            let _ = write!(out, "(:= {} ", target);
            write_expr(out, value);
            out.push(')');
        }
        ExprKind::BinOp { left, op, right } => {
            let _ = write!(out, "({} ", binop(*op));
            write_expr(out, left);
            out.push(' ');
            write_expr(out, right);
            out.push(')');
        }
        ExprKind::UnaryOp { op, operand } => {
            out.push_str(match op {
                UnaryOp::Invert => "(~ ",
                UnaryOp::Not => "(not ",
                UnaryOp::UAdd => "(pos ",
                UnaryOp::USub => "(neg ",
            });
            write_expr(out, operand);
            out.push(')');
        }
        ExprKind::Lambda { params: p, body } => {
            out.push_str("(lambda ");
            params(out, p);
            out.push(' ');
            write_expr(out, body);
            out.push(')');
        }
        ExprKind::IfExp { test, body, orelse } => {
            out.push_str("(ifexp ");
            write_expr(out, test);
            out.push(' ');
            write_expr(out, body);
            out.push(' ');
            write_expr(out, orelse);
            out.push(')');
        }
        ExprKind::Dict(items) => {
            out.push_str("(dict");
            for item in items.iter() {
                out.push(' ');
                match item.key {
                    Some(k) => {
                        write_expr(out, k);
                        out.push(':');
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, item.value);
            }
            out.push(')');
        }
        ExprKind::Set(items) => {
            out.push_str("(set");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::List(items) => {
            out.push_str("(list");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::Tuple(items) => {
            out.push_str("(tuple");
            exprs(out, items);
            out.push(')');
        }
        ExprKind::ListComp { elt, generators: g } => {
            out.push_str("(listcomp ");
            write_expr(out, elt);
            generators(out, g);
            out.push(')');
        }
        ExprKind::SetComp { elt, generators: g } => {
            out.push_str("(setcomp ");
            write_expr(out, elt);
            generators(out, g);
            out.push(')');
        }
        ExprKind::GeneratorExp { elt, generators: g } => {
            out.push_str("(genexp ");
            write_expr(out, elt);
            generators(out, g);
            out.push(')');
        }
        ExprKind::DictComp {
            key,
            value,
            generators: g,
        } => {
            out.push_str("(dictcomp ");
            write_expr(out, key);
            out.push(':');
            write_expr(out, value);
            generators(out, g);
            out.push(')');
        }
        ExprKind::Await(v) => {
            out.push_str("(await ");
            write_expr(out, v);
            out.push(')');
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield ");
            opt(out, *v);
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yieldfrom ");
            write_expr(out, v);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            out.push_str("(cmp ");
            write_expr(out, left);
            for (op, c) in ops.iter().zip(comparators.iter()) {
                let _ = write!(out, " {} ", cmpop(*op));
                write_expr(out, c);
            }
            out.push(')');
        }
        ExprKind::Call {
            func,
            args,
            keywords: k,
        } => {
            out.push_str("(call ");
            write_expr(out, func);
            exprs(out, args);
            keywords(out, k);
            out.push(')');
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            out.push_str("(fv ");
            write_expr(out, value);
            if let Some(c) = conversion {
                let _ = write!(out, " !{}", c);
            }
            if let Some(spec) = format_spec {
                out.push_str(" :");
                write_expr(out, spec);
            }
            out.push(')');
        }
        ExprKind::JoinedStr(parts) => {
            IN_FSTRING.with(|d| d.set(d.get() + 1));
            out.push_str("(f");
            exprs(out, parts);
            out.push(')');
            IN_FSTRING.with(|d| d.set(d.get() - 1));
        }
        ExprKind::Attribute { value, attr } => {
            out.push_str("(. ");
            write_expr(out, value);
            let _ = write!(out, " {})", attr);
        }
        ExprKind::Subscript { value, slice } => {
            out.push_str("(sub ");
            write_expr(out, value);
            out.push(' ');
            write_expr(out, slice);
            out.push(')');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            write_expr(out, v);
        }
        ExprKind::Slice { lower, upper, step } => {
            out.push_str("(slice ");
            opt(out, *lower);
            out.push(' ');
            opt(out, *upper);
            out.push(' ');
            opt(out, *step);
            out.push(')');
        }
    }
}

fn pattern(out: &mut String, p: &Pattern) {
    pattern_kind(out, p);
    write_span(out, p.span);
}

fn pattern_kind(out: &mut String, p: &Pattern) {
    match &p.kind {
        PatternKind::Value(v) => {
            out.push_str("(value ");
            write_expr(out, v);
            out.push(')');
        }
        PatternKind::Singleton(c) => constant(out, c),
        PatternKind::Sequence(items) => {
            out.push_str("(seq");
            for item in items.iter() {
                out.push(' ');
                pattern(out, item);
            }
            out.push(')');
        }
        PatternKind::Mapping {
            keys,
            patterns,
            rest,
        } => {
            out.push_str("(map");
            for (k, v) in keys.iter().zip(patterns.iter()) {
                out.push(' ');
                write_expr(out, k);
                out.push(':');
                pattern(out, v);
            }
            if let Some(rest) = rest {
                let _ = write!(out, " **{}", rest);
            }
            out.push(')');
        }
        PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            out.push_str("(class ");
            write_expr(out, cls);
            for item in patterns.iter() {
                out.push(' ');
                pattern(out, item);
            }
            for (k, v) in kwd_attrs.iter().zip(kwd_patterns.iter()) {
                let _ = write!(out, " {}=", k);
                pattern(out, v);
            }
            out.push(')');
        }
        PatternKind::Star(name) => {
            out.push('*');
            out.push_str(name.unwrap_or("_"));
        }
        PatternKind::As {
            pattern: inner,
            name,
        } => match inner {
            None => out.push_str(name.unwrap_or("_")),
            Some(inner) => {
                out.push_str("(as ");
                pattern(out, inner);
                let _ = write!(out, " {})", name.unwrap_or("_"));
            }
        },
        PatternKind::Or(items) => {
            out.push_str("(or");
            for item in items.iter() {
                out.push(' ');
                pattern(out, item);
            }
            out.push(')');
        }
    }
}

fn names(out: &mut String, aliases: &[Alias]) {
    for a in aliases {
        out.push(' ');
        out.push_str(a.name);
        if let Some(asname) = a.asname {
            let _ = write!(out, " as {}", asname);
        }
    }
}

pub fn write_stmt(out: &mut String, s: &Stmt) {
    write_stmt_kind(out, s);
    write_span(out, s.span);
}

fn write_stmt_kind(out: &mut String, s: &Stmt) {
    match &s.kind {
        StmtKind::Expr(e) => write_expr_kind(out, e),
        StmtKind::Assign { targets, value } => {
            out.push_str("(=");
            exprs(out, targets);
            out.push(' ');
            write_expr(out, value);
            out.push(')');
        }
        StmtKind::AugAssign { target, op, value } => {
            let _ = write!(out, "({}= ", binop(*op));
            write_expr(out, target);
            out.push(' ');
            write_expr(out, value);
            out.push(')');
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            out.push_str(if *simple { "(ann " } else { "(ann-complex " });
            write_expr(out, target);
            out.push(' ');
            write_expr(out, annotation);
            out.push(' ');
            opt(out, *value);
            out.push(')');
        }
        StmtKind::FunctionDef(f) => {
            out.push_str(if f.is_async { "(async-def " } else { "(def " });
            for d in f.decorators {
                out.push('@');
                write_expr(out, d);
                out.push(' ');
            }
            out.push_str(f.name);
            params(out, &f.params);
            if let Some(r) = f.returns {
                out.push_str(" -> ");
                write_expr(out, r);
            }
            out.push(' ');
            body(out, f.body);
            out.push(')');
        }
        StmtKind::ClassDef(c) => {
            out.push_str("(class ");
            for d in c.decorators {
                out.push('@');
                write_expr(out, d);
                out.push(' ');
            }
            out.push_str(c.name);
            out.push('(');
            exprs(out, c.bases);
            keywords(out, c.keywords);
            out.push_str(") ");
            body(out, c.body);
            out.push(')');
        }
        StmtKind::Return(v) => {
            out.push_str("(return ");
            opt(out, *v);
            out.push(')');
        }
        StmtKind::Delete(targets) => {
            out.push_str("(del");
            exprs(out, targets);
            out.push(')');
        }
        StmtKind::If {
            test,
            body: b,
            orelse,
        } => {
            out.push_str("(if ");
            write_expr(out, test);
            out.push(' ');
            body(out, b);
            if !orelse.is_empty() {
                out.push(' ');
                body(out, orelse);
            }
            out.push(')');
        }
        StmtKind::While {
            test,
            body: b,
            orelse,
        } => {
            out.push_str("(while ");
            write_expr(out, test);
            out.push(' ');
            body(out, b);
            if !orelse.is_empty() {
                out.push(' ');
                body(out, orelse);
            }
            out.push(')');
        }
        StmtKind::For {
            target,
            iter,
            body: b,
            orelse,
            is_async,
        } => {
            out.push_str(if *is_async { "(async-for " } else { "(for " });
            write_expr(out, target);
            out.push(' ');
            write_expr(out, iter);
            out.push(' ');
            body(out, b);
            if !orelse.is_empty() {
                out.push(' ');
                body(out, orelse);
            }
            out.push(')');
        }
        StmtKind::With {
            items,
            body: b,
            is_async,
        } => {
            out.push_str(if *is_async { "(async-with" } else { "(with" });
            for item in items.iter() {
                out.push(' ');
                write_expr(out, item.context);
                if let Some(v) = item.vars {
                    out.push_str(" as ");
                    write_expr(out, v);
                }
            }
            out.push(' ');
            body(out, b);
            out.push(')');
        }
        StmtKind::Match { subject, cases } => {
            out.push_str("(match ");
            write_expr(out, subject);
            for case in cases.iter() {
                out.push_str(" (case ");
                pattern(out, case.pattern);
                if let Some(g) = case.guard {
                    out.push_str(" if ");
                    write_expr(out, g);
                }
                out.push(' ');
                body(out, case.body);
                out.push(')');
            }
            out.push(')');
        }
        StmtKind::Raise { exc, cause } => {
            out.push_str("(raise ");
            opt(out, *exc);
            if let Some(c) = cause {
                out.push_str(" from ");
                write_expr(out, c);
            }
            out.push(')');
        }
        StmtKind::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
            is_star,
        } => {
            out.push_str(if *is_star { "(try* " } else { "(try " });
            body(out, b);
            for h in handlers.iter() {
                out.push_str(" (except ");
                opt(out, h.typ);
                if let Some(n) = h.name {
                    let _ = write!(out, " as {}", n);
                }
                out.push(' ');
                body(out, h.body);
                out.push(')');
            }
            if !orelse.is_empty() {
                out.push_str(" (else ");
                body(out, orelse);
                out.push(')');
            }
            if !finalbody.is_empty() {
                out.push_str(" (finally ");
                body(out, finalbody);
                out.push(')');
            }
            out.push(')');
        }
        StmtKind::Assert { test, msg } => {
            out.push_str("(assert ");
            write_expr(out, test);
            if let Some(m) = msg {
                out.push(' ');
                write_expr(out, m);
            }
            out.push(')');
        }
        StmtKind::Import(aliases) => {
            out.push_str("(import");
            names(out, aliases);
            out.push(')');
        }
        StmtKind::ImportFrom {
            module,
            names: aliases,
            level,
        } => {
            let _ = write!(
                out,
                "(from {}{}",
                ".".repeat(*level as usize),
                module.unwrap_or("")
            );
            names(out, aliases);
            out.push(')');
        }
        StmtKind::Global(n) => {
            let _ = write!(out, "(global {})", n.join(" "));
        }
        StmtKind::Nonlocal(n) => {
            let _ = write!(out, "(nonlocal {})", n.join(" "));
        }
        StmtKind::Pass => out.push_str("pass"),
        StmtKind::Break => out.push_str("break"),
        StmtKind::Continue => out.push_str("continue"),
    }
}

/// `line:col-line:col` of a span.
pub fn span(span: Span) -> String {
    format!(
        "{}:{}-{}:{}",
        span.start.line, span.start.col, span.end.line, span.end.col
    )
}
