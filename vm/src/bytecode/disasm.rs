//! The disassembler behind `pyrite --dis`: prints a code unit's
//! instructions with offsets, source lines, the names and constants their
//! operands refer to, the exception table, then every nested code unit.

use super::code::{CodeUnit, Constant};
use super::opcodes::Instr;
use crate::qstr::Interner;
use alloc::string::String;
use core::fmt::Write;

/// Append the disassembly of `unit` and the units nested in it to `out`.
pub fn disassemble(unit: &CodeUnit, interner: &Interner, out: &mut String) {
    let info = &unit.info;
    let _ = writeln!(
        out,
        "code {} ({}:{}) params={}+{}kw{}{} registers={} flags={:?}",
        info.qualname,
        interner.get(info.filename),
        info.first_line,
        info.positional_count,
        info.kwonly_count,
        if info.flags.contains(super::code::CodeFlags::VARARGS) {
            " *args"
        } else {
            ""
        },
        if info.flags.contains(super::code::CodeFlags::VARKEYWORDS) {
            " **kw"
        } else {
            ""
        },
        info.register_count,
        info.flags,
    );
    if !info.local_names.is_empty() {
        let _ = write!(out, "  locals:");
        for (reg, name) in &info.local_names {
            let _ = write!(out, " r{}={}", reg, interner.get(*name));
        }
        let _ = writeln!(out);
    }
    let code = &info.bytecode;
    let mut pc = 0;
    let mut last_line = 0;
    while pc < code.len() {
        let Some(instr) = Instr::decode(code, pc) else {
            let _ = writeln!(out, "  {pc:5}  <bad byte {:#04x}>", code[pc]);
            break;
        };
        let line = info.line_table.lookup(pc as u32).map_or(0, |l| l.line);
        if line != last_line {
            let _ = write!(out, "{line:5} ");
            last_line = line;
        } else {
            let _ = write!(out, "      ");
        }
        let _ = write!(out, "{pc:5}  {instr}");
        annotate(&instr, unit, interner, out);
        let _ = writeln!(out);
        pc += instr.size();
    }
    for entry in &info.exception_table {
        let _ = writeln!(
            out,
            "  handler: {}..{} -> {} (exception in r{})",
            entry.start, entry.end, entry.handler, entry.exc_reg
        );
    }
    for constant in &unit.consts {
        if let Constant::Code(nested) = constant {
            let _ = writeln!(out);
            disassemble(nested, interner, out);
        }
    }
}

/// A comment naming what the operands refer to.
fn annotate(instr: &Instr, unit: &CodeUnit, interner: &Interner, out: &mut String) {
    use Instr::*;
    let name = match instr {
        LoadStr(i) => Some(i.name),
        LoadGlobal(i) => Some(i.name),
        StoreGlobal(i) => Some(i.name),
        DeleteGlobal(i) => Some(i.name),
        LoadName(i) => Some(i.name),
        StoreName(i) => Some(i.name),
        DeleteName(i) => Some(i.name),
        LoadBuiltin(i) => Some(i.name),
        CheckBound(i) => Some(i.name),
        DeleteFast(i) => Some(i.name),
        LoadDeref(i) => Some(i.name),
        DeleteDeref(i) => Some(i.name),
        LoadAttr(i) => Some(i.name),
        StoreAttr(i) => Some(i.name),
        DeleteAttr(i) => Some(i.name),
        LoadMethod(i) => Some(i.name),
        ImportName(i) => Some(i.name),
        ImportFrom(i) => Some(i.name),
        _ => None,
    };
    if let Some(name) = name {
        let _ = write!(
            out,
            "  ; {}",
            interner.get(crate::qstr::QStr(name.0 as u32))
        );
    }
    let constant = match instr {
        LoadConst(i) => Some(i.index),
        BinaryConst(i) => Some(i.index),
        CallKw(i) => Some(i.names),
        CallMethodKw(i) => Some(i.names),
        MakeFunction(i) => Some(i.code),
        _ => None,
    };
    if let Some(index) = constant {
        if let Some(c) = unit.consts.get(index.index()) {
            let _ = write!(out, "  ; ");
            write_constant(c, interner, out);
        }
    }
}

fn write_constant(constant: &Constant, interner: &Interner, out: &mut String) {
    match constant {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Constant::BigInt {
            negative,
            digits,
            radix,
        } => {
            let _ = write!(
                out,
                "{}{} (base {})",
                if *negative { "-" } else { "" },
                digits,
                radix
            );
        }
        Constant::Float(x) => {
            let _ = write!(out, "{x:?}");
        }
        Constant::Complex { real, imag } => {
            let _ = write!(out, "({real:?}+{imag:?}j)");
        }
        Constant::Str(s) => {
            let _ = write!(out, "{s:?}");
        }
        Constant::SurrogateStr(b) => {
            let _ = write!(out, "{:?}", String::from_utf8_lossy(b));
        }
        Constant::QStr(q) => {
            let _ = write!(out, "{:?}", interner.get(*q));
        }
        Constant::Bytes(b) => {
            let _ = write!(out, "b{:?}", String::from_utf8_lossy(b));
        }
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant(item, interner, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::Code(unit) => {
            let _ = write!(out, "<code {}>", unit.info.qualname);
        }
    }
}
