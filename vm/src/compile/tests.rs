//! End-to-end tests: programs compiled and run by the real VM, their
//! printed output compared. The first ones build their syntax trees by
//! hand (they predate the parser).

use super::{compile_module, CompileMode};
use crate::bytecode::CodeUnit;
use crate::heap::HeapMemory;
use crate::objects::{code, module};
use crate::port::Port;
use crate::syntax::ast::*;
use crate::value::Value;
use crate::vm::{Config, Vm};
use alloc::boxed::Box;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec;
use bumpalo::Bump;
use core::cell::RefCell;

struct CapturePort {
    output: Rc<RefCell<String>>,
    /// The text of `test.py`, for source lines in tracebacks.
    file: Option<String>,
}

impl Port for CapturePort {
    fn write_stdout(&mut self, bytes: &[u8]) {
        self.output
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn write_stderr(&mut self, bytes: &[u8]) {
        self.output
            .borrow_mut()
            .push_str(&String::from_utf8_lossy(bytes));
    }
    fn ticks_us(&mut self) -> u64 {
        0
    }
    fn sleep_us(&mut self, _us: u64) {}
    fn read_file(&mut self, path: &str) -> Option<alloc::vec::Vec<u8>> {
        match (path, &self.file) {
            ("test.py", Some(text)) => Some(text.as_bytes().to_vec()),
            _ => None,
        }
    }
}

fn new_vm() -> (Vm, Rc<RefCell<String>>) {
    vm_with_file(None)
}

fn vm_with_file(file: Option<&str>) -> (Vm, Rc<RefCell<String>>) {
    let output = Rc::new(RefCell::new(String::new()));
    let port = CapturePort {
        output: output.clone(),
        file: file.map(String::from),
    };
    let memory = HeapMemory::Owned(vec![0usize; 1 << 20].into_boxed_slice());
    (
        Vm::with_config(memory, Box::new(port), &[], Config::default()),
        output,
    )
}

/// Run a compiled module in `__main__` and return what it printed.
fn run_unit(vm: &mut Vm, output: &Rc<RefCell<String>>, unit: CodeUnit) -> String {
    let result = (|| {
        let main = vm.main_module("<test>")?;
        let globals = module::dict(vm, main);
        let code_object = code::load(vm, unit)?;
        vm.run_code(code_object, globals, Value::UNBOUND)
    })();
    if result.is_err() {
        vm.report_uncaught();
    }
    let text = output.borrow().clone();
    text
}

fn dis(unit: &CodeUnit, vm: &Vm) -> String {
    let mut out = String::new();
    crate::bytecode::disasm::disassemble(unit, &vm.interner, &mut out);
    out
}

// ---- hand-built trees ----

struct Tree<'a>(&'a Bump);

const SPAN: Span = Span {
    start: Pos { line: 1, col: 0 },
    end: Pos { line: 1, col: 1 },
};

impl<'a> Tree<'a> {
    fn e(&self, kind: ExprKind<'a>) -> &'a Expr<'a> {
        self.0.alloc(Expr { kind, span: SPAN })
    }
    fn s(&self, kind: StmtKind<'a>) -> Stmt<'a> {
        Stmt { kind, span: SPAN }
    }
    fn name(&self, n: &'a str) -> &'a Expr<'a> {
        self.e(ExprKind::Name(n))
    }
    fn int(&self, n: i64) -> &'a Expr<'a> {
        self.e(ExprKind::Constant(Constant::Int(IntLiteral::Small(n))))
    }
    fn exprs(&self, items: &[&'a Expr<'a>]) -> &'a [Expr<'a>] {
        self.0.alloc_slice_fill_iter(items.iter().map(|e| Expr {
            kind: clone_kind(&e.kind),
            span: e.span,
        }))
    }
    fn call(&self, f: &'a Expr<'a>, args: &[&'a Expr<'a>], kw: &'a [Keyword<'a>]) -> &'a Expr<'a> {
        self.e(ExprKind::Call {
            func: f,
            args: self.exprs(args),
            keywords: kw,
        })
    }
    fn bin(&self, l: &'a Expr<'a>, op: BinOp, r: &'a Expr<'a>) -> &'a Expr<'a> {
        self.e(ExprKind::BinOp {
            left: l,
            op,
            right: r,
        })
    }
    fn body(&self, stmts: alloc::vec::Vec<Stmt<'a>>) -> &'a [Stmt<'a>] {
        self.0.alloc_slice_fill_iter(stmts)
    }
    fn param(&self, n: &'a str, default: Option<&'a Expr<'a>>) -> Param<'a> {
        Param {
            name: n,
            annotation: None,
            default,
            span: SPAN,
        }
    }
}

/// Shallow copy of the few expression kinds the hand-built tests use in
/// argument lists.
fn clone_kind<'a>(kind: &ExprKind<'a>) -> ExprKind<'a> {
    match kind {
        ExprKind::Name(n) => ExprKind::Name(n),
        ExprKind::Constant(c) => ExprKind::Constant(*c),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => ExprKind::Call {
            func,
            args,
            keywords,
        },
        ExprKind::BinOp { left, op, right } => ExprKind::BinOp {
            left,
            op: *op,
            right,
        },
        _ => panic!("unsupported in hand-built trees"),
    }
}

#[test]
fn hand_built_function_call_and_loop() {
    let bump = Bump::new();
    let t = Tree(&bump);
    // def f(a, b=2):
    //     return a * b + 1
    // print(f(3), f(4, b=5))
    // total = 0
    // for i in range(5):
    //     total += i
    // print(total)
    let params = Parameters {
        args: bump.alloc_slice_fill_iter([t.param("a", None), t.param("b", Some(t.int(2)))]),
        ..Parameters::default()
    };
    let fbody = t.body(vec![t.s(StmtKind::Return(Some(t.bin(
        t.bin(t.name("a"), BinOp::Mult, t.name("b")),
        BinOp::Add,
        t.int(1),
    ))))]);
    let def = bump.alloc(FunctionDef {
        name: "f",
        params,
        body: fbody,
        decorators: &[],
        returns: None,
        is_async: false,
        span: SPAN,
    });
    let kw = bump.alloc_slice_fill_iter([Keyword {
        name: Some("b"),
        value: t.int(5),
        span: SPAN,
    }]);
    let print_call = t.call(
        t.name("print"),
        &[
            t.call(t.name("f"), &[t.int(3)], &[]),
            t.call(t.name("f"), &[t.int(4)], kw),
        ],
        &[],
    );
    let loop_body = t.body(vec![t.s(StmtKind::AugAssign {
        target: t.name("total"),
        op: BinOp::Add,
        value: t.name("i"),
    })]);
    let body = t.body(vec![
        t.s(StmtKind::FunctionDef(def)),
        t.s(StmtKind::Expr(print_call)),
        t.s(StmtKind::Assign {
            targets: t.exprs(&[t.name("total")]),
            value: t.int(0),
        }),
        t.s(StmtKind::For {
            target: t.name("i"),
            iter: t.call(t.name("range"), &[t.int(5)], &[]),
            body: loop_body,
            orelse: &[],
            is_async: false,
        }),
        t.s(StmtKind::Expr(t.call(
            t.name("print"),
            &[t.name("total")],
            &[],
        ))),
    ]);
    let module = Module { body };
    let (mut vm, output) = new_vm();
    let unit = compile_module(&module, "<test>", CompileMode::Module, &mut vm.interner).unwrap();
    let listing = dis(&unit, &vm);
    let printed = run_unit(&mut vm, &output, unit);
    assert_eq!(printed, "7 21\n10\n", "{listing}");
}

// ---- programs from source ----

/// Compile and run `source` as `__main__`; what it printed (a traceback
/// included).
fn run(source: &str) -> String {
    let (mut vm, output) = new_vm();
    vm.run_main(source, "<test>");
    let text = output.borrow().clone();
    text
}

/// The compile error for `source`: (message, line, column).
fn compile_error(source: &str) -> (String, u32, u32) {
    let mut interner = crate::qstr::Interner::new();
    match super::compile_source(source, "<test>", CompileMode::Module, &mut interner) {
        Ok(_) => panic!("compiled: {source}"),
        Err(e) => (e.message, e.pos.line, e.pos.col),
    }
}

/// Each program in testdata/ printing what CPython 3.11 printed for it
/// (the .out files).
macro_rules! program_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                let source = include_str!(concat!("testdata/", stringify!($name), ".py"));
                let expected = include_str!(concat!("testdata/", stringify!($name), ".out"));
                assert_eq!(run(source), expected);
            }
        )*
    };
}

program_tests!(
    arithmetic,
    control,
    functions,
    closures,
    classes,
    exceptions,
    generators,
    comprehensions,
    unpacking,
    strings,
    imports,
    with_stmt,
    scoping,
    matching,
    finally_control,
    scoping_edges,
    expressions,
    statements,
    deep_nesting,
    coroutines,
);

#[test]
fn compile_errors_have_cpython_messages() {
    let cases: &[(&str, &str, u32)] = &[
        ("return 1\n", "'return' outside function", 1),
        ("class C:\n    return 1\n", "'return' outside function", 2),
        ("yield 1\n", "'yield' outside function", 1),
        ("break\n", "'break' outside loop", 1),
        (
            "while 1:\n    def f():\n        continue\n",
            "'continue' not properly in loop",
            3,
        ),
        (
            "nonlocal x\n",
            "nonlocal declaration not allowed at module level",
            1,
        ),
        (
            "def f():\n    nonlocal x\n",
            "no binding for nonlocal 'x' found",
            2,
        ),
        (
            "def f():\n    x = 1\n    global x\n",
            "name 'x' is assigned to before global declaration",
            3,
        ),
        (
            "def f():\n    print(x)\n    global x\n",
            "name 'x' is used prior to global declaration",
            3,
        ),
        (
            "def f(x):\n    global x\n",
            "name 'x' is parameter and global",
            2,
        ),
        (
            "def f(x, x):\n    pass\n",
            "duplicate argument 'x' in function definition",
            1,
        ),
        ("await x\n", "'await' outside function", 1),
        (
            "[(yield) for x in y]\n",
            "'yield' inside list comprehension",
            1,
        ),
    ];
    for &(source, message, line) in cases {
        let (got, got_line, _) = compile_error(source);
        assert_eq!((got.as_str(), got_line), (message, line), "{source}");
    }
}

#[test]
fn too_many_locals_is_a_syntax_error() {
    let mut source = String::from("def f():\n");
    for i in 0..300 {
        source.push_str(&alloc::format!("    v{i} = {i}\n"));
    }
    let (message, _, _) = compile_error(&source);
    assert_eq!(message, "too many local variables");
}

/// Run `source` as the file `test.py` (so tracebacks show its lines).
fn run_file(source: &str) -> String {
    let (mut vm, output) = vm_with_file(Some(source));
    vm.run_main(source, "test.py");
    let text = output.borrow().clone();
    text
}

#[test]
fn traceback_carets_point_at_the_failing_expression() {
    let source = "def f(x):\n    return 1 + x.missing\n\nf(3)\n";
    let expected = "Traceback (most recent call last):\n  File \"test.py\", line 4, in <module>\n    f(3)\n  File \"test.py\", line 2, in f\n    return 1 + x.missing\n               ^^^^^^^^^\nAttributeError: 'int' object has no attribute 'missing'\n";
    assert_eq!(run_file(source), expected);
    let source = "a = [1]\nb = a[0] + a[1]\n";
    let expected = "Traceback (most recent call last):\n  File \"test.py\", line 2, in <module>\n    b = a[0] + a[1]\n               ~^^^\nIndexError: list index out of range\n";
    assert_eq!(run_file(source), expected);
}

#[test]
fn interactive_mode_prints_expression_statements() {
    let (mut vm, output) = new_vm();
    vm.run_repl_entry("1 + 1\n");
    vm.run_repl_entry("x = 5\n");
    vm.run_repl_entry("x\n");
    vm.run_repl_entry("None\n");
    vm.run_repl_entry("'s'\n");
    vm.run_repl_entry("def f():\n    3\n\n");
    vm.run_repl_entry("f()\n");
    assert_eq!(output.borrow().as_str(), "2\n5\n's'\n");
}

#[test]
fn generated_code_uses_registers_directly() {
    let (mut vm, _) = new_vm();
    let source = "def f(a, b):\n    c = a + b\n    return c * 2\n";
    let unit =
        super::compile_source(source, "<test>", CompileMode::Module, &mut vm.interner).unwrap();
    let crate::bytecode::Constant::Code(inner) = &unit.consts[0] else {
        panic!("no function constant");
    };
    let listing = dis(inner, &vm);
    // c = a + b computes straight into c's register; no CheckBound for
    // parameters or a local assigned in straight-line code; no Move.
    assert!(listing.contains("Add"), "{listing}");
    assert!(!listing.contains("Move"), "{listing}");
    assert!(!listing.contains("CheckBound"), "{listing}");
}

/// f-strings, `format()` and `%` through the compiler and `vm/src/format`.
#[test]
fn formatting() {
    let source = include_str!("testdata/formatting.py");
    let expected = include_str!("testdata/formatting.out");
    assert_eq!(run(source), expected);
}

/// Debugging aid: `PYRITE_DIS=file.py cargo test -p pyrite-vm dis_file -- --ignored --nocapture`.
#[test]
#[ignore = "a debugging aid"]
fn dis_file() {
    extern crate std;
    let path = std::env::var("PYRITE_DIS").expect("PYRITE_DIS names a file");
    let source = std::fs::read_to_string(&path).expect("readable");
    let mut interner = crate::qstr::Interner::new();
    let unit = super::compile_source(&source, &path, CompileMode::Module, &mut interner).unwrap();
    fn walk(unit: &CodeUnit, interner: &crate::qstr::Interner) {
        let mut out = String::new();
        crate::bytecode::disasm::disassemble(unit, interner, &mut out);
        std::println!("{out}");
        for c in &unit.consts {
            if let crate::bytecode::Constant::Code(inner) = c {
                walk(inner, interner);
            }
        }
    }
    walk(&unit, &interner);
}

/// The function constant of a one-function module.
fn function_listing(source: &str) -> String {
    let (mut vm, _) = new_vm();
    let unit =
        super::compile_source(source, "<test>", CompileMode::Module, &mut vm.interner).unwrap();
    let crate::bytecode::Constant::Code(inner) = &unit.consts[0] else {
        panic!("no function constant");
    };
    dis(inner, &vm)
}

/// Viper's typed lowering: words get the machine-word opcodes, objects
/// keep the generic ones, and the decorator is never called.
#[test]
fn viper_compiles_to_typed_opcodes() {
    let listing = function_listing(
        "@micropython.viper\ndef f(p: ptr8, n: int, o) -> int:\n    s = 0\n    for i in range(n):\n        s += p[i]\n    p[0] = s >> 1\n    o = o + o\n    return s\n",
    );
    for wanted in [
        "ToNative",
        "IntOp",
        "IntCompare",
        "PtrLoad",
        "PtrStore",
        "Add",
    ] {
        assert!(listing.contains(wanted), "{wanted} missing:\n{listing}");
    }
    assert!(!listing.contains("GetIter"), "{listing}");
    let listing = function_listing("@micropython.native\ndef f(a, b):\n    return a + b\n");
    assert!(!listing.contains("IntOp"), "{listing}");
}

#[test]
fn viper_runs_with_wrapping_words() {
    let output = run(concat!(
        "@micropython.viper\n",
        "def f(x: int, y: uint):\n",
        "    a, b = x * 2, y + uint(1)\n",
        "    return a, b, x < 0\n",
        "print(f(0x7FFFFFFFFFFFFFFF, -1))\n",
        "print(f(-3, 5))\n",
    ));
    if cfg!(target_pointer_width = "64") {
        assert_eq!(output, "(-2, 0, False)\n(-6, 6, True)\n");
    }
}

#[test]
fn viper_type_errors_are_compile_errors() {
    let mut interner = crate::qstr::Interner::new();
    let source = "@micropython.viper\ndef f(x: int):\n    x = []\n";
    let error = super::compile_source(source, "<test>", CompileMode::Module, &mut interner)
        .err()
        .expect("a type error");
    assert_eq!(error.kind, crate::syntax::SyntaxErrorKind::ViperTypeError);
    assert_eq!(
        error.message,
        "local 'x' has type 'int' but source is 'object'"
    );
}

#[test]
fn global_cache_stays_exact_when_layout_versions_run_out() {
    let source = "\
x = 1
def read():
    return x
out = []
for i in range(30):
    out.append(read())
    del x
    try:
        read()
    except NameError:
        out.append('gone')
    globals()['k%d' % i] = i
    x = i + 2
print(out[-6:], read())
";
    let (mut vm, output) = new_vm();
    // Run out after a few layout changes, mid-program: every table is
    // renumbered and the cache emptied.
    vm.global_cache.exhaust_versions_after(40);
    vm.run_main(source, "<test>");
    assert!(vm.global_cache.restarted_versions());
    assert_eq!(
        output.borrow().as_str(),
        "[28, 'gone', 29, 'gone', 30, 'gone'] 31\n"
    );
}

/// `CheckBound` stays only where a local may be unbound: not for
/// parameters, a loop variable after `ForNext`, or a local assigned on
/// every path before the read.
#[test]
fn checks_only_locals_that_may_be_unbound() {
    let listing = function_listing(
        "def f(xs, flag):\n    acc = 0\n    for x in xs:\n        acc += x\n    if flag:\n        y = 1\n    else:\n        y = 2\n    return acc + y + len(xs)\n",
    );
    assert!(!listing.contains("CheckBound"), "{listing}");
    let listing =
        function_listing("def f(xs):\n    for x in xs:\n        last = x\n    return last\n");
    assert!(listing.contains("CheckBound"), "{listing}");
    let listing = function_listing("def f(x):\n    del x\n    return x\n");
    assert!(listing.contains("CheckBound"), "{listing}");
    let listing = function_listing(
        "def f():\n    try:\n        g()\n        v = 1\n    except E:\n        return v\n",
    );
    assert!(listing.contains("CheckBound"), "{listing}");
}

/// A condition that is one comparison, or a chain of them, branches with
/// a compare-and-branch instruction; a small-int right operand is an
/// immediate.
#[test]
fn comparisons_in_conditions_branch_directly() {
    let listing = function_listing(
        "def f(a, b):\n    if a > 32767:\n        return 1\n    while a < b:\n        a += 1\n    if b <= a < 100 or a != b:\n        return 2\n    assert a < b\n",
    );
    for wanted in [
        "JumpUnlessGtInt",
        "JumpUnlessLt",
        "JumpUnlessLe",
        "JumpIfLtInt",
        "JumpUnlessNe",
        "JumpIfLt ",
    ] {
        assert!(listing.contains(wanted), "{wanted} missing:\n{listing}");
    }
    for unwanted in ["JumpIfFalse", "JumpIfTrue", "Gt", "Lt"] {
        let present = listing
            .lines()
            .any(|l| l.split_whitespace().any(|word| word == unwanted));
        assert!(!present, "{unwanted} present:\n{listing}");
    }
    assert!(
        !listing
            .lines()
            .any(|l| l.contains("LoadInt") && l.contains("32767")),
        "{listing}"
    );
}
