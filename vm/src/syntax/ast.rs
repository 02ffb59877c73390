//! The abstract syntax tree.
//!
//! Every node lives in a `bumpalo` arena that the caller drops as soon as the
//! compiler has turned the tree into bytecode, so nodes borrow from the arena
//! (`&'a`) and never own heap memory of their own. The shape follows CPython's
//! `ast` module closely (same node names, same field meanings) so that anyone
//! who knows one knows the other; the differences are:
//! - no Load/Store/Del context on names: the compiler knows it from position;
//! - integer literals keep their digits when they do not fit an `i64`;
//! - string literals are already decoded (escapes applied, implicit
//!   concatenation done); f-strings become `JoinedStr`.

/// A position in the source: 1-based line, 0-based column counted in
/// characters (code points), as CPython reports them in SyntaxError and
/// tracebacks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// The source range a node was parsed from: `start` inclusive, `end`
/// exclusive.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: Pos,
    pub end: Pos,
}

/// A parsed module (a file, a `-c` string, one REPL entry, `exec` input).
#[derive(Debug)]
pub struct Module<'a> {
    pub body: &'a [Stmt<'a>],
}

#[derive(Debug)]
pub struct Stmt<'a> {
    pub kind: StmtKind<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind<'a> {
    /// An expression evaluated for its side effects (a call, a docstring).
    Expr(&'a Expr<'a>),
    /// `t1 = t2 = value`: targets are assigned left to right.
    Assign {
        targets: &'a [Expr<'a>],
        value: &'a Expr<'a>,
    },
    /// `target op= value`.
    AugAssign {
        target: &'a Expr<'a>,
        op: BinOp,
        value: &'a Expr<'a>,
    },
    /// `target: annotation [= value]`. `simple` is true for a bare name
    /// target that was not parenthesised (CPython stores those in
    /// `__annotations__`).
    AnnAssign {
        target: &'a Expr<'a>,
        annotation: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
        simple: bool,
    },
    FunctionDef(&'a FunctionDef<'a>),
    ClassDef(&'a ClassDef<'a>),
    Return(Option<&'a Expr<'a>>),
    Delete(&'a [Expr<'a>]),
    If {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        /// `elif` chains are nested `If` statements here, as in CPython.
        orelse: &'a [Stmt<'a>],
    },
    While {
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
    },
    For {
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
        is_async: bool,
    },
    With {
        items: &'a [WithItem<'a>],
        body: &'a [Stmt<'a>],
        is_async: bool,
    },
    Match {
        subject: &'a Expr<'a>,
        cases: &'a [MatchCase<'a>],
    },
    Raise {
        exc: Option<&'a Expr<'a>>,
        cause: Option<&'a Expr<'a>>,
    },
    Try {
        body: &'a [Stmt<'a>],
        handlers: &'a [ExceptHandler<'a>],
        orelse: &'a [Stmt<'a>],
        finalbody: &'a [Stmt<'a>],
        /// `except*` (exception groups).
        is_star: bool,
    },
    Assert {
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
    },
    /// `import a.b.c as d, e`.
    Import(&'a [Alias<'a>]),
    /// `from ..pkg.mod import x as y`. `module` is None for `from . import x`;
    /// `level` counts the leading dots. A star import has one alias named `*`.
    ImportFrom {
        module: Option<&'a str>,
        names: &'a [Alias<'a>],
        level: u32,
    },
    Global(&'a [&'a str]),
    Nonlocal(&'a [&'a str]),
    Pass,
    Break,
    Continue,
}

#[derive(Debug)]
pub struct FunctionDef<'a> {
    pub name: &'a str,
    pub params: Parameters<'a>,
    pub body: &'a [Stmt<'a>],
    /// Outermost first, as written.
    pub decorators: &'a [Expr<'a>],
    pub returns: Option<&'a Expr<'a>>,
    pub is_async: bool,
    pub span: Span,
}

#[derive(Debug)]
pub struct ClassDef<'a> {
    pub name: &'a str,
    /// Positional arguments of the class statement (may contain `Starred`).
    pub bases: &'a [Expr<'a>],
    /// Keyword arguments, e.g. `metaclass=M` (a `None` name is `**kwargs`).
    pub keywords: &'a [Keyword<'a>],
    pub body: &'a [Stmt<'a>],
    pub decorators: &'a [Expr<'a>],
    pub span: Span,
}

/// A parameter list: `def f(a, /, b, c=1, *args, d, e=2, **kw)`.
#[derive(Debug, Default)]
pub struct Parameters<'a> {
    pub posonly: &'a [Param<'a>],
    pub args: &'a [Param<'a>],
    pub vararg: Option<&'a Param<'a>>,
    pub kwonly: &'a [Param<'a>],
    pub kwarg: Option<&'a Param<'a>>,
}

#[derive(Debug)]
pub struct Param<'a> {
    pub name: &'a str,
    pub annotation: Option<&'a Expr<'a>>,
    /// Default value; never set on `vararg`/`kwarg`.
    pub default: Option<&'a Expr<'a>>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Keyword<'a> {
    /// None for `**mapping`.
    pub name: Option<&'a str>,
    pub value: &'a Expr<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub struct Alias<'a> {
    /// Dotted name as written (`a.b.c`), or `*`.
    pub name: &'a str,
    pub asname: Option<&'a str>,
    pub span: Span,
}

#[derive(Debug)]
pub struct WithItem<'a> {
    pub context: &'a Expr<'a>,
    pub vars: Option<&'a Expr<'a>>,
}

#[derive(Debug)]
pub struct ExceptHandler<'a> {
    /// None for a bare `except:`.
    pub typ: Option<&'a Expr<'a>>,
    pub name: Option<&'a str>,
    pub body: &'a [Stmt<'a>],
    pub span: Span,
}

#[derive(Debug)]
pub struct Comprehension<'a> {
    pub target: &'a Expr<'a>,
    pub iter: &'a Expr<'a>,
    pub ifs: &'a [Expr<'a>],
    pub is_async: bool,
}

#[derive(Debug)]
pub struct MatchCase<'a> {
    pub pattern: &'a Pattern<'a>,
    pub guard: Option<&'a Expr<'a>>,
    pub body: &'a [Stmt<'a>],
}

#[derive(Debug)]
pub struct Pattern<'a> {
    pub kind: PatternKind<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub enum PatternKind<'a> {
    /// A literal or dotted name compared with `==`.
    Value(&'a Expr<'a>),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Constant<'a>),
    /// `[a, b, *rest]` or `(a, b)`.
    Sequence(&'a [Pattern<'a>]),
    /// `{key: pattern, **rest}`.
    Mapping {
        keys: &'a [Expr<'a>],
        patterns: &'a [Pattern<'a>],
        rest: Option<&'a str>,
    },
    /// `Cls(p1, p2, attr=p3)`.
    Class {
        cls: &'a Expr<'a>,
        patterns: &'a [Pattern<'a>],
        kwd_attrs: &'a [&'a str],
        kwd_patterns: &'a [Pattern<'a>],
    },
    /// `*name` or `*_` (None) inside a sequence pattern.
    Star(Option<&'a str>),
    /// `pattern as name`, a capture `name` (pattern None) or the wildcard `_`
    /// (both None).
    As {
        pattern: Option<&'a Pattern<'a>>,
        name: Option<&'a str>,
    },
    Or(&'a [Pattern<'a>]),
}

#[derive(Debug)]
pub struct Expr<'a> {
    pub kind: ExprKind<'a>,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind<'a> {
    /// `a and b and c` / `a or b`: at least two values.
    BoolOp {
        op: BoolOp,
        values: &'a [Expr<'a>],
    },
    /// `target := value`.
    NamedExpr {
        target: &'a str,
        value: &'a Expr<'a>,
    },
    BinOp {
        left: &'a Expr<'a>,
        op: BinOp,
        right: &'a Expr<'a>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: &'a Expr<'a>,
    },
    Lambda {
        params: &'a Parameters<'a>,
        body: &'a Expr<'a>,
    },
    /// `body if test else orelse`.
    IfExp {
        test: &'a Expr<'a>,
        body: &'a Expr<'a>,
        orelse: &'a Expr<'a>,
    },
    Dict(&'a [DictItem<'a>]),
    Set(&'a [Expr<'a>]),
    List(&'a [Expr<'a>]),
    Tuple(&'a [Expr<'a>]),
    ListComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    SetComp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    DictComp {
        key: &'a Expr<'a>,
        value: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    GeneratorExp {
        elt: &'a Expr<'a>,
        generators: &'a [Comprehension<'a>],
    },
    Await(&'a Expr<'a>),
    Yield(Option<&'a Expr<'a>>),
    YieldFrom(&'a Expr<'a>),
    /// `left op1 c1 op2 c2 ...`: `ops.len() == comparators.len() >= 1`.
    Compare {
        left: &'a Expr<'a>,
        ops: &'a [CmpOp],
        comparators: &'a [Expr<'a>],
    },
    /// Positional arguments may be `Starred`; keywords with no name are
    /// `**mapping`.
    Call {
        func: &'a Expr<'a>,
        args: &'a [Expr<'a>],
        keywords: &'a [Keyword<'a>],
    },
    /// One `{...}` field of an f-string. `conversion` is `'r'`, `'s'`, `'a'`
    /// or None; `format_spec` is itself a `JoinedStr` when present. A `{x=}`
    /// field is parsed as the literal text `x=` followed by this node with
    /// conversion `'r'` unless a conversion or spec was given.
    FormattedValue {
        value: &'a Expr<'a>,
        conversion: Option<char>,
        format_spec: Option<&'a Expr<'a>>,
    },
    /// An f-string: literal `Constant(Str)` parts and `FormattedValue`s.
    JoinedStr(&'a [Expr<'a>]),
    Constant(Constant<'a>),
    Attribute {
        value: &'a Expr<'a>,
        attr: &'a str,
    },
    /// `value[slice]`; `a[1:2, 3]` has a `Tuple` slice holding a `Slice`.
    Subscript {
        value: &'a Expr<'a>,
        slice: &'a Expr<'a>,
    },
    Starred(&'a Expr<'a>),
    Name(&'a str),
    /// Only valid directly inside a subscript (or a tuple there).
    Slice {
        lower: Option<&'a Expr<'a>>,
        upper: Option<&'a Expr<'a>>,
        step: Option<&'a Expr<'a>>,
    },
}

/// `key: value`, or `**value` when `key` is None.
#[derive(Debug)]
pub struct DictItem<'a> {
    pub key: Option<&'a Expr<'a>>,
    pub value: &'a Expr<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Constant<'a> {
    None,
    True,
    False,
    Ellipsis,
    Int(IntLiteral<'a>),
    Float(f64),
    /// An imaginary literal such as `2j`: the imaginary part.
    Imaginary(f64),
    /// Already decoded; adjacent literals concatenated.
    Str(&'a str),
    /// A str holding lone surrogates (`'\ud800'`), as generalized UTF-8
    /// (objects/wtf8.rs); never valid UTF-8, so never a `Str`.
    SurrogateStr(&'a [u8]),
    Bytes(&'a [u8]),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntLiteral<'a> {
    Small(i64),
    /// Too large for `i64`: the digits without prefix or underscores, in
    /// `radix` (2, 8, 10 or 16).
    Big {
        digits: &'a str,
        radix: u32,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}
