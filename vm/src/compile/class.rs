//! Class definitions.
//!
//! `class C(B, metaclass=M): body` calls the builtin `__build_class__`
//! with the body function, the name, the bases and the keywords. The body
//! is a code unit run with the new namespace as its locals dict (its names
//! use LoadName/StoreName); it records `__module__` and `__qualname__`
//! first, and when a method uses `super()` or `__class__` it creates the
//! `__class__` cell (closed over by those methods) and hands it to
//! `__build_class__` as `__classcell__`, which fills it with the class.

use super::function::emit;
use super::stmt::UnitBody;
use super::{CResult, Compiler};
use crate::syntax::ast::{ClassDef, Constant, ExprKind, StmtKind};

impl<'a> Compiler<'a, '_> {
    pub fn class_def(&mut self, class: &'a ClassDef<'a>) -> CResult<()> {
        let span = class.span;
        let mark = self.mark();
        let listed: alloc::vec::Vec<_> = class.decorators.iter().collect();
        let decorators = self.push_decorators(&listed)?;
        let builder = self.temp()?;
        let name = self.name("__build_class__")?;
        emit!(
            self,
            span,
            LoadBuiltin {
                dst: builder,
                name: name
            }
        );
        let body = self.temp()?;
        let scope = self.scopes.of_node(class);
        self.make_function(scope, class.name, None, UnitBody::Class(class), body, span)?;
        let name = self.temp()?;
        self.load_str(class.name, name, span)?;
        self.finish_call(builder, 2, class.bases, class.keywords, builder, span)?;
        self.apply_decorators(decorators, class.decorators.len(), builder, span)?;
        self.store_name(class.name, builder, span)?;
        self.release(mark);
        Ok(())
    }

    /// The body of the class body's code unit.
    pub fn class_body(&mut self, class: &'a ClassDef<'a>) -> CResult<()> {
        let span = class.span;
        let value = self.temp()?;
        let dunder_name = self.name("__name__")?;
        emit!(
            self,
            span,
            LoadName {
                dst: value,
                name: dunder_name
            }
        );
        let dunder_module = self.name("__module__")?;
        emit!(
            self,
            span,
            StoreName {
                src: value,
                name: dunder_module
            }
        );
        let qualname = self.fr().info.qualname.clone();
        self.load_str(&qualname, value, span)?;
        let dunder_qualname = self.name("__qualname__")?;
        emit!(
            self,
            span,
            StoreName {
                src: value,
                name: dunder_qualname
            }
        );
        if let Some(first) = class.body.first() {
            if let StmtKind::Expr(e) = &first.kind {
                if let ExprKind::Constant(Constant::Str(doc)) = e.kind {
                    self.load_str(doc, value, e.span)?;
                    let dunder_doc = self.name("__doc__")?;
                    emit!(
                        self,
                        e.span,
                        StoreName {
                            src: value,
                            name: dunder_doc
                        }
                    );
                }
            }
        }
        self.release(value.0 as u16);
        self.body(class.body)?;
        if let Some(cell) = self.fr().class_cell {
            let name = self.name("__classcell__")?;
            emit!(
                self,
                span,
                StoreName {
                    src: cell,
                    name: name
                }
            );
        }
        emit!(self, span, ReturnNone {});
        Ok(())
    }
}
