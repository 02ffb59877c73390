//! TEMPORARY stand-in (replaced by the compiler branch).
use crate::bytecode::CodeUnit;
use crate::qstr::Interner;
use crate::syntax::SyntaxError;
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Module,
    Interactive,
    Eval,
}
pub fn compile_source(
    _s: &str,
    _f: &str,
    _m: CompileMode,
    _i: &mut Interner,
) -> Result<CodeUnit, SyntaxError> {
    Err(SyntaxError {
        kind: crate::syntax::SyntaxErrorKind::SyntaxError,
        message: "compiler not merged".into(),
        pos: Default::default(),
        end: None,
        incomplete: false,
    })
}
