//! Parser tests: tree shapes through the S-expression dump, positions as
//! CPython's `ast` reports them, and error messages, positions and the
//! REPL's incomplete flag.

use super::ast::{ExprKind, Pos, StmtKind};
use super::{dump, parse, ParseMode, SyntaxError, SyntaxErrorKind};
use alloc::format;
use alloc::string::String;
use bumpalo::Bump;

fn ok(source: &str) -> String {
    let arena = Bump::new();
    match parse(source, ParseMode::Module, &arena) {
        Ok(module) => dump::module(&module),
        Err(error) => panic!("{:?} failed: {:?}", source, error),
    }
}

fn eval(source: &str) -> String {
    let arena = Bump::new();
    match parse(source, ParseMode::Eval, &arena) {
        Ok(module) => dump::module(&module),
        Err(error) => panic!("{:?} failed: {:?}", source, error),
    }
}

fn err_mode(source: &str, mode: ParseMode) -> SyntaxError {
    let arena = Bump::new();
    match parse(source, mode, &arena) {
        Ok(module) => panic!("{:?} parsed: {}", source, dump::module(&module)),
        Err(error) => error,
    }
}

fn err(source: &str) -> SyntaxError {
    err_mode(source, ParseMode::Module)
}

/// Message and CPython-style 1-based (line, offset).
fn msg(source: &str) -> (String, u32, u32) {
    let e = err(source);
    (e.message, e.pos.line, e.pos.col + 1)
}

fn message(source: &str) -> String {
    err(source).message
}

fn incomplete(source: &str) -> bool {
    let arena = Bump::new();
    match parse(source, ParseMode::Interactive, &arena) {
        Ok(_) => false,
        Err(error) => error.incomplete,
    }
}

fn first_span(source: &str) -> String {
    let arena = Bump::new();
    let module = parse(source, ParseMode::Module, &arena).unwrap();
    dump::span(module.body[0].span)
}

/// Span of the value of the first statement (an expression statement or
/// the value of an assignment).
fn value_span(source: &str) -> String {
    let arena = Bump::new();
    let module = parse(source, ParseMode::Module, &arena).unwrap();
    match &module.body[0].kind {
        StmtKind::Expr(e) => dump::span(e.span),
        StmtKind::Assign { value, .. } => dump::span(value.span),
        _ => panic!("no value"),
    }
}

#[test]
fn atoms_and_literals() {
    assert_eq!(eval("x"), "x");
    assert_eq!(eval("1_000"), "1000");
    assert_eq!(eval("0x_ff"), "255");
    assert_eq!(eval("0o17"), "15");
    assert_eq!(eval("0b1010"), "10");
    assert_eq!(eval("00"), "0");
    assert_eq!(eval("99999999999999999999"), "big10:99999999999999999999");
    assert_eq!(eval("0xffff_ffff_ffff_ffff_f"), "big16:fffffffffffffffff");
    assert_eq!(eval("1."), "1.0");
    assert_eq!(eval(".5"), "0.5");
    assert_eq!(eval("1e10"), "10000000000.0");
    assert_eq!(eval("1_0.5e-3"), "0.0105");
    assert_eq!(eval("2j"), "2.0j");
    assert_eq!(eval("1.5J"), "1.5j");
    assert_eq!(
        eval("None, True, False, ..."),
        "(tuple None True False ...)"
    );
    assert_eq!(eval("1if x else 2"), "(ifexp x 1 2)");
}

#[test]
fn strings() {
    assert_eq!(eval(r#"'a\n\t\\\'\"'"#), r#""a\n\t\\'\"""#);
    assert_eq!(eval(r"'\a\b\f\v\r\0'"), r#""\u{7}\u{8}\u{c}\u{b}\r\0""#);
    assert_eq!(eval(r"'\101\x41\u0041\U00000041'"), r#""AAAA""#);
    assert_eq!(eval(r"'\q'"), r#""\\q""#);
    assert_eq!(eval(r"r'\n'"), r#""\\n""#);
    assert_eq!(eval(r"b'\x00\xff'"), r#"b"\x00\xff""#);
    assert_eq!(eval("'a' 'b' \"c\""), r#""abc""#);
    assert_eq!(eval("b'a' B'b'"), r#"b"ab""#);
    assert_eq!(eval("rb'\\x' BR'\\y'"), r#"b"\\x\\y""#);
    assert_eq!(eval("u'x' U'y'"), r#""xy""#);
    assert_eq!(eval("'''a\nb'''"), r#""a\nb""#);
    assert_eq!(eval("'''a\r\nb'''"), r#""a\nb""#);
    assert_eq!(eval("'a\\\nb'"), r#""ab""#);
    assert_eq!(eval("'é€'"), r#""é€""#);
    assert_eq!(
        message("b'a' 'b'"),
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(
        message("'a' b'b'"),
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(
        message("b'é'"),
        "bytes can only contain ASCII literal characters"
    );
    assert_eq!(message(r"'\N{DASH}'"), "\\N{...} escapes are not supported");
    assert_eq!(
        message(r"'\x4'"),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
    );
}

#[test]
fn fstrings() {
    assert_eq!(eval("f'abc'"), r#"(f "abc")"#);
    assert_eq!(eval("f''"), "(f)");
    assert_eq!(eval("f'a{x}b'"), r#"(f "a" (fv x) "b")"#);
    assert_eq!(eval("f'{x!r:>10}'"), r#"(f (fv x !r :(f ">10")))"#);
    assert_eq!(eval("f'{x=}'"), r#"(f "x=" (fv x !r))"#);
    assert_eq!(eval("f'{x = }'"), r#"(f "x = " (fv x !r))"#);
    assert_eq!(eval("f'{x=!s}'"), r#"(f "x=" (fv x !s))"#);
    assert_eq!(eval("f'{x=:>4}'"), r#"(f "x=" (fv x :(f ">4")))"#);
    assert_eq!(
        eval("f'{x:{w}.{p}f}'"),
        r#"(f (fv x :(f (fv w) "." (fv p) "f")))"#
    );
    assert_eq!(eval("f'{{a}}'"), r#"(f "{a}")"#);
    assert_eq!(eval(r#"f"{d["k"]}""#), r#"(f (fv (sub d "k")))"#);
    assert_eq!(eval(r#"f"{f"{x}"}""#), r#"(f (fv (f (fv x))))"#);
    assert_eq!(eval("f'''{\nx\n+ 1}'''"), "(f (fv (+ x 1)))");
    assert_eq!(eval("'a' f'b{x}' 'c'"), r#"(f "ab" (fv x) "c")"#);
    assert_eq!(eval("f'{a!=b}'"), "(f (fv (cmp a != b)))");
    assert_eq!(eval("f'{x:=5}'"), r#"(f (fv x :(f "=5")))"#);
    assert_eq!(eval("f'{(x:=5)}'"), "(f (fv (:= x 5)))");
    assert_eq!(eval("f'{x,y}'"), "(f (fv (tuple x y)))");
    assert_eq!(eval(r"rf'\n{x}'"), r#"(f "\\n" (fv x))"#);
    assert_eq!(eval(r"f'\n{x}'"), r#"(f "\n" (fv x))"#);
    assert_eq!(eval("f'{x:}'"), "(f (fv x :(f)))");
    assert_eq!(message("f'{}'"), "f-string: empty expression not allowed");
    assert_eq!(message("f'}'"), "f-string: single '}' is not allowed");
    assert_eq!(message("f'{'"), "f-string: expecting '}'");
    assert_eq!(
        message("f'{a!x}'"),
        "f-string: invalid conversion character: expected 's', 'r', or 'a'"
    );
    assert_eq!(
        message("f'{!r}'"),
        "f-string: expression required before '!'"
    );
}

#[test]
fn operators_and_precedence() {
    assert_eq!(eval("-2**2"), "(neg (** 2 2))");
    assert_eq!(eval("2**-1"), "(** 2 (neg 1))");
    assert_eq!(eval("2**3**2"), "(** 2 (** 3 2))");
    assert_eq!(eval("a+b*c-d"), "(- (+ a (* b c)) d)");
    assert_eq!(eval("a|b^c&d<<e+f"), "(| a (^ b (& c (<< d (+ e f)))))");
    assert_eq!(eval("a//b%c@d/e"), "(/ (@ (% (// a b) c) d) e)");
    assert_eq!(eval("not a == b"), "(not (cmp a == b))");
    assert_eq!(
        eval("a and b or c and not d"),
        "(or (and a b) (and c (not d)))"
    );
    assert_eq!(eval("a or b or c"), "(or a b c)");
    assert_eq!(eval("a < b <= c != d"), "(cmp a < b <= c != d)");
    assert_eq!(
        eval("a not in b is not c in d is e"),
        "(cmp a notin b isnot c in d is e)"
    );
    assert_eq!(eval("~-+a"), "(~ (neg (pos a)))");
    assert_eq!(
        eval("a if b else c if d else e"),
        "(ifexp b a (ifexp d c e))"
    );
    assert_eq!(eval("lambda: 1"), "(lambda () 1)");
    assert_eq!(
        eval("lambda a, /, b=1, *c, d, e=2, **f: a"),
        "(lambda (a / b=1 *c d e=2 **f) a)"
    );
    assert_eq!(eval("lambda *, a: a"), "(lambda (* a) a)");
    assert_eq!(eval("await x ** 2"), "(** (await x) 2)");
    assert_eq!(eval("(x := 1)"), "(:= x 1)");
    assert_eq!(eval("-x.y(1)[2]"), "(neg (sub (call (. x y) 1) 2))");
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(eval("()"), "(tuple)");
    assert_eq!(eval("(1,)"), "(tuple 1)");
    assert_eq!(eval("(1)"), "1");
    assert_eq!(eval("[1, *a, 2,]"), "(list 1 *a 2)");
    assert_eq!(eval("{}"), "(dict)");
    assert_eq!(eval("{1: 2, **d, 3: 4}"), "(dict 1:2 **d 3:4)");
    assert_eq!(eval("{1, *s}"), "(set 1 *s)");
    assert_eq!(
        eval("[x for x in y if x if z for w in x]"),
        "(listcomp x (for x y (if x) (if z)) (for w x))"
    );
    assert_eq!(
        eval("{k: v for k, v in d}"),
        "(dictcomp k:v (for (tuple k v) d))"
    );
    assert_eq!(eval("{x async for x in y}"), "(setcomp x (async-for x y))");
    assert_eq!(eval("(x for x in y)"), "(genexp x (for x y))");
    assert_eq!(eval("f(x for x in y)"), "(call f (genexp x (for x y)))");
    assert_eq!(eval("f(a, *b, c=1, **d)"), "(call f a *b c=1 **d)");
    assert_eq!(eval("f(*a, b, *c)"), "(call f *a b *c)");
    assert_eq!(eval("f(a=1, *b)"), "(call f *b a=1)");
    assert_eq!(
        eval("a[1:2, ::3]"),
        "(sub a (tuple (slice 1 2 _) (slice _ _ 3)))"
    );
    assert_eq!(eval("a[:]"), "(sub a (slice _ _ _))");
    assert_eq!(eval("a[1,]"), "(sub a (tuple 1))");
    assert_eq!(eval("a[*b]"), "(sub a (tuple *b))");
    assert_eq!(eval("(yield)"), "(yield _)");
    assert_eq!(
        eval("[i for i in range(3) if (j := i)]"),
        "(listcomp i (for i (call range 3) (if (:= j i))))"
    );
}

#[test]
fn simple_statements() {
    assert_eq!(ok("a = b = 1"), "(= a b 1)");
    assert_eq!(ok("a, *b = c"), "(= (tuple a *b) c)");
    assert_eq!(ok("[a, b] = c, d"), "(= (list a b) (tuple c d))");
    assert_eq!(ok("x.y[0] += 1"), "(+= (sub (. x y) 0) 1)");
    assert_eq!(ok("x **= 2"), "(**= x 2)");
    assert_eq!(ok("x: int"), "(ann x int _)");
    assert_eq!(ok("(x): int = 1"), "(ann-complex x int 1)");
    assert_eq!(ok("x.y: int = 1"), "(ann-complex (. x y) int 1)");
    assert_eq!(ok("del a, b[0], (c, d)"), "(del a (sub b 0) (tuple c d))");
    assert_eq!(ok("pass; break; continue"), "pass break continue");
    assert_eq!(ok("return"), "(return _)");
    assert_eq!(ok("return 1, *a"), "(return (tuple 1 *a))");
    assert_eq!(ok("raise"), "(raise _)");
    assert_eq!(ok("raise E from c"), "(raise E from c)");
    assert_eq!(ok("global a, b"), "(global a b)");
    assert_eq!(ok("nonlocal a"), "(nonlocal a)");
    assert_eq!(ok("assert x, 'm'"), "(assert x \"m\")");
    assert_eq!(ok("import a.b.c as d, e"), "(import a.b.c as d e)");
    assert_eq!(ok("from . import x"), "(from . x)");
    assert_eq!(
        ok("from ...a.b import (x as y, z,)"),
        "(from ...a.b x as y z)"
    );
    assert_eq!(ok("from .. import *"), "(from .. *)");
    assert_eq!(ok("x = yield"), "(= x (yield _))");
    assert_eq!(ok("x = yield from y"), "(= x (yieldfrom y))");
    assert_eq!(ok("match = 3"), "(= match 3)");
    assert_eq!(ok("match.x = case"), "(= (. match x) case)");
    assert_eq!(ok("match(a)"), "(call match a)");
    assert_eq!(ok("type = _"), "(= type _)");
    assert_eq!(ok("print(1)\n"), "(call print 1)");
}

#[test]
fn compound_statements() {
    assert_eq!(
        ok("if a:\n    b\nelif c:\n    d\nelse:\n    e\n"),
        "(if a [b] [(if c [d] [e])])"
    );
    assert_eq!(ok("while x: pass\nelse: y"), "(while x [pass] [y])");
    assert_eq!(ok("for a, *b in c: pass"), "(for (tuple a *b) c [pass])");
    assert_eq!(ok("for x, in y: pass"), "(for (tuple x) y [pass])");
    assert_eq!(
        ok("try:\n a\nexcept E as e:\n b\nexcept:\n c\nelse:\n d\nfinally:\n e"),
        "(try [a] (except E as e [b]) (except _ [c]) (else [d]) (finally [e]))"
    );
    assert_eq!(ok("try:\n a\nexcept* E:\n b"), "(try* [a] (except E [b]))");
    assert_eq!(ok("with a as b, c: pass"), "(with a as b c [pass])");
    assert_eq!(
        ok("with (a as b, c as d,): pass"),
        "(with a as b c as d [pass])"
    );
    assert_eq!(
        ok("with (a, b) as c: pass"),
        "(with (tuple a b) as c [pass])"
    );
    assert_eq!(ok("with (a): pass"), "(with a [pass])");
    assert_eq!(
        ok("@d\n@e.f(1)\ndef f(a, b: int = 1, *args: str, c, **kw) -> int:\n    return a"),
        "(def @d @(call (. e f) 1) f(a b:int=1 *args:str c **kw) -> int [(return a)])"
    );
    assert_eq!(
        ok("async def f():\n    await x\n    async for a in b: pass\n    async with c: pass"),
        "(async-def f() [(await x) (async-for a b [pass]) (async-with c [pass])])"
    );
    assert_eq!(
        ok("class A(B, metaclass=M): pass"),
        "(class A( B metaclass=M) [pass])"
    );
    assert_eq!(ok("class A: pass"), "(class A() [pass])");
    assert_eq!(ok("def f(a, /, b): pass"), "(def f(a / b) [pass])");
    assert_eq!(ok("if x:\n  # comment\n\n  y\n"), "(if x [y])");
}

#[test]
fn match_statements() {
    let src = "match x:\n    case 1 | -2 | 3+4j | 'a' 'b': pass\n    case None | True: pass\n    case [a, *rest] | (a, b) | (): pass\n    case {'k': v, **kw}: pass\n    case P(1, y=2) | a.b.C(): pass\n    case _ if z: pass\n    case (1 as one) | two: pass\n    case a, *_: pass\n";
    assert_eq!(
        ok(src),
        "(match x (case (or (value 1) (value (neg 2)) (value (+ 3 4.0j)) (value \"ab\")) [pass]) (case (or None True) [pass]) (case (or (seq a *rest) (seq a b) (seq)) [pass]) (case (map \"k\":v **kw) [pass]) (case (or (class P (value 1) y=(value 2)) (class (. (. a b) C))) [pass]) (case _ if z [pass]) (case (or (as (value 1) one) two) [pass]) (case (seq a *_) [pass]))"
    );
    assert_eq!(
        ok("match a, b:\n case x: pass"),
        "(match (tuple a b) (case x [pass]))"
    );
    assert_eq!(
        ok("match -x:\n case y.z: pass"),
        "(match (neg x) (case (value (. y z)) [pass]))"
    );
    assert_eq!(
        message("match x:\n  case 1 + 1: pass"),
        "imaginary number required in complex literal"
    );
}

#[test]
fn line_structure() {
    assert_eq!(
        ok("a = (1,\n  2)\nb = [\n3]\n"),
        "(= a (tuple 1 2)) (= b (list 3))"
    );
    assert_eq!(ok("a = 1 + \\\n  2"), "(= a (+ 1 2))");
    assert_eq!(ok("a\r\nb\rc"), "a b c");
    assert_eq!(ok("\u{feff}a"), "a");
    assert_eq!(ok("# just a comment"), "");
    assert_eq!(ok(""), "");
    assert_eq!(ok("\x0ca\n"), "a");
    assert_eq!(ok("if x:\n\ty\n\tz"), "(if x [y z])");
    assert_eq!(err("if x:\n        y\n\tz").kind, SyntaxErrorKind::TabError);
    assert_eq!(ok("if a:\n if b:\n  c\nd"), "(if a [(if b [c])]) d");
}

#[test]
fn positions() {
    // Checked against CPython 3.11's ast module.
    assert_eq!(first_span("x = 1"), "1:0-1:5");
    assert_eq!(value_span("x = a + b * c"), "1:4-1:13");
    assert_eq!(value_span("x = f(a)(b)"), "1:4-1:11");
    assert_eq!(value_span("(a, b)"), "1:0-1:6");
    assert_eq!(value_span("a, b"), "1:0-1:4");
    assert_eq!(value_span("(a)"), "1:1-1:2");
    assert_eq!(value_span("x = 'é' + y"), "1:4-1:11");
    assert_eq!(first_span("if x:\n    pass\nelse:\n    y = 2\n"), "1:0-4:9");
    assert_eq!(first_span("@d\ndef f():\n  pass"), "2:0-3:6");
    assert_eq!(value_span("x = (\n  1 +\n  2)"), "2:2-3:3");
    assert_eq!(value_span("f(x for x in y)"), "1:0-1:15");
    let arena = Bump::new();
    let module = parse("f(x for x in y)", ParseMode::Module, &arena).unwrap();
    let StmtKind::Expr(call) = &module.body[0].kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &call.kind else {
        panic!()
    };
    assert_eq!(dump::span(args[0].span), "1:1-1:15");
}

#[test]
fn assignment_errors() {
    assert_eq!(
        msg("1 = x"),
        (
            "cannot assign to literal here. Maybe you meant '==' instead of '='?".into(),
            1,
            1
        )
    );
    assert_eq!(
        message("f() = 1"),
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        message("a + b = 1"),
        "cannot assign to expression here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(msg("del 1"), ("cannot delete literal".into(), 1, 5));
    assert_eq!(message("del f()"), "cannot delete function call");
    assert_eq!(
        message("(a, b) += 1"),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        message("[a] += 1"),
        "'list' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        message("a, b += 1"),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(message("None = 1"), "cannot assign to None");
    assert_eq!(
        message("(x for x in y) = 1"),
        "cannot assign to generator expression"
    );
    assert_eq!(
        message("*a = 1"),
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        message("a, *b, *c = 1"),
        "multiple starred expressions in assignment"
    );
    assert_eq!(
        message("x = yield = 3"),
        "assignment to yield expression not possible"
    );
    assert_eq!(message("for 1 in x: pass"), "cannot assign to literal");
    assert_eq!(
        message("(a.b := 1)"),
        "cannot use assignment expressions with attribute"
    );
    assert_eq!(message("with a as 1: pass"), "cannot assign to literal");
}

#[test]
fn syntax_errors() {
    assert_eq!(msg("x +"), ("invalid syntax".into(), 1, 4));
    assert_eq!(msg("if x\n  pass"), ("expected ':'".into(), 1, 5));
    assert_eq!(msg("foo(1 2\n"), ("'(' was never closed".into(), 1, 4));
    assert_eq!(msg("foo("), ("'(' was never closed".into(), 1, 4));
    assert_eq!(
        msg("foo(]"),
        (
            "closing parenthesis ']' does not match opening parenthesis '('".into(),
            1,
            5
        )
    );
    assert_eq!(msg(")"), ("unmatched ')'".into(), 1, 1));
    assert_eq!(
        msg("'abc"),
        (
            "unterminated string literal (detected at line 1)".into(),
            1,
            1
        )
    );
    assert_eq!(
        msg("x = '''abc\n\n"),
        (
            "unterminated triple-quoted string literal (detected at line 3)".into(),
            1,
            5
        )
    );
    assert_eq!(
        msg("f(a=1, b)"),
        ("positional argument follows keyword argument".into(), 1, 8)
    );
    assert_eq!(
        msg("def f(a=1, b): pass"),
        (
            "non-default argument follows default argument".into(),
            1,
            12
        )
    );
    assert_eq!(
        msg("x = €"),
        ("invalid character '€' (U+20AC)".into(), 1, 5)
    );
    assert_eq!(msg("x = 1abc"), ("invalid decimal literal".into(), 1, 5));
    assert_eq!(
        msg("x = 012"),
        ("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(), 1, 5)
    );
    assert_eq!(
        msg("x = 0b2"),
        ("invalid digit '2' in binary literal".into(), 1, 7)
    );
    assert_eq!(msg("x = 1__0"), ("invalid decimal literal".into(), 1, 6));
    assert_eq!(msg("0x"), ("invalid hexadecimal literal".into(), 1, 2));
    assert_eq!(message("x = 5 6"), "invalid syntax");
    assert_eq!(
        message("a if b = 1"),
        "expected 'else' after 'if' expression"
    );
    assert_eq!(
        message("f(**a, *b)"),
        "iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        message("f(x for x in y, 1)"),
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        message("def f(*): pass"),
        "named arguments must follow bare *"
    );
    assert_eq!(
        message("def f(a, a): pass"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(message("f(a=1, a=2)"), "keyword argument repeated: a");
    assert_eq!(
        message("x = {1: 2, 3}"),
        "':' expected after dictionary key"
    );
    assert_eq!(
        message("try:\n  x\n"),
        "expected 'except' or 'finally' block"
    );
    assert_eq!(message("else: pass"), "invalid syntax");
    assert_eq!(message("x := 1"), "invalid syntax");
    assert_eq!(message("1.__class__"), "invalid decimal literal");
    assert_eq!(message("a = 1 +\\"), "unexpected EOF while parsing");
    assert_eq!(
        message("a = 1 \\ 2"),
        "unexpected character after line continuation character"
    );
    // A lexer error later in the file wins over a generic syntax error.
    assert_eq!(
        message("x = = 1\ny = 'abc"),
        "unterminated string literal (detected at line 2)"
    );
}

#[test]
fn indentation_errors() {
    let e = err("  x = 1");
    assert_eq!(
        (e.message.as_str(), e.kind),
        ("unexpected indent", SyntaxErrorKind::IndentationError)
    );
    assert_eq!((e.pos.line, e.pos.col), (1, 1));
    let e = err("if x:\npass");
    assert_eq!(
        e.message,
        "expected an indented block after 'if' statement on line 1"
    );
    assert_eq!(
        (e.kind, e.pos),
        (SyntaxErrorKind::IndentationError, Pos { line: 2, col: 0 })
    );
    let e = err("if x:\n    a\n  b");
    assert_eq!(
        e.message,
        "unindent does not match any outer indentation level"
    );
    assert_eq!(
        (e.kind, e.pos),
        (SyntaxErrorKind::IndentationError, Pos { line: 3, col: 3 })
    );
    let e = err("if 1:\n\tx\n        y");
    assert_eq!(
        e.message,
        "inconsistent use of tabs and spaces in indentation"
    );
    assert_eq!(e.kind, SyntaxErrorKind::TabError);
    assert_eq!(
        message("def f():\nreturn"),
        "expected an indented block after function definition on line 1"
    );
    assert_eq!(
        message("class A:\nx"),
        "expected an indented block after class definition on line 1"
    );
    assert_eq!(
        message("for x in y:\nx"),
        "expected an indented block after 'for' statement on line 1"
    );
    assert_eq!(
        message("if x:\n a\nelse:\nb"),
        "expected an indented block after 'else' statement on line 3"
    );
}

#[test]
fn interactive_incomplete() {
    assert!(incomplete("if x:\n"));
    assert!(incomplete("if x:"));
    assert!(incomplete("if x:\n  y\n"));
    assert!(incomplete("x = (1,\n"));
    assert!(incomplete("x = '''abc\n"));
    assert!(incomplete("x = 1 + \\\n"));
    assert!(incomplete("def f():\n  return 1\n"));
    assert!(incomplete("@d\n"));
    assert!(incomplete("try:\n  x\n"));
    assert!(incomplete("if x:\n  y\nelse:\n"));
    assert!(!incomplete("if x:\n  y\n\n"));
    assert!(!incomplete("x = 1\n"));
    assert!(!incomplete("x = \n"));
    assert!(!incomplete("x = )\n"));
    assert!(!incomplete("'abc\n"));
    assert!(!incomplete("if x:\n\n"));
    let arena = Bump::new();
    assert!(parse("if x:\n  y\n\n", ParseMode::Interactive, &arena).is_ok());
    assert!(parse("a; b\n", ParseMode::Interactive, &arena).is_ok());
    assert!(parse("", ParseMode::Interactive, &arena).is_ok());
    let e = err_mode("a\nb\n", ParseMode::Interactive);
    assert_eq!(
        e.message,
        "multiple statements found while compiling a single statement"
    );
    assert!(!e.incomplete);
}

#[test]
fn eval_mode() {
    assert_eq!(eval("\n\n1 + 2\n\n"), "(+ 1 2)");
    assert_eq!(eval("1, 2"), "(tuple 1 2)");
    assert_eq!(err_mode("x = 1", ParseMode::Eval).message, "invalid syntax");
}

#[test]
fn nesting_limits() {
    let deep = |s: &str, n: usize| s.repeat(n);
    for source in [
        deep("(", 100000),
        deep("-", 100000),
        deep("[", 10000),
        deep("not ", 10000),
        deep("{", 10000),
        deep("f'{", 1000),
        deep("lambda: ", 10000),
        deep("a if b else ", 10000),
        format!("x = {}1", deep("await ", 10000)),
        format!("{}1{}", deep("(", 99), deep(")", 99)),
    ] {
        let arena = Bump::new();
        let result = parse(&source, ParseMode::Module, &arena);
        let _ = result.map(|_| ()).map_err(|e| e.message);
    }
    let mut nested_if = String::new();
    for level in 0..1000 {
        nested_if.push_str(&" ".repeat(level));
        nested_if.push_str("if x:\n");
    }
    let arena = Bump::new();
    assert!(parse(&nested_if, ParseMode::Module, &arena).is_err());
    assert_eq!(message(&"(".repeat(100000)), "too many nested parentheses");
    assert_eq!(
        message(&format!("{}1", "-".repeat(100000))),
        "too deeply nested"
    );
}

#[test]
fn moderate_nesting_is_fine() {
    let source = format!("x = {}1{}", "(".repeat(50), ")".repeat(50));
    assert_eq!(ok(&source), "(= x 1)");
    let source = format!("x = {}1", "-".repeat(50));
    assert!(ok(&source).starts_with("(= x (neg"));
}

/// Dump every file listed in `$SYNTAX_CORPUS` to `$SYNTAX_OUT/<n>.rs.txt`
/// (with positions), for diffing against CPython's `ast` (see the
/// reference dumper used during development).
#[test]
#[ignore]
fn dump_corpus() {
    let (Ok(list), Ok(out)) = (std::env::var("SYNTAX_CORPUS"), std::env::var("SYNTAX_OUT")) else {
        return;
    };
    dump::set_spans(true);
    let list = std::fs::read_to_string(list).unwrap();
    for (i, path) in list.split('\n').enumerate() {
        if path.is_empty() {
            continue;
        }
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => String::from("SKIP"),
        };
        let result = if text == "SKIP" {
            text
        } else {
            let arena = Bump::new();
            match parse(&text, ParseMode::Module, &arena) {
                Ok(module) => {
                    let mut out = String::new();
                    for (k, stmt) in module.body.iter().enumerate() {
                        if k > 0 {
                            out.push('\n');
                        }
                        dump::write_stmt(&mut out, stmt);
                    }
                    out
                }
                Err(e) => format!("ERR {} @{}:{}", e.message, e.pos.line, e.pos.col),
            }
        };
        std::fs::write(format!("{}/{}.rs.txt", out, i), result + "\n").unwrap();
    }
    dump::set_spans(false);
}
