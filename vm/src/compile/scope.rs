//! Scope analysis: the pass over the AST, before code generation, that
//! decides where every name lives.
//!
//! The walk creates one `Scope` per module, class body, function, lambda
//! and comprehension (pre-order, so a parent always precedes its children
//! in the table) and records, per scope, each name's uses: read, bound,
//! parameter, declared global/nonlocal, deleted. Resolution then runs over
//! the table in order, so an enclosing scope is always resolved before the
//! scopes inside it:
//! - declared `global` → global; declared `nonlocal` → free (an error when
//!   no enclosing function binds it);
//! - bound in a function-like scope → local; in a module or class body →
//!   a name of the namespace dict;
//! - only read → free if an enclosing function binds it (class bodies are
//!   skipped: their names are not visible to the functions inside them),
//!   else an implicit global.
//!
//! A name found free turns the binding local into a cell, and every scope
//! in between (classes included, because the closure of a method is built
//! in the class body) passes the cell on as a free variable of its own.
//! `super` or `__class__` read in a function make `__class__` free there,
//! bound by the nearest class body, which then creates the `__class__`
//! cell. Scopes are found again by the compiler through the address of the
//! node that created them.

use super::{error, CResult};
use crate::syntax::SyntaxError;

/// An error CPython reports with a single caret (no end position).
fn point_error(message: impl Into<alloc::string::String>, span: Span) -> SyntaxError {
    let mut e = error(message, span);
    e.end = None;
    e
}
use crate::syntax::ast::*;
use alloc::collections::BTreeMap;
use alloc::format;
use alloc::vec::Vec;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Functions, lambdas and comprehensions keep their locals in registers.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Uses of a name in one scope.
pub mod flags {
    pub const USED: u8 = 1;
    pub const ASSIGNED: u8 = 2;
    pub const PARAM: u8 = 4;
    pub const GLOBAL: u8 = 8;
    pub const NONLOCAL: u8 = 16;
    pub const DELETED: u8 = 32;
    /// Bound by a walrus inside a comprehension: the binding belongs to the
    /// enclosing function (or module), so the name is free here.
    pub const WALRUS_OUTER: u8 = 64;
}

/// Where a name lives, once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A register of a function-like scope.
    Local,
    /// A local captured by an inner function: its register holds a cell.
    Cell,
    /// A variable of an enclosing function, reached through a cell.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Read in a function, bound nowhere around it.
    GlobalImplicit,
    /// A name of a module's or class body's namespace.
    Name,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u8,
    pub binding: Binding,
    /// Where a global/nonlocal declaration named it (for errors).
    pub declared_at: Span,
}

pub struct Scope<'a> {
    pub kind: ScopeKind,
    pub name: &'a str,
    pub parent: Option<ScopeId>,
    pub symbols: BTreeMap<&'a str, Symbol>,
    /// Names in the order first seen (register assignment follows it).
    pub order: Vec<&'a str>,
    /// Parameters in register order: positional, keyword-only, *args, **kwargs.
    pub params: Vec<&'a str>,
    /// Free variables in closure order.
    pub freevars: Vec<&'a str>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Contains a walrus that binds in this scope (operands of an
    /// expression cannot then be read in place from local registers).
    pub has_walrus: bool,
    /// A class body whose methods use `super()` or `__class__`.
    pub needs_class_cell: bool,
}

impl<'a> Scope<'a> {
    fn new(kind: ScopeKind, name: &'a str, parent: Option<ScopeId>) -> Scope<'a> {
        Scope {
            kind,
            name,
            parent,
            symbols: BTreeMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            has_walrus: false,
            needs_class_cell: false,
        }
    }

    pub fn binding(&self, name: &str) -> Option<Binding> {
        self.symbols.get(name).map(|s| s.binding)
    }

    pub fn flags(&self, name: &str) -> u8 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }
}

pub struct ScopeTable<'a> {
    pub scopes: Vec<Scope<'a>>,
    by_node: BTreeMap<usize, ScopeId>,
}

impl<'a> ScopeTable<'a> {
    /// The scope a function, class, lambda or comprehension node created.
    pub fn of_node<T>(&self, node: &T) -> ScopeId {
        self.by_node
            .get(&(node as *const T as usize))
            .copied()
            .unwrap_or(0)
    }
}

/// Analyse a module.
pub fn analyze<'a>(body: &'a [Stmt<'a>]) -> CResult<ScopeTable<'a>> {
    let mut analyzer = Analyzer {
        table: ScopeTable {
            scopes: Vec::new(),
            by_node: BTreeMap::new(),
        },
        current: 0,
    };
    analyzer
        .table
        .scopes
        .push(Scope::new(ScopeKind::Module, "<module>", None));
    analyzer.body(body)?;
    analyzer.resolve()?;
    Ok(analyzer.table)
}

struct Analyzer<'a> {
    table: ScopeTable<'a>,
    current: ScopeId,
}

impl<'a> Analyzer<'a> {
    fn scope(&mut self) -> &mut Scope<'a> {
        &mut self.table.scopes[self.current]
    }

    fn note(&mut self, name: &'a str, flag: u8) {
        let scope = self.scope();
        match scope.symbols.get_mut(name) {
            Some(symbol) => symbol.flags |= flag,
            None => {
                scope.symbols.insert(
                    name,
                    Symbol {
                        flags: flag,
                        binding: Binding::Name,
                        declared_at: Span::default(),
                    },
                );
                scope.order.push(name);
            }
        }
    }

    fn use_name(&mut self, name: &'a str) {
        self.note(name, flags::USED);
        if name == "super" && self.scope().kind.is_function_like() {
            self.note("__class__", flags::USED);
        }
    }

    fn bind(&mut self, name: &'a str) {
        self.note(name, flags::ASSIGNED);
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, name: &'a str) -> ScopeId {
        let id = self.table.scopes.len();
        self.table
            .scopes
            .push(Scope::new(kind, name, Some(self.current)));
        self.table.by_node.insert(node as *const T as usize, id);
        let parent = self.current;
        self.current = id;
        parent
    }

    fn body(&mut self, body: &'a [Stmt<'a>]) -> CResult<()> {
        for stmt in body {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt<'a>) -> CResult<()> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for target in targets.iter() {
                    self.target(target)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                if let ExprKind::Name(name) = target.kind {
                    self.use_name(name);
                    self.bind(name);
                } else {
                    self.expr(target)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    self.expr(value)?;
                    self.target(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target)?;
                } else if let ExprKind::Name(name) = target.kind {
                    // An annotated name is local even without a value.
                    if self.scope().kind.is_function_like() {
                        self.bind(name);
                    }
                }
            }
            StmtKind::FunctionDef(def) => {
                for decorator in def.decorators {
                    self.expr(decorator)?;
                }
                self.parameter_defaults(&def.params)?;
                self.bind(def.name);
                let parent = self.push_scope(*def, ScopeKind::Function, def.name);
                self.scope().is_coroutine = def.is_async;
                self.parameters(&def.params)?;
                self.body(def.body)?;
                self.current = parent;
            }
            StmtKind::ClassDef(class) => {
                for decorator in class.decorators {
                    self.expr(decorator)?;
                }
                for base in class.bases {
                    self.expr(base)?;
                }
                for keyword in class.keywords {
                    self.expr(keyword.value)?;
                }
                self.bind(class.name);
                let parent = self.push_scope(*class, ScopeKind::Class, class.name);
                self.body(class.body)?;
                self.current = parent;
            }
            StmtKind::Return(value) => {
                if !self.scope().kind.is_function_like() {
                    return Err(error("'return' outside function", stmt.span));
                }
                if let Some(value) = value {
                    self.expr(value)?;
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets.iter() {
                    self.delete_target(target)?;
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_statement_here("'async for' outside async function", stmt.span)?;
                }
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)?;
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.async_statement_here("'async with' outside async function", stmt.span)?;
                }
                for item in items.iter() {
                    self.expr(item.context)?;
                    if let Some(vars) = item.vars {
                        self.target(vars)?;
                    }
                }
                self.body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases.iter() {
                    self.pattern(case.pattern)?;
                    if let Some(guard) = case.guard {
                        self.expr(guard)?;
                    }
                    self.body(case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.expr(exc)?;
                }
                if let Some(cause) = cause {
                    self.expr(cause)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.body(body)?;
                for handler in handlers.iter() {
                    if let Some(typ) = handler.typ {
                        self.expr(typ)?;
                    }
                    if let Some(name) = handler.name {
                        self.note(name, flags::ASSIGNED | flags::DELETED);
                    }
                    self.body(handler.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(msg) = msg {
                    self.expr(msg)?;
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases.iter() {
                    let bound = match alias.asname {
                        Some(asname) => asname,
                        None => alias.name.split('.').next().unwrap_or(alias.name),
                    };
                    self.bind(bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names.iter() {
                    if alias.name == "*" {
                        if self.scope().kind != ScopeKind::Module {
                            return Err(point_error(
                                "import * only allowed at module level",
                                alias.span,
                            ));
                        }
                    } else {
                        self.bind(alias.asname.unwrap_or(alias.name));
                    }
                }
            }
            StmtKind::Global(names) => {
                for &name in names.iter() {
                    self.declare(name, flags::GLOBAL, stmt.span)?;
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == ScopeKind::Module {
                    return Err(error(
                        "nonlocal declaration not allowed at module level",
                        stmt.span,
                    ));
                }
                for &name in names.iter() {
                    self.declare(name, flags::NONLOCAL, stmt.span)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn declare(&mut self, name: &'a str, flag: u8, span: Span) -> CResult<()> {
        let word = if flag == flags::GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        let existing = self.scope().flags(name);
        if existing & flags::PARAM != 0 {
            return Err(error(
                format!("name '{name}' is parameter and {word}"),
                span,
            ));
        }
        let other = if flag == flags::GLOBAL {
            flags::NONLOCAL
        } else {
            flags::GLOBAL
        };
        if existing & other != 0 {
            // Reported at the first of the two declarations.
            let first = self
                .scope()
                .symbols
                .get(name)
                .map_or(span, |s| s.declared_at);
            return Err(error(
                format!("name '{name}' is nonlocal and global"),
                first,
            ));
        }
        if existing & flags::USED != 0 {
            return Err(error(
                format!("name '{name}' is used prior to {word} declaration"),
                span,
            ));
        }
        if existing & flags::ASSIGNED != 0 {
            return Err(error(
                format!("name '{name}' is assigned to before {word} declaration"),
                span,
            ));
        }
        self.note(name, flag);
        if let Some(symbol) = self.scope().symbols.get_mut(name) {
            symbol.declared_at = span;
        }
        Ok(())
    }

    /// Defaults are evaluated where the function is defined.
    fn parameter_defaults(&mut self, params: &'a Parameters<'a>) -> CResult<()> {
        for param in params
            .posonly
            .iter()
            .chain(params.args)
            .chain(params.kwonly)
        {
            if let Some(default) = param.default {
                self.expr(default)?;
            }
        }
        Ok(())
    }

    fn parameters(&mut self, params: &'a Parameters<'a>) -> CResult<()> {
        let all = params
            .posonly
            .iter()
            .chain(params.args)
            .chain(params.kwonly)
            .chain(params.vararg)
            .chain(params.kwarg);
        for param in all {
            if self.scope().flags(param.name) & flags::PARAM != 0 {
                return Err(error(
                    format!("duplicate argument '{}' in function definition", param.name),
                    param.span,
                ));
            }
            self.note(param.name, flags::PARAM);
            self.scope().params.push(param.name);
        }
        // `*args` and `**kwargs` follow the keyword-only parameters: the
        // chain above yields them in exactly the register order.
        Ok(())
    }

    fn target(&mut self, target: &'a Expr<'a>) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(name) => self.bind(name),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items.iter() {
                    self.target(item)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(target)?,
        }
        Ok(())
    }

    fn delete_target(&mut self, target: &'a Expr<'a>) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(name) => self.note(name, flags::ASSIGNED | flags::DELETED),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for item in items.iter() {
                    self.delete_target(item)?;
                }
            }
            _ => self.expr(target)?,
        }
        Ok(())
    }

    fn pattern(&mut self, pattern: &'a Pattern<'a>) -> CResult<()> {
        match &pattern.kind {
            PatternKind::Value(e) => self.expr(e)?,
            PatternKind::Singleton(_) => {}
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                for item in items.iter() {
                    self.pattern(item)?;
                }
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                for key in keys.iter() {
                    self.expr(key)?;
                }
                for item in patterns.iter() {
                    self.pattern(item)?;
                }
                if let Some(rest) = rest {
                    self.bind(rest);
                }
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for item in patterns.iter().chain(kwd_patterns.iter()) {
                    self.pattern(item)?;
                }
            }
            PatternKind::Star(name) => {
                if let Some(name) = name {
                    self.bind(name);
                }
            }
            PatternKind::As { pattern, name } => {
                if let Some(inner) = pattern {
                    self.pattern(inner)?;
                }
                if let Some(name) = name {
                    self.bind(name);
                }
            }
        }
        Ok(())
    }

    fn exprs(&mut self, exprs: &'a [Expr<'a>]) -> CResult<()> {
        for e in exprs {
            self.expr(e)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr<'a>) -> CResult<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.walrus_target(target, e.span)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { params, body } => {
                self.parameter_defaults(params)?;
                let parent = self.push_scope(e, ScopeKind::Lambda, "<lambda>");
                self.parameters(params)?;
                self.expr(body)?;
                self.current = parent;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict(items) => {
                for item in items.iter() {
                    if let Some(key) = item.key {
                        self.expr(key)?;
                    }
                    self.expr(item.value)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                self.exprs(items)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "<setcomp>", generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, "<genexpr>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, "<dictcomp>", generators, key, Some(value))?,
            ExprKind::Await(value) => {
                let kind = self.scope().kind;
                if !kind.is_function_like() {
                    return Err(error("'await' outside function", e.span));
                }
                if kind == ScopeKind::Function && !self.scope().is_coroutine {
                    return Err(error("'await' outside async function", e.span));
                }
                self.expr(value)?;
            }
            ExprKind::Yield(value) => {
                self.yield_here(e.span)?;
                if let Some(value) = value {
                    self.expr(value)?;
                }
            }
            ExprKind::YieldFrom(value) => {
                self.yield_here(e.span)?;
                if self.scope().is_coroutine {
                    return Err(error("'yield from' inside async function", e.span));
                }
                self.expr(value)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for keyword in keywords.iter() {
                    self.expr(keyword.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.exprs(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(value) => self.expr(value)?,
            ExprKind::Name(name) => self.use_name(name),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
            }
        }
        Ok(())
    }

    /// `async for` and `async with` belong in an `async def` (a
    /// coroutine: they await).
    fn async_statement_here(&mut self, message: &'static str, span: Span) -> CResult<()> {
        if self.scope().kind == ScopeKind::Function && self.scope().is_coroutine {
            Ok(())
        } else {
            Err(error(message, span))
        }
    }

    fn yield_here(&mut self, span: Span) -> CResult<()> {
        let scope = self.scope();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => Err(error("'yield' outside function", span)),
            ScopeKind::Comprehension => {
                let what = match scope.name {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(error(format!("'yield' inside {what}"), span))
            }
            _ => {
                scope.is_generator = true;
                Ok(())
            }
        }
    }

    /// `name := value`: in a comprehension the name belongs to the nearest
    /// enclosing scope that is not a comprehension.
    fn walrus_target(&mut self, name: &'a str, span: Span) -> CResult<()> {
        if self.scope().kind != ScopeKind::Comprehension {
            self.bind(name);
            self.scope().has_walrus = true;
            return Ok(());
        }
        let saved = self.current;
        let mut id = self.current;
        while self.table.scopes[id].kind == ScopeKind::Comprehension {
            if self.table.scopes[id].flags(name) & flags::ASSIGNED != 0 {
                return Err(point_error(format!("assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    span,
                ));
            }
            self.current = id;
            self.note(name, flags::WALRUS_OUTER);
            id = self.table.scopes[id].parent.unwrap_or(0);
        }
        if self.table.scopes[id].kind == ScopeKind::Class {
            self.current = saved;
            return Err(point_error(
                "assignment expression within a comprehension cannot be used in a class body",
                span,
            ));
        }
        self.current = id;
        self.bind(name);
        self.current = saved;
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a Expr<'a>,
        name: &'a str,
        generators: &'a [Comprehension<'a>],
        elt: &'a Expr<'a>,
        value: Option<&'a Expr<'a>>,
    ) -> CResult<()> {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(first.iter)?;
        }
        let parent = self.push_scope(node, ScopeKind::Comprehension, name);
        if name == "<genexpr>" {
            self.scope().is_generator = true;
        }
        self.note(".0", flags::PARAM);
        self.scope().params.push(".0");
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(generator.iter)?;
            }
            self.target(generator.target)?;
            self.exprs(generator.ifs)?;
        }
        self.expr(elt)?;
        if let Some(value) = value {
            self.expr(value)?;
        }
        self.current = parent;
        Ok(())
    }

    // ---- resolution ----

    fn resolve(&mut self) -> CResult<()> {
        for id in 0..self.table.scopes.len() {
            let names = self.table.scopes[id].order.clone();
            let kind = self.table.scopes[id].kind;
            for name in names {
                let symbol = self.table.scopes[id].symbols[name];
                let f = symbol.flags;
                let binding = if f & flags::GLOBAL != 0 {
                    Binding::GlobalExplicit
                } else if f & flags::NONLOCAL != 0 {
                    if self.resolve_free(id, name) {
                        Binding::Free
                    } else {
                        return Err(error(
                            format!("no binding for nonlocal '{name}' found"),
                            symbol.declared_at,
                        ));
                    }
                } else if f & flags::WALRUS_OUTER != 0 {
                    if self.resolve_free(id, name) {
                        Binding::Free
                    } else {
                        Binding::GlobalExplicit
                    }
                } else if f & (flags::ASSIGNED | flags::PARAM) != 0 {
                    if kind.is_function_like() {
                        Binding::Local
                    } else {
                        Binding::Name
                    }
                } else if kind == ScopeKind::Module {
                    Binding::Name
                } else if self.resolve_free(id, name) {
                    Binding::Free
                } else if kind == ScopeKind::Class {
                    Binding::Name
                } else {
                    Binding::GlobalImplicit
                };
                // Resolving a child may already have made this a cell.
                let symbol = self.table.scopes[id].symbols.get_mut(name);
                if let Some(symbol) = symbol {
                    if !(symbol.binding == Binding::Cell && binding == Binding::Local) {
                        symbol.binding = binding;
                    }
                }
            }
        }
        Ok(())
    }

    /// Find `name` bound in a function enclosing scope `id`; on success
    /// make it a cell there and a free variable of every scope in between.
    fn resolve_free(&mut self, id: ScopeId, name: &'a str) -> bool {
        let mut path = Vec::new();
        let mut at = self.table.scopes[id].parent;
        let found = loop {
            let Some(ancestor) = at else {
                break None;
            };
            let scope = &mut self.table.scopes[ancestor];
            match scope.kind {
                ScopeKind::Module => break None,
                ScopeKind::Class => {
                    if name == "__class__" {
                        scope.needs_class_cell = true;
                        break Some(ancestor);
                    }
                }
                _ => {
                    if let Some(symbol) = scope.symbols.get_mut(name) {
                        match symbol.binding {
                            Binding::Local | Binding::Cell => {
                                symbol.binding = Binding::Cell;
                                break Some(ancestor);
                            }
                            Binding::Free => break Some(ancestor),
                            Binding::GlobalExplicit | Binding::GlobalImplicit => break None,
                            Binding::Name => {}
                        }
                    }
                }
            }
            path.push(ancestor);
            at = scope.parent;
        };
        if found.is_none() {
            return false;
        }
        for scope_id in core::iter::once(id).chain(path) {
            let scope = &mut self.table.scopes[scope_id];
            if !scope.freevars.contains(&name) {
                scope.freevars.push(name);
            }
        }
        true
    }
}
