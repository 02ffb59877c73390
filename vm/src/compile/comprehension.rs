//! List, set and dict comprehensions and generator expressions.
//!
//! Each is a nested function, as in CPython 3.11: the outermost iterable
//! is evaluated (and `iter()` taken) in the enclosing scope and passed as
//! the single parameter `.0`; the loops, conditions and element run inside
//! the function, so iteration variables stay local to it and closures that
//! capture them get cells of their own. A generator expression's function
//! is a generator that yields each element; the others build the result
//! in a register and return it.

use super::function::emit;
use super::stmt::UnitBody;
use super::{error, CResult, Compiler};
use crate::bytecode::{Count, Reg};
use crate::syntax::ast::{Comprehension, Expr, ExprKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Set,
    Dict,
    Generator,
}

struct Parts<'a> {
    kind: Kind,
    name: &'static str,
    elt: &'a Expr<'a>,
    value: Option<&'a Expr<'a>>,
    generators: &'a [Comprehension<'a>],
}

fn parts<'a>(e: &'a Expr<'a>) -> Parts<'a> {
    let (kind, name, elt, value, generators) = match &e.kind {
        ExprKind::ListComp { elt, generators } => {
            (Kind::List, "<listcomp>", *elt, None, *generators)
        }
        ExprKind::SetComp { elt, generators } => (Kind::Set, "<setcomp>", *elt, None, *generators),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => (Kind::Dict, "<dictcomp>", *key, Some(*value), *generators),
        ExprKind::GeneratorExp { elt, generators } => {
            (Kind::Generator, "<genexpr>", *elt, None, *generators)
        }
        _ => unreachable!("not a comprehension"),
    };
    Parts {
        kind,
        name,
        elt,
        value,
        generators,
    }
}

impl<'a> Compiler<'a, '_> {
    /// Create the comprehension's function and call it with the iterator
    /// of the outermost iterable.
    pub fn comprehension(&mut self, e: &'a Expr<'a>, dst: Reg) -> CResult<()> {
        let p = parts(e);
        if p.generators.iter().any(|g| g.is_async) {
            return Err(error(
                "asynchronous comprehensions are not supported yet",
                e.span,
            ));
        }
        let Some(first) = p.generators.first() else {
            return Err(error("comprehension without a for clause", e.span));
        };
        let mark = self.mark();
        let function = self.temp()?;
        let scope = self.scopes.of_node(e);
        self.make_function(
            scope,
            p.name,
            None,
            UnitBody::Comprehension(e),
            function,
            e.span,
        )?;
        let iterator = self.temp()?;
        self.expr_to(first.iter, iterator)?;
        emit!(
            self,
            first.iter.span,
            GetIter {
                dst: iterator,
                src: iterator
            }
        );
        emit!(
            self,
            e.span,
            Call {
                dst: dst,
                func: function,
                argc: Count(1)
            }
        );
        self.release(mark);
        Ok(())
    }

    /// The code of the comprehension's own function.
    pub fn comprehension_body(&mut self, e: &'a Expr<'a>) -> CResult<()> {
        let p = parts(e);
        let span = e.span;
        let result = self.temp()?;
        let empty = Count(0);
        match p.kind {
            Kind::List => emit!(
                self,
                span,
                BuildList {
                    dst: result,
                    base: result,
                    count: empty
                }
            ),
            Kind::Set => emit!(
                self,
                span,
                BuildSet {
                    dst: result,
                    base: result,
                    count: empty
                }
            ),
            Kind::Dict => emit!(
                self,
                span,
                BuildDict {
                    dst: result,
                    base: result,
                    count: empty
                }
            ),
            Kind::Generator => {}
        }
        self.comprehension_loop(&p, 0, result)?;
        match p.kind {
            Kind::Generator => emit!(self, span, ReturnNone {}),
            _ => emit!(self, span, Return { src: result }),
        }
        Ok(())
    }

    fn comprehension_loop(&mut self, p: &Parts<'a>, index: usize, result: Reg) -> CResult<()> {
        let generator = &p.generators[index];
        let mark = self.mark();
        let iterator = if index == 0 {
            // The parameter `.0`.
            Reg(0)
        } else {
            let reg = self.expr_temp(generator.iter)?;
            emit!(self, generator.iter.span, GetIter { dst: reg, src: reg });
            reg
        };
        let top = self.new_label();
        let exit = self.new_label();
        self.bind_label(top);
        self.for_iter_into(generator.target, iterator, exit, generator.iter.span)?;
        for condition in generator.ifs {
            self.jump_if(condition, false, top)?;
        }
        if index + 1 < p.generators.len() {
            self.comprehension_loop(p, index + 1, result)?;
        } else {
            let inner = self.mark();
            let span = p.elt.span;
            match p.kind {
                Kind::List => {
                    let value = self.expr_reg(p.elt)?;
                    emit!(
                        self,
                        span,
                        ListAppend {
                            list: result,
                            src: value
                        }
                    );
                }
                Kind::Set => {
                    let value = self.expr_reg(p.elt)?;
                    emit!(
                        self,
                        span,
                        SetAdd {
                            set: result,
                            src: value
                        }
                    );
                }
                Kind::Dict => {
                    let key = self.expr_reg(p.elt)?;
                    let value_expr = p.value.expect("a dict comprehension has a value");
                    let value = self.expr_reg(value_expr)?;
                    emit!(
                        self,
                        span,
                        DictStore {
                            dict: result,
                            key: key,
                            src: value
                        }
                    );
                }
                Kind::Generator => {
                    let value = self.expr_reg(p.elt)?;
                    let sent = self.temp()?;
                    emit!(
                        self,
                        span,
                        Yield {
                            dst: sent,
                            src: value
                        }
                    );
                }
            }
            self.release(inner);
        }
        self.jump(generator.iter.span, top);
        self.bind_label(exit);
        self.release(mark);
        Ok(())
    }
}
