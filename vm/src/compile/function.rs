//! The state of one code unit being compiled (a module, class body,
//! function, lambda or comprehension): its assembler, constants, register
//! allocator, where each of its names lives, and the stack of constructs
//! that a `return`, `break` or `continue` must unwind (loops, `finally`
//! bodies, active exception handlers, `with` blocks, protected ranges).
//!
//! Also the `Compiler` methods every other file uses to emit instructions,
//! allocate registers and add constants and names.

use super::definite::RegSet;
use super::registers::Registers;
use super::scope::{Binding, Scope, ScopeId, ScopeKind};
use super::{error, CResult, Compiler};
use crate::bytecode::assemble::{Assembler, Label};
use crate::bytecode::{CodeFlags, CodeInfo, CodeUnit, Const, Constant, Instr, Location, Name, Reg};
use crate::qstr::QStr;
use crate::syntax::ast::{Span, Stmt};
use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;

/// Emit one instruction: `emit!(self, span, Move { dst: a, src: b })`.
/// Operands are evaluated before the instruction is handed over, so they
/// may use `self`.
macro_rules! emit {
    ($c:expr, $span:expr, $op:ident { $($field:ident : $value:expr),* $(,)? }) => {{
        let instr = $crate::bytecode::Instr::$op($crate::bytecode::instr::$op { $($field: $value),* });
        $c.emit_instr($span, instr)
    }};
}
pub(crate) use emit;

/// How the code of this unit reaches a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A plain local in this register.
    Fast(Reg),
    /// A cell (own or free) in this register.
    Deref(Reg),
    /// LoadGlobal/StoreGlobal.
    Global,
    /// LoadName/StoreName (module and class bodies).
    Name,
}

/// An exception-table range being emitted: its start, where it goes and
/// which register receives the exception.
#[derive(Clone, Copy)]
pub struct OpenRange {
    pub start: Label,
    pub handler: Label,
    pub exc: Reg,
}

/// What leaving a construct early (return, break, continue) must do.
#[derive(Clone, Copy)]
pub enum UnwindKind<'a> {
    /// A loop: `break` and `continue` stop here.
    Loop { brk: Label, cont: Label },
    /// The body of a `try` with a `finally`: run a copy of it.
    Finally(&'a [Stmt<'a>]),
    /// The body of a `try` with handlers only: nothing to run.
    TryBody,
    /// Inside an exception handler: restore the handled exception (and
    /// unbind `except ... as name`).
    Handler { saved: Reg, name: Option<&'a str> },
    /// The body of a `with`: call `__exit__(None, None, None)` (the
    /// bound `__exit__` pair is in `exit`, `exit + 1`), awaited for
    /// `async with`.
    With { exit: Reg, is_async: bool },
}

#[derive(Clone, Copy)]
pub struct Unwind<'a> {
    pub kind: UnwindKind<'a>,
    /// The exception-table range the construct protects, if any; it is
    /// suspended while the exit path runs.
    pub range: Option<OpenRange>,
}

pub struct FunctionState<'a> {
    pub asm: Assembler,
    pub consts: Vec<Constant>,
    pub regs: Registers,
    pub kind: ScopeKind,
    pub access: BTreeMap<&'a str, Access>,
    /// Registers holding cells, by name (own cells and free variables):
    /// where the closures of inner functions are built from.
    pub cells: Vec<(&'a str, Reg)>,
    pub unwind: Vec<Unwind<'a>>,
    /// Registers bound when the code starts (parameters, free-variable
    /// cells): where `definite.rs` starts from.
    pub bound_at_entry: RegSet,
    /// The statement being compiled, for errors without a better position.
    pub stmt_span: Span,
    /// Operands may not be read in place from locals (a walrus could change
    /// them before the operation).
    pub has_walrus: bool,
    /// The first parameter and the `__class__` cell, for `super()`.
    pub first_param: Option<&'a str>,
    pub class_cell: Option<Reg>,
    pub info: CodeInfo,
    /// Set in a `@micropython.viper` unit: the types of its locals.
    pub viper: Option<super::viper::ViperState<'a>>,
}

impl<'a> FunctionState<'a> {
    /// Lay out the registers of `scope` and set up its `CodeInfo`.
    pub fn new(
        scope: &Scope<'a>,
        info: CodeInfo,
        interner: &mut crate::qstr::Interner,
    ) -> CResult<FunctionState<'a>> {
        let mut state = FunctionState {
            asm: Assembler::new(),
            consts: Vec::new(),
            regs: Registers::new(0),
            kind: scope.kind,
            access: BTreeMap::new(),
            cells: Vec::new(),
            unwind: Vec::new(),
            bound_at_entry: RegSet::EMPTY,
            stmt_span: Span::default(),
            has_walrus: scope.has_walrus,
            first_param: scope.params.first().copied(),
            class_cell: None,
            info,
            viper: None,
        };
        let mut next: usize = 0;
        let too_many = || error("too many local variables", Span::default());
        let take = |next: &mut usize| -> CResult<Reg> {
            if *next >= super::registers::MAX_REGISTERS as usize {
                return Err(too_many());
            }
            *next += 1;
            Ok(Reg((*next - 1) as u8))
        };
        if scope.kind.is_function_like() {
            for &param in &scope.params {
                let reg = take(&mut next)?;
                state.info.param_names.push(interner.intern(param));
                state.bound_at_entry.insert(reg);
                state.place_local(scope, param, reg, interner);
            }
            for &name in &scope.order {
                if scope.params.contains(&name) {
                    continue;
                }
                if matches!(scope.binding(name), Some(Binding::Local | Binding::Cell)) {
                    let reg = take(&mut next)?;
                    state.place_local(scope, name, reg, interner);
                }
            }
        } else if scope.kind == ScopeKind::Class && scope.needs_class_cell {
            let reg = take(&mut next)?;
            state.cells.push(("__class__", reg));
            state.class_cell = Some(reg);
        }
        state.info.freevar_start = next as u8;
        for &name in &scope.freevars {
            let reg = take(&mut next)?;
            state.bound_at_entry.insert(reg);
            state.cells.push((name, reg));
            // A class body's own uses of the name may still go through its
            // namespace (it binds the name itself).
            if scope.binding(name) == Some(Binding::Free) {
                state.access.insert(name, Access::Deref(reg));
            }
        }
        state.info.freevar_count = scope.freevars.len() as u8;
        for &name in &scope.order {
            let access = match scope.binding(name) {
                Some(Binding::GlobalExplicit) => Access::Global,
                // Module and class bodies look implicit globals up through
                // their namespace first (LoadName), as CPython does.
                Some(Binding::GlobalImplicit | Binding::Name) => {
                    if scope.kind.is_function_like() {
                        Access::Global
                    } else {
                        Access::Name
                    }
                }
                _ => continue,
            };
            state.access.insert(name, access);
        }
        state.regs = Registers::new(next as u16);
        Ok(state)
    }

    fn place_local(
        &mut self,
        scope: &Scope<'a>,
        name: &'a str,
        reg: Reg,
        interner: &mut crate::qstr::Interner,
    ) {
        let is_cell = scope.binding(name) == Some(Binding::Cell);
        if is_cell {
            self.cells.push((name, reg));
            self.access.insert(name, Access::Deref(reg));
        } else {
            self.access.insert(name, Access::Fast(reg));
        }
        if !name.starts_with('.') {
            self.info.local_names.push((reg.0, interner.intern(name)));
        }
    }

    /// How this unit reaches `name`.
    pub fn access(&self, name: &str) -> Access {
        match self.access.get(name) {
            Some(&access) => access,
            None if self.kind.is_function_like() => Access::Global,
            None => Access::Name,
        }
    }

    /// The register holding the cell for `name` (for closures).
    pub fn cell_reg(&self, name: &str) -> Option<Reg> {
        self.cells.iter().find(|(n, _)| *n == name).map(|&(_, r)| r)
    }

    /// Assemble into a `CodeUnit`.
    pub fn finish(mut self) -> CResult<CodeUnit> {
        self.info.register_count = self.regs.count();
        super::definite::drop_needless_checks(&mut self.asm, self.bound_at_entry);
        let assembled = self
            .asm
            .finish()
            .map_err(|_| error("function too large to compile", self.stmt_span))?;
        self.info.bytecode = assembled.bytecode;
        self.info.exception_table = assembled.exception_table;
        self.info.line_table = assembled.line_table;
        Ok(CodeUnit {
            info: self.info,
            consts: self.consts,
        })
    }
}

/// The location of an instruction evaluating the node at `span`. An
/// expression spanning several lines gets `end_col = u16::MAX`: the caret
/// then runs to the end of its first line.
pub fn location(span: Span) -> Location {
    let col = span.start.col.min(u16::MAX as u32 - 1) as u16;
    let end_col = if span.end.line == span.start.line {
        span.end.col.min(u16::MAX as u32) as u16
    } else {
        u16::MAX
    };
    Location {
        line: span.start.line,
        col,
        end_col,
    }
}

impl<'a> Compiler<'a, '_> {
    pub fn f(&mut self) -> &mut FunctionState<'a> {
        self.units
            .last_mut()
            .expect("a code unit is being compiled")
    }

    pub fn fr(&self) -> &FunctionState<'a> {
        self.units.last().expect("a code unit is being compiled")
    }

    pub fn emit_instr(&mut self, span: Span, instr: Instr) {
        self.f().asm.emit(instr, location(span));
    }

    pub fn new_label(&mut self) -> Label {
        self.f().asm.new_label()
    }

    pub fn bind_label(&mut self, label: Label) {
        self.f().asm.bind(label);
    }

    pub fn jump(&mut self, span: Span, label: Label) {
        emit!(
            self,
            span,
            Jump {
                target: label.target()
            }
        );
    }

    /// A fresh temporary register at the top.
    pub fn temp(&mut self) -> CResult<Reg> {
        let span = self.fr().stmt_span;
        self.f()
            .regs
            .alloc()
            .map_err(|_| error("too many registers needed", span))
    }

    /// `count` consecutive fresh temporaries.
    pub fn temps(&mut self, count: usize) -> CResult<Reg> {
        let span = self.fr().stmt_span;
        if count > 255 {
            return Err(error("too many registers needed", span));
        }
        self.f()
            .regs
            .alloc_many(count as u16)
            .map_err(|_| error("too many registers needed", span))
    }

    pub fn mark(&self) -> u16 {
        self.fr().regs.mark()
    }

    pub fn release(&mut self, mark: u16) {
        self.f().regs.release(mark);
    }

    pub fn is_temp(&self, reg: Reg) -> bool {
        self.fr().regs.is_temp(reg)
    }

    /// The interned id of `text` as a `Name` operand.
    pub fn name(&mut self, text: &str) -> CResult<Name> {
        let id = self.interner.intern(text);
        self.qstr_operand(id)
    }

    pub fn qstr_operand(&mut self, id: QStr) -> CResult<Name> {
        if id.0 > u16::MAX as u32 {
            let span = self.fr().stmt_span;
            return Err(error("too many names", span));
        }
        Ok(Name(id.0 as u16))
    }

    /// Add a constant (reusing an equal one) and return its index.
    pub fn constant(&mut self, constant: Constant) -> CResult<Const> {
        let consts = &mut self.f().consts;
        let index = match consts.iter().position(|c| same_constant(c, &constant)) {
            Some(index) => index,
            None => {
                consts.push(constant);
                consts.len() - 1
            }
        };
        if index > u16::MAX as usize {
            let span = self.fr().stmt_span;
            return Err(error("too many constants", span));
        }
        Ok(Const(index as u16))
    }

    /// A tuple of interned names as a constant (keyword names, fromlists).
    pub fn names_tuple<I: IntoIterator<Item = &'a str>>(&mut self, names: I) -> CResult<Const> {
        let items: Vec<Constant> = names
            .into_iter()
            .map(|n| Constant::QStr(self.interner.intern(n)))
            .collect();
        self.constant(Constant::Tuple(items))
    }

    /// The qualified name of a scope called `name` defined in the current
    /// unit.
    pub fn qualname_for(&self, name: &str) -> String {
        let current = self.fr();
        let mut qualname = String::new();
        // As CPython: only functions and lambdas add `<locals>`.
        match current.kind {
            ScopeKind::Module => {}
            ScopeKind::Class | ScopeKind::Comprehension => {
                qualname.push_str(&current.info.qualname);
                qualname.push('.');
            }
            _ => {
                qualname.push_str(&current.info.qualname);
                qualname.push_str(".<locals>.");
            }
        }
        qualname.push_str(name);
        qualname
    }

    /// Start compiling the code unit of scope `scope_id`.
    pub fn push_unit(&mut self, scope_id: ScopeId, name: &str, first_line: u32) -> CResult<()> {
        let scope = &self.scopes.scopes[scope_id];
        let mut flags = CodeFlags::empty();
        match scope.kind {
            ScopeKind::Class => flags |= CodeFlags::CLASS_BODY,
            ScopeKind::Module => flags |= CodeFlags::MODULE,
            _ => {}
        }
        if scope.is_generator {
            flags |= CodeFlags::GENERATOR;
        }
        if scope.is_coroutine {
            flags |= if scope.is_generator {
                CodeFlags::ASYNC_GENERATOR
            } else {
                CodeFlags::COROUTINE
            };
            flags.remove(CodeFlags::GENERATOR);
        }
        let qualname = if scope.kind == ScopeKind::Module {
            String::from(name)
        } else {
            if !self.units.is_empty() && self.fr().kind.is_function_like() {
                flags |= CodeFlags::NESTED;
            }
            self.qualname_for(name)
        };
        let info = CodeInfo {
            name: self.interner.intern(name),
            qualname,
            filename: self.filename,
            first_line,
            flags,
            ..CodeInfo::default()
        };
        let state = FunctionState::new(scope, info, self.interner).map_err(|mut e| {
            e.pos = crate::syntax::ast::Pos {
                line: first_line,
                col: 0,
            };
            e.end = None;
            e
        })?;
        self.units.push(state);
        // Captured locals become cells once the parameters are bound.
        let cells: Vec<Reg> = {
            let state = self.fr();
            let freevar_start = state.info.freevar_start;
            state
                .cells
                .iter()
                .map(|&(_, r)| r)
                .filter(|r| r.0 < freevar_start)
                .collect()
        };
        let entry = Span {
            start: crate::syntax::ast::Pos {
                line: first_line,
                col: 0,
            },
            end: crate::syntax::ast::Pos::default(),
        };
        let generator = CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR;
        if self.fr().info.flags.intersects(generator) {
            // An exception thrown into a generator that has not started is
            // raised here, outside every `try` of its body.
            emit!(self, entry, Nop {});
        }
        for reg in cells {
            emit!(self, entry, MakeCell { reg: reg });
        }
        Ok(())
    }

    pub fn pop_unit(&mut self) -> CResult<CodeUnit> {
        let state = self.units.pop().expect("a code unit is being compiled");
        state.finish()
    }
}

/// Whether two constants can share one slot: equal, with floats compared
/// by their bits (inside tuples and complex numbers too), so 0.0 and
/// -0.0 stay apart and `(1.0, -0.0)` is not `(1.0, 0.0)`.
fn same_constant(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { real: ar, imag: ai }, Constant::Complex { real: br, imag: bi }) => {
            ar.to_bits() == br.to_bits() && ai.to_bits() == bi.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same_constant(a, b))
        }
        (Constant::Code(_), _) => false,
        _ => a == b,
    }
}
