//! Statements: simple statements, `if`/`while`/`for`, imports, `assert`,
//! and function definitions (`def`, `lambda`) with their defaults,
//! keyword-only defaults, closures and decorators.

use super::function::emit;
use super::scope::ScopeId;
use super::{error, CResult, CompileMode, Compiler};
use crate::bytecode::{Byte, CodeFlags, Constant, Count, MakeFunctionFlags, Reg};
use crate::syntax::ast::{
    Alias, ClassDef, Expr, ExprKind, FunctionDef, Parameters, Span, Stmt, StmtKind,
};
use alloc::boxed::Box;
use alloc::vec::Vec;

/// What the body of a new code unit is compiled from.
#[derive(Clone, Copy)]
pub enum UnitBody<'a> {
    Function(&'a [Stmt<'a>]),
    Lambda(&'a Expr<'a>),
    Class(&'a ClassDef<'a>),
    Comprehension(&'a Expr<'a>),
}

impl<'a> Compiler<'a, '_> {
    pub fn body(&mut self, stmts: &'a [Stmt<'a>]) -> CResult<()> {
        for stmt in stmts {
            self.stmt(stmt)?;
        }
        Ok(())
    }

    /// The body of a compound statement.
    pub fn block(&mut self, stmts: &'a [Stmt<'a>]) -> CResult<()> {
        self.body(stmts)
    }

    pub fn stmt(&mut self, stmt: &'a Stmt<'a>) -> CResult<()> {
        let span = stmt.span;
        self.f().stmt_span = span;
        if self.fr().viper.is_some() && self.viper_stmt(stmt)? {
            return Ok(());
        }
        match &stmt.kind {
            StmtKind::Expr(value) => self.expression_statement(value, span)?,
            StmtKind::Assign {
                targets: [target],
                value,
            } if self.const_declaration(target, value)?.is_some() => {
                self.store_declared_constant(target, span)?
            }
            StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } if self.const_declaration(target, value)?.is_some() => {
                self.store_declared_constant(target, span)?
            }
            StmtKind::Assign { targets, value } => self.assign_statement(targets, value)?,
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign(target, *op, value, span)?
            }
            StmtKind::AnnAssign { target, value, .. } => {
                if let Some(value) = value {
                    self.assign_statement(core::slice::from_ref(*target), value)?;
                }
            }
            StmtKind::FunctionDef(def) => self.function_def(def)?,
            StmtKind::ClassDef(class) => self.class_def(class)?,
            StmtKind::Return(value) => self.return_statement(*value, span)?,
            StmtKind::Delete(targets) => {
                for target in targets.iter() {
                    self.delete(target)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                let otherwise = self.new_label();
                self.jump_if(test, false, otherwise)?;
                self.block(body)?;
                if orelse.is_empty() {
                    self.bind_label(otherwise);
                } else {
                    let end = self.new_label();
                    self.jump(span, end);
                    self.bind_label(otherwise);
                    self.block(orelse)?;
                    self.bind_label(end);
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse, span)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for_loop(target, iter, body, orelse, span)?
                } else {
                    self.for_loop(target, iter, body, orelse, span)?
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => self.with_statement(items, body, *is_async, span)?,
            StmtKind::Match { subject, cases } => self.match_statement(subject, cases, span)?,
            StmtKind::Raise { exc, cause } => self.raise_statement(*exc, *cause, span)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if *is_star {
                    return Err(error("'except*' is not supported yet", span));
                }
                self.try_statement(body, handlers, orelse, finalbody, span)?
            }
            StmtKind::Assert { .. } if self.opt_level >= 1 => {}
            StmtKind::Assert { test, msg } => self.assert_statement(test, *msg, span)?,
            StmtKind::Import(aliases) => self.import(aliases, span)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(*module, names, *level, span)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Break => self.break_statement(span)?,
            StmtKind::Continue => self.continue_statement(span)?,
        }
        Ok(())
    }

    fn expression_statement(&mut self, value: &'a Expr<'a>, span: Span) -> CResult<()> {
        let interactive = self.mode == CompileMode::Interactive && self.units.len() == 1;
        if !interactive && matches!(value.kind, ExprKind::Constant(_)) {
            // Docstrings and other bare constants do nothing.
            return Ok(());
        }
        let mark = self.mark();
        let reg = self.expr_reg(value)?;
        if interactive {
            emit!(self, span, PrintExpr { src: reg });
        }
        self.release(mark);
        Ok(())
    }

    fn while_loop(
        &mut self,
        test: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<()> {
        let top = self.new_label();
        let otherwise = self.new_label();
        let brk = self.new_label();
        self.bind_label(top);
        self.jump_if(test, false, otherwise)?;
        self.loop_body(body, brk, top)?;
        self.jump(span, top);
        self.bind_label(otherwise);
        self.block(orelse)?;
        self.bind_label(brk);
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr<'a>,
        iter: &'a Expr<'a>,
        body: &'a [Stmt<'a>],
        orelse: &'a [Stmt<'a>],
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let range_args = self.range_call_args(iter);
        let iterator = match range_args {
            Some(args) => self.range_iter(iter, args)?,
            None => {
                let state = self.temps(3)?;
                self.expr_to(iter, state)?;
                emit!(
                    self,
                    iter.span,
                    LoopOver {
                        dst: state,
                        src: state
                    }
                );
                state
            }
        };
        let top = self.new_label();
        let exit = self.new_label();
        let brk = self.new_label();
        self.bind_label(top);
        // CPython reports an exception from the iterator at the whole
        // statement (no caret).
        self.for_next_into(target, iterator, exit, span)?;
        self.loop_body(body, brk, top)?;
        self.jump(span, top);
        self.bind_label(exit);
        self.block(orelse)?;
        self.bind_label(brk);
        self.release(mark);
        Ok(())
    }

    /// The arguments of `iter` if it is a call `range(a[, b[, c]])` with
    /// plain positional arguments and `range` is not a local or constant
    /// name (a global `range` is checked at run time: see
    /// interp/range_loop.rs).
    fn range_call_args(&mut self, iter: &'a Expr<'a>) -> Option<&'a [Expr<'a>]> {
        let ExprKind::Call {
            func,
            args,
            keywords: [],
        } = &iter.kind
        else {
            return None;
        };
        let ExprKind::Name("range") = func.kind else {
            return None;
        };
        let plain = args.iter().all(|a| !matches!(a.kind, ExprKind::Starred(_)));
        let global = matches!(
            self.fr().access("range"),
            super::function::Access::Global | super::function::Access::Name
        );
        (plain && global && (1..=3).contains(&args.len()) && self.named_constant("range").is_none())
            .then_some(*args)
    }

    /// `RangeLoop` for `range(*args)`: the loop state in three consecutive
    /// temporaries; returns the first.
    fn range_iter(&mut self, call: &'a Expr<'a>, args: &'a [Expr<'a>]) -> CResult<Reg> {
        let ExprKind::Call { func, .. } = &call.kind else {
            return Err(error("invalid syntax", call.span));
        };
        let state = self.temps(3)?;
        let inner = self.mark();
        let callee = self.temps(1 + args.len())?;
        self.expr_to(func, callee)?;
        for (i, arg) in args.iter().enumerate() {
            self.expr_to(arg, Reg(callee.0 + 1 + i as u8))?;
        }
        emit!(
            self,
            call.span,
            RangeLoop {
                dst: state,
                func: callee,
                argc: Count(args.len() as u8)
            }
        );
        self.release(inner);
        Ok(state)
    }

    /// `ForNext` with the next item of the loop state assigned to `target`
    /// (straight into a plain local's register when it is one).
    fn for_next_into(
        &mut self,
        target: &'a Expr<'a>,
        state: Reg,
        exit: crate::bytecode::assemble::Label,
        span: Span,
    ) -> CResult<()> {
        self.next_item_into(target, |c, dst| {
            emit!(
                c,
                span,
                ForNext {
                    dst: dst,
                    iter: state,
                    exit: exit.target()
                }
            );
        })
    }

    /// `ForIter` with the next item assigned to `target` (straight into a
    /// plain local's register when it is one).
    pub fn for_iter_into(
        &mut self,
        target: &'a Expr<'a>,
        iterator: Reg,
        exit: crate::bytecode::assemble::Label,
        span: Span,
    ) -> CResult<()> {
        self.next_item_into(target, |c, dst| {
            emit!(
                c,
                span,
                ForIter {
                    dst: dst,
                    iter: iterator,
                    exit: exit.target()
                }
            );
        })
    }

    /// Emit a loop's next-item instruction (`emit_next(dst)`) and assign
    /// the item to `target`: into a plain local's register directly, else
    /// through a temporary.
    fn next_item_into(
        &mut self,
        target: &'a Expr<'a>,
        emit_next: impl FnOnce(&mut Self, Reg),
    ) -> CResult<()> {
        if let ExprKind::Name(name) = target.kind {
            if let Some(reg) = self.fast_register(name) {
                emit_next(self, reg);
                return Ok(());
            }
        }
        let mark = self.mark();
        let item = self.temp()?;
        emit_next(self, item);
        self.assign(target, item)?;
        self.release(mark);
        Ok(())
    }

    pub(super) fn loop_body(
        &mut self,
        body: &'a [Stmt<'a>],
        brk: crate::bytecode::assemble::Label,
        cont: crate::bytecode::assemble::Label,
    ) -> CResult<()> {
        use super::function::{Unwind, UnwindKind};
        self.f().unwind.push(Unwind {
            kind: UnwindKind::Loop { brk, cont },
            range: None,
        });
        self.block(body)?;
        self.f().unwind.pop();
        Ok(())
    }

    fn assert_statement(
        &mut self,
        test: &'a Expr<'a>,
        msg: Option<&'a Expr<'a>>,
        _statement: Span,
    ) -> CResult<()> {
        // The AssertionError is reported at the test, as CPython does.
        let span = test.span;
        let end = self.new_label();
        self.jump_if(test, true, end)?;
        let mark = self.mark();
        let callee = self.temp()?;
        let name = self.name("AssertionError")?;
        emit!(
            self,
            span,
            LoadBuiltin {
                dst: callee,
                name: name
            }
        );
        if let Some(msg) = msg {
            let arg = self.temp()?;
            self.expr_to(msg, arg)?;
            emit!(
                self,
                span,
                Call {
                    dst: callee,
                    func: callee,
                    argc: Count(1)
                }
            );
        }
        emit!(self, span, Raise { src: callee });
        self.release(mark);
        self.bind_label(end);
        Ok(())
    }

    fn import(&mut self, aliases: &'a [Alias<'a>], span: Span) -> CResult<()> {
        for alias in aliases {
            let mark = self.mark();
            let module = self.temp()?;
            let name = self.name(alias.name)?;
            let none = self.constant(Constant::None)?;
            emit!(
                self,
                alias.span,
                ImportName {
                    dst: module,
                    name: name,
                    fromlist: none,
                    level: Count(0)
                }
            );
            match alias.asname {
                Some(asname) => {
                    // `import a.b.c as d` binds the submodule a.b.c.
                    for part in alias.name.split('.').skip(1) {
                        let part = self.name(part)?;
                        emit!(
                            self,
                            alias.span,
                            ImportFrom {
                                dst: module,
                                module: module,
                                name: part
                            }
                        );
                    }
                    self.store_name(asname, module, alias.span)?;
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or(alias.name);
                    self.store_name(top, module, alias.span)?;
                }
            }
            self.release(mark);
        }
        let _ = span;
        Ok(())
    }

    fn import_from(
        &mut self,
        module: Option<&'a str>,
        names: &'a [Alias<'a>],
        level: u32,
        span: Span,
    ) -> CResult<()> {
        if level > 255 {
            return Err(error("too many dots in relative import", span));
        }
        let mark = self.mark();
        let module_reg = self.temp()?;
        let name = self.name(module.unwrap_or(""))?;
        let fromlist = self.names_tuple(names.iter().map(|a| a.name))?;
        emit!(
            self,
            span,
            ImportName {
                dst: module_reg,
                name: name,
                fromlist: fromlist,
                level: Count(level as u8)
            }
        );
        if names.len() == 1 && names[0].name == "*" {
            emit!(self, span, ImportStar { module: module_reg });
        } else {
            let item = self.temp()?;
            for alias in names {
                let name = self.name(alias.name)?;
                emit!(
                    self,
                    alias.span,
                    ImportFrom {
                        dst: item,
                        module: module_reg,
                        name: name
                    }
                );
                self.store_name(alias.asname.unwrap_or(alias.name), item, alias.span)?;
            }
        }
        self.release(mark);
        Ok(())
    }

    fn return_statement(&mut self, value: Option<&'a Expr<'a>>, span: Span) -> CResult<()> {
        let mark = self.mark();
        let cleanups = self
            .fr()
            .unwind
            .iter()
            .any(|u| !matches!(u.kind, super::function::UnwindKind::Loop { .. }));
        let result = match value {
            // A finally body could change a local: return the value it had.
            Some(value) if cleanups => Some(self.expr_temp(value)?),
            Some(value) => Some(self.expr_reg(value)?),
            None => None,
        };
        self.exit_through(0, span, |c| {
            match result {
                Some(src) => emit!(c, span, Return { src: src }),
                None => emit!(c, span, ReturnNone {}),
            }
            Ok(())
        })?;
        self.release(mark);
        Ok(())
    }

    // ---- definitions ----

    fn function_def(&mut self, def: &'a FunctionDef<'a>) -> CResult<()> {
        let span = def.span;
        let mark = self.mark();
        // `@micropython.native` / `viper` / `bytecode` choose the emitter
        // at compile time and are not called.
        let mut emitter = super::viper::Emitter::Bytecode;
        let mut applied: Vec<&'a Expr<'a>> = Vec::new();
        for decorator in def.decorators {
            match super::viper::emitter_decorator(decorator) {
                Some(chosen) => emitter = chosen?,
                None => applied.push(decorator),
            }
        }
        let decorators = self.push_decorators(&applied)?;
        let function = self.temp()?;
        let scope = self.scopes.of_node(def);
        if emitter != super::viper::Emitter::Bytecode {
            self.pending_emitter = Some(super::viper::PendingEmitter {
                scope,
                emitter,
                returns: def.returns,
            });
        }
        self.make_function(
            scope,
            def.name,
            Some(&def.params),
            UnitBody::Function(def.body),
            function,
            span,
        )?;
        self.apply_decorators(decorators, applied.len(), function, span)?;
        self.store_name(def.name, function, span)?;
        self.release(mark);
        Ok(())
    }

    pub fn lambda(
        &mut self,
        node: &'a Expr<'a>,
        params: &'a Parameters<'a>,
        body: &'a Expr<'a>,
        dst: Reg,
    ) -> CResult<()> {
        let scope = self.scopes.of_node(node);
        self.make_function(
            scope,
            "<lambda>",
            Some(params),
            UnitBody::Lambda(body),
            dst,
            node.span,
        )
    }

    /// Evaluate decorators (outermost first) into consecutive temporaries.
    pub fn push_decorators(&mut self, decorators: &[&'a Expr<'a>]) -> CResult<Reg> {
        let first = Reg(self.mark() as u8);
        for &decorator in decorators {
            let reg = self.temp()?;
            self.expr_to(decorator, reg)?;
        }
        Ok(first)
    }

    /// Apply decorators innermost first to the value in `target`.
    pub fn apply_decorators(
        &mut self,
        first: Reg,
        count: usize,
        target: Reg,
        span: Span,
    ) -> CResult<()> {
        for i in (0..count).rev() {
            let mark = self.mark();
            let callee = self.temps(2)?;
            emit!(
                self,
                span,
                Move {
                    dst: callee,
                    src: Reg(first.0 + i as u8)
                }
            );
            emit!(
                self,
                span,
                Move {
                    dst: Reg(callee.0 + 1),
                    src: target
                }
            );
            emit!(
                self,
                span,
                Call {
                    dst: target,
                    func: callee,
                    argc: Count(1)
                }
            );
            self.release(mark);
        }
        Ok(())
    }

    /// Compile a new code unit for `scope` and emit the `MakeFunction`
    /// that creates it (defaults and closure in consecutive temporaries).
    pub fn make_function(
        &mut self,
        scope: ScopeId,
        name: &'a str,
        params: Option<&'a Parameters<'a>>,
        body: UnitBody<'a>,
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        let mark = self.mark();
        let base = Reg(self.mark() as u8);
        let mut flags = MakeFunctionFlags::empty();
        if let Some(params) = params {
            let positional: Vec<&'a Expr<'a>> = params
                .posonly
                .iter()
                .chain(params.args)
                .filter_map(|p| p.default)
                .collect();
            if !positional.is_empty() {
                let tuple = self.temp()?;
                let items = Reg(self.mark() as u8);
                for default in &positional {
                    let reg = self.temp()?;
                    self.expr_to(default, reg)?;
                }
                if positional.len() > 255 {
                    return Err(error("too many defaults", span));
                }
                emit!(
                    self,
                    span,
                    BuildTuple {
                        dst: tuple,
                        base: items,
                        count: Count(positional.len() as u8)
                    }
                );
                self.release(tuple.0 as u16 + 1);
                flags |= MakeFunctionFlags::DEFAULTS;
            }
            let keyword_count = params.kwonly.iter().filter(|p| p.default.is_some()).count();
            if keyword_count > 0 {
                let dict = self.temp()?;
                let items = Reg(self.mark() as u8);
                for param in params.kwonly.iter() {
                    if let Some(default) = param.default {
                        let key = self.temp()?;
                        self.load_str(param.name, key, param.span)?;
                        let value = self.temp()?;
                        self.expr_to(default, value)?;
                    }
                }
                emit!(
                    self,
                    span,
                    BuildDict {
                        dst: dict,
                        base: items,
                        count: Count(keyword_count as u8)
                    }
                );
                self.release(dict.0 as u16 + 1);
                flags |= MakeFunctionFlags::KW_DEFAULTS;
            }
        }
        let unit = self.compile_unit(scope, name, params, body, span)?;
        let freevars = self.scopes.scopes[scope].freevars.clone();
        if !freevars.is_empty() {
            let tuple = self.temp()?;
            let items = Reg(self.mark() as u8);
            for var in &freevars {
                let Some(cell) = self.fr().cell_reg(var) else {
                    return Err(error(
                        alloc::format!("internal error: no cell for '{var}'"),
                        span,
                    ));
                };
                let reg = self.temp()?;
                emit!(
                    self,
                    span,
                    Move {
                        dst: reg,
                        src: cell
                    }
                );
            }
            emit!(
                self,
                span,
                BuildTuple {
                    dst: tuple,
                    base: items,
                    count: Count(freevars.len() as u8)
                }
            );
            self.release(tuple.0 as u16 + 1);
            flags |= MakeFunctionFlags::CLOSURE;
        }
        let code = self.constant(Constant::Code(Box::new(unit)))?;
        let base = if flags.is_empty() { dst } else { base };
        emit!(
            self,
            span,
            MakeFunction {
                dst: dst,
                code: code,
                base: base,
                flags: Byte(flags.bits())
            }
        );
        self.release(mark);
        Ok(())
    }

    fn compile_unit(
        &mut self,
        scope: ScopeId,
        name: &'a str,
        params: Option<&'a Parameters<'a>>,
        body: UnitBody<'a>,
        span: Span,
    ) -> CResult<crate::bytecode::CodeUnit> {
        self.push_unit(scope, name, span.start.line)?;
        self.f().stmt_span = span;
        let (emitter, returns) = match self.pending_emitter {
            Some(pending) if pending.scope == scope => {
                self.pending_emitter = None;
                (pending.emitter, pending.returns)
            }
            _ => (super::viper::Emitter::Bytecode, None),
        };
        if let Some(params) = params {
            let info = &mut self.f().info;
            info.posonly_count = params.posonly.len() as u8;
            info.positional_count = (params.posonly.len() + params.args.len()) as u8;
            info.kwonly_count = params.kwonly.len() as u8;
            if params.vararg.is_some() {
                info.flags |= CodeFlags::VARARGS;
            }
            if params.kwarg.is_some() {
                info.flags |= CodeFlags::VARKEYWORDS;
            }
        }
        match body {
            UnitBody::Function(stmts) => {
                if let Some(StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(crate::syntax::ast::Constant::Str(doc)),
                    ..
                })) = stmts.first().map(|s| &s.kind)
                {
                    // Constant 0, read by the function's `__doc__`.
                    self.constant(Constant::Str(alloc::string::String::from(*doc)))?;
                    self.f().info.flags |= CodeFlags::DOCSTRING;
                }
                match emitter {
                    super::viper::Emitter::Bytecode => {}
                    super::viper::Emitter::Native => self.f().info.flags |= CodeFlags::NATIVE,
                    super::viper::Emitter::Viper => {
                        self.f().info.flags |= CodeFlags::NATIVE | CodeFlags::VIPER;
                        self.viper_prologue(scope, params, returns, span)?;
                    }
                }
                self.body(stmts)?;
                if !self.viper_implicit_return(span)? {
                    emit!(self, span, ReturnNone {});
                }
            }
            UnitBody::Lambda(value) => {
                let result = self.temp()?;
                self.expr_to(value, result)?;
                emit!(self, value.span, Return { src: result });
            }
            UnitBody::Class(class) => self.class_body(class)?,
            UnitBody::Comprehension(node) => {
                self.f().info.positional_count = 1;
                self.comprehension_body(node)?
            }
        }
        self.pop_unit()
    }
}
