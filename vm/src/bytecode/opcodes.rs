//! The opcode table: every instruction of Pyrite's register bytecode on one
//! line, with its operands and its semantics. This one table generates the
//! `Opcode` byte enum, a struct per instruction with named fields (read by
//! the interpreter's dispatch loop), the typed `Instr` enum the compiler
//! builds, the encoder and the disassembler.
//!
//! Encoding: one opcode byte, then the operands in the order listed, each of
//! the size its kind gives (`operand.rs`): registers, counts and bytes take
//! one byte; constants, names, targets and immediates two (little-endian).
//!
//! Notation: `R[r]` is register `r` of the current frame, `K[k]` constant
//! `k` of the code object, `Q[q]` interned string `q`. "Unbound" is the
//! marker value an unassigned local holds.

use super::operand::{Byte, Const, Count, Imm, Limits, Name, Operand, Reg, Target};
use alloc::vec::Vec;
use core::fmt;

/// Whether an operand of kind `$kind` is in range: a `Regs` run start may
/// be one past the last register; every other kind decides for itself.
macro_rules! operand_within {
    (Regs, $value:expr, $limits:expr) => {
        $value.index() <= $limits.registers
    };
    ($kind:ident, $value:expr, $limits:expr) => {
        $value.within($limits)
    };
}

macro_rules! opcodes {
    ($( $name:ident { $($field:ident : $kind:ident),* } $doc:literal ;)*) => {
        /// The first byte of every instruction.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Opcode { $($name),* }

        const ALL_OPCODES: &[Opcode] = &[$(Opcode::$name),*];

        impl Opcode {
            pub const COUNT: usize = ALL_OPCODES.len();

            #[inline(always)]
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                ALL_OPCODES.get(byte as usize).copied()
            }

            /// The opcode of a byte known to be one.
            ///
            /// # Safety
            /// `byte < Opcode::COUNT`: true of every opcode byte of verified
            /// code (`verify.rs`).
            #[inline(always)]
            pub unsafe fn from_byte_unchecked(byte: u8) -> Opcode {
                debug_assert!((byte as usize) < Opcode::COUNT);
                // SAFETY: `Opcode` is `repr(u8)` with the variants numbered
                // 0..COUNT in order, and the caller guarantees the range.
                unsafe { core::mem::transmute::<u8, Opcode>(byte) }
            }

            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name)),* }
            }

            /// What the instruction does, as written in the table.
            pub fn semantics(self) -> &'static str {
                match self { $(Opcode::$name => $doc),* }
            }

            /// Encoded size in bytes, opcode included.
            pub fn size(self) -> usize {
                match self { $(Opcode::$name => instr::$name::SIZE),* }
            }
        }

        /// One struct per instruction, with the operands as named fields.
        pub mod instr {
            #[allow(unused_imports)]
            use super::super::operand::{Byte, Const, Count, Imm, Name, Operand, Reg, Regs, Target};

            $(
                #[doc = $doc]
                #[derive(Clone, Copy, Debug, PartialEq, Eq)]
                pub struct $name { $(pub $field: $kind),* }

                impl $name {
                    pub const SIZE: usize = 1 $(+ <$kind as Operand>::SIZE)*;

                    /// Decode the operands of the instruction whose opcode
                    /// byte is at `pc`.
                    #[inline(always)]
                    #[allow(unused_variables, unused_mut, unused_assignments)]
                    pub fn read(code: &[u8], pc: usize) -> Self {
                        let mut at = pc + 1;
                        $(
                            let $field = <$kind as Operand>::read(code, at);
                            at += <$kind as Operand>::SIZE;
                        )*
                        $name { $($field),* }
                    }

                    /// `read` without bounds checks, for the dispatch loop.
                    ///
                    /// # Safety
                    /// `pc + SIZE <= code.len()`: true of every instruction
                    /// of verified code (`verify.rs`).
                    #[inline(always)]
                    #[allow(unused_variables, unused_mut, unused_assignments)]
                    pub unsafe fn read_unchecked(code: &[u8], pc: usize) -> Self {
                        let mut at = pc + 1;
                        $(
                            // SAFETY: each operand lies inside the
                            // instruction, which the caller guarantees is
                            // complete.
                            let $field = unsafe { <$kind as Operand>::read_unchecked(code, at) };
                            at += <$kind as Operand>::SIZE;
                        )*
                        $name { $($field),* }
                    }
                }
            )*
        }

        /// A decoded instruction.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr { $($name(instr::$name)),* }

        impl Instr {
            pub fn opcode(&self) -> Opcode {
                match self { $(Instr::$name(_) => Opcode::$name),* }
            }

            pub fn size(&self) -> usize {
                self.opcode().size()
            }

            #[allow(unused_variables)]
            pub fn encode(&self, out: &mut Vec<u8>) {
                match self {
                    $(Instr::$name(i) => {
                        out.push(Opcode::$name as u8);
                        $( i.$field.write(out); )*
                    })*
                }
            }

            /// Decode the instruction at `pc`; None if the bytes there do not
            /// hold a complete instruction.
            pub fn decode(code: &[u8], pc: usize) -> Option<Instr> {
                let op = Opcode::from_byte(*code.get(pc)?)?;
                if pc + op.size() > code.len() {
                    return None;
                }
                Some(match op { $(Opcode::$name => Instr::$name(instr::$name::read(code, pc))),* })
            }

            /// Whether every operand is in range (`verify.rs`).
            #[allow(unused_variables)]
            pub fn operands_within(&self, limits: &Limits) -> bool {
                match self {
                    $(Instr::$name(i) => true $( && operand_within!($kind, i.$field, limits) )*),*
                }
            }

            /// Call `visit` on every jump target operand (the assembler
            /// resolves labels through this).
            #[allow(unused_variables)]
            pub fn for_each_target(&mut self, mut visit: impl FnMut(&mut Target)) {
                match self {
                    $(Instr::$name(i) => { $( VisitTarget::visit(&mut i.$field, &mut visit); )* })*
                }
            }
        }

        impl fmt::Display for Instr {
            #[allow(unused_variables, unused_mut, unused_assignments)]
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(Instr::$name(i) => {
                        write!(f, "{:<16}", stringify!($name))?;
                        let mut first = true;
                        $(
                            if !first { f.write_str(", ")?; }
                            first = false;
                            write!(f, "{}", i.$field)?;
                        )*
                        Ok(())
                    })*
                }
            }
        }
    };
}

/// Lets the generated `for_each_target` reach the `Target` operands only.
trait VisitTarget {
    fn visit(&mut self, _visit: &mut impl FnMut(&mut Target)) {}
}
impl VisitTarget for Target {
    fn visit(&mut self, visit: &mut impl FnMut(&mut Target)) {
        visit(self)
    }
}
impl VisitTarget for Reg {}
impl VisitTarget for Count {}
impl VisitTarget for Byte {}
impl VisitTarget for Const {}
impl VisitTarget for Name {}
impl VisitTarget for Imm {}

opcodes! {
    // ---- loads, stores, moves ----
    Nop            {}                                        "do nothing";
    Move           { dst: Reg, src: Reg }                    "R[dst] = R[src]";
    LoadConst      { dst: Reg, index: Const }                "R[dst] = K[index]";
    LoadInt        { dst: Reg, value: Imm }                  "R[dst] = the small int value";
    LoadNone       { dst: Reg }                              "R[dst] = None";
    LoadTrue       { dst: Reg }                              "R[dst] = True";
    LoadFalse      { dst: Reg }                              "R[dst] = False";
    LoadStr        { dst: Reg, name: Name }                  "R[dst] = the interned string Q[name]";
    LoadGlobal     { dst: Reg, name: Name }                  "R[dst] = globals[Q[name]], else builtins[Q[name]], else NameError";
    StoreGlobal    { src: Reg, name: Name }                  "globals[Q[name]] = R[src]";
    DeleteGlobal   { name: Name }                            "del globals[Q[name]] (NameError if absent)";
    LoadName       { dst: Reg, name: Name }                  "R[dst] = locals dict, then globals, then builtins [Q[name]] (class bodies, exec)";
    StoreName      { src: Reg, name: Name }                  "locals dict[Q[name]] = R[src]";
    DeleteName     { name: Name }                            "del locals dict[Q[name]] (NameError if absent)";
    LoadBuiltin    { dst: Reg, name: Name }                  "R[dst] = builtins[Q[name]], ignoring globals";
    CheckBound     { reg: Reg, name: Name }                  "UnboundLocalError naming Q[name] if R[reg] is unbound";
    DeleteFast     { reg: Reg, name: Name }                  "CheckBound, then R[reg] = unbound (`del local`)";
    ClearReg       { reg: Reg }                              "R[reg] = unbound, silently";
    MakeCell       { reg: Reg }                              "R[reg] = a new cell holding R[reg] (empty if unbound)";
    LoadDeref      { dst: Reg, cell: Reg, name: Name }       "R[dst] = contents of cell R[cell]; NameError naming Q[name] if empty";
    StoreDeref     { cell: Reg, src: Reg }                   "contents of cell R[cell] = R[src]";
    DeleteDeref    { cell: Reg, name: Name }                 "empty cell R[cell] (NameError naming Q[name] if already empty)";

    // ---- attributes and items ----
    LoadAttr       { dst: Reg, obj: Reg, name: Name }        "R[dst] = R[obj].Q[name]";
    StoreAttr      { obj: Reg, name: Name, src: Reg }        "R[obj].Q[name] = R[src]";
    DeleteAttr     { obj: Reg, name: Name }                  "del R[obj].Q[name]";
    LoadMethod     { dst: Reg, obj: Reg, name: Name }        "R[dst], R[dst+1] = function, self for a method call on R[obj]; or R[obj].Q[name], unbound";
    GetItem        { dst: Reg, obj: Reg, key: Reg }          "R[dst] = R[obj][R[key]]";
    SetItem        { obj: Reg, key: Reg, src: Reg }          "R[obj][R[key]] = R[src]";
    DeleteItem     { obj: Reg, key: Reg }                    "del R[obj][R[key]]";
    GetSlice       { dst: Reg, obj: Reg, base: Reg }         "R[dst] = R[obj][slice(R[base], R[base+1], R[base+2])], with no slice object for a builtin sequence and small-int bounds";
    SetSlice       { obj: Reg, base: Reg, src: Reg }         "R[obj][slice(R[base], R[base+1], R[base+2])] = R[src], with no slice object for a builtin sequence and small-int bounds";
    LoadSuperMethod { dst: Reg, base: Reg, name: Name }      "R[dst], R[dst+1] = the method pair (as LoadMethod) of R[base](R[base+1], R[base+2]).Q[name]; for the builtin super and a plain method, without a super object";

    // ---- arithmetic (binary ops take lhs, rhs and honour __op__/__rop__) ----
    Add            { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] + R[rhs]";
    Sub            { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] - R[rhs]";
    Mul            { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] * R[rhs]";
    TrueDiv        { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] / R[rhs]";
    FloorDiv       { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] // R[rhs]";
    Mod            { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] % R[rhs]";
    Pow            { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] ** R[rhs]";
    LShift         { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] << R[rhs]";
    RShift         { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] >> R[rhs]";
    BitAnd         { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] & R[rhs]";
    BitOr          { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] | R[rhs]";
    BitXor         { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] ^ R[rhs]";
    MatMul         { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] @ R[rhs]";
    InplaceOp      { dst: Reg, lhs: Reg, rhs: Reg, op: Byte } "R[dst] = R[lhs] op= R[rhs] (__iop__ first); op is a BinaryOp number";
    BinaryInt      { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] op R[tmp]; op is a BinaryOp number, in place (as InplaceOp) when INPLACE_BIT is set. The assembler fuses a LoadInt with the binary opcode or InplaceOp after it";
    // InplaceOp for its most frequent operators, with the operator in the opcode;
    // the assembler picks them.
    InplaceAdd     { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] += R[rhs] (__iadd__ first)";
    InplaceSub     { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] -= R[rhs] (__isub__ first)";
    InplaceAnd     { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] &= R[rhs] (__iand__ first)";
    InplaceOr      { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] |= R[rhs] (__ior__ first)";
    InplaceXor     { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] ^= R[rhs] (__ixor__ first)";
    // BinaryInt for its most frequent operators, with the operator in the opcode
    // (op is only read for INPLACE_BIT); the assembler picks them.
    AddInt         { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] + R[tmp], in place when op has INPLACE_BIT";
    SubInt         { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] - R[tmp], in place when op has INPLACE_BIT";
    AndInt         { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] & R[tmp], in place when op has INPLACE_BIT";
    RShiftInt      { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] >> R[tmp], in place when op has INPLACE_BIT";
    LShiftInt      { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] << R[tmp], in place when op has INPLACE_BIT";
    ModInt         { dst: Reg, lhs: Reg, tmp: Reg, value: Imm, op: Byte } "R[tmp] = the small int value, then R[dst] = R[lhs] % R[tmp], in place when op has INPLACE_BIT";
    BinaryConst    { dst: Reg, lhs: Reg, tmp: Reg, index: Const, op: Byte } "R[tmp] = K[index], then R[dst] = R[lhs] op R[tmp], as BinaryInt (`x & 0xFFFFFFFF`). The assembler fuses a LoadConst with the binary opcode or InplaceOp after it";
    Neg            { dst: Reg, src: Reg }                    "R[dst] = -R[src]";
    Pos            { dst: Reg, src: Reg }                    "R[dst] = +R[src]";
    Invert         { dst: Reg, src: Reg }                    "R[dst] = ~R[src]";
    Not            { dst: Reg, src: Reg }                    "R[dst] = not R[src]";

    // ---- comparisons (result is any object for ==, <, ...; a bool for is, in) ----
    Eq             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] == R[rhs]";
    Ne             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] != R[rhs]";
    Lt             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] < R[rhs]";
    Le             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] <= R[rhs]";
    Gt             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] > R[rhs]";
    Ge             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] >= R[rhs]";
    Is             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] is R[rhs]";
    IsNot          { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] is not R[rhs]";
    In             { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] in R[rhs]";
    NotIn          { dst: Reg, lhs: Reg, rhs: Reg }          "R[dst] = R[lhs] not in R[rhs]";

    // ---- control flow ----
    Jump           { target: Target }                        "goto target";
    JumpIfTrue     { cond: Reg, target: Target }             "if R[cond] is true: goto target";
    JumpIfFalse    { cond: Reg, target: Target }             "if R[cond] is false: goto target";
    // Compare-and-branch (`if a < b:`, `while i < 10:`): the comparison as its
    // opcode above (rich comparison, then the truth of the result), no result
    // register. `...Int` forms compare with the small int value.
    JumpUnlessLt   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] < R[rhs]: goto target";
    JumpUnlessLe   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] <= R[rhs]: goto target";
    JumpUnlessGt   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] > R[rhs]: goto target";
    JumpUnlessGe   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] >= R[rhs]: goto target";
    JumpUnlessEq   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] == R[rhs]: goto target";
    JumpUnlessNe   { lhs: Reg, rhs: Reg, target: Target }    "unless R[lhs] != R[rhs]: goto target";
    JumpIfLt       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] < R[rhs]: goto target";
    JumpIfLe       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] <= R[rhs]: goto target";
    JumpIfGt       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] > R[rhs]: goto target";
    JumpIfGe       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] >= R[rhs]: goto target";
    JumpIfEq       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] == R[rhs]: goto target";
    JumpIfNe       { lhs: Reg, rhs: Reg, target: Target }    "if R[lhs] != R[rhs]: goto target";
    JumpUnlessLtInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] < the small int value: goto target";
    JumpUnlessLeInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] <= the small int value: goto target";
    JumpUnlessGtInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] > the small int value: goto target";
    JumpUnlessGeInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] >= the small int value: goto target";
    JumpUnlessEqInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] == the small int value: goto target";
    JumpUnlessNeInt { lhs: Reg, value: Imm, target: Target } "unless R[lhs] != the small int value: goto target";
    JumpIfLtInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] < the small int value: goto target";
    JumpIfLeInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] <= the small int value: goto target";
    JumpIfGtInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] > the small int value: goto target";
    JumpIfGeInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] >= the small int value: goto target";
    JumpIfEqInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] == the small int value: goto target";
    JumpIfNeInt    { lhs: Reg, value: Imm, target: Target }  "if R[lhs] != the small int value: goto target";
    GetIter        { dst: Reg, src: Reg }                    "R[dst] = iter(R[src])";
    ForIter        { dst: Reg, iter: Reg, exit: Target }     "R[dst] = next(R[iter]); when exhausted: goto exit";
    RangeLoop      { dst: Reg, func: Reg, argc: Count }      "R[dst..dst+3] = a counting state when R[func] is range and its args small ints, else iter(R[func](args)) in R[dst] and UNBOUND in R[dst+1]";
    LoopOver       { dst: Reg, src: Reg }                    "R[dst..dst+3] = a loop state over R[src]: (it, index, None) for a list or tuple, else iter(R[src]) and UNBOUND in R[dst+1]";
    ForNext       { dst: Reg, iter: Reg, exit: Target }     "R[dst] = the next item of the loop state R[iter..iter+3] (RangeLoop, LoopOver); when exhausted: goto exit";
    Return         { src: Reg }                              "return R[src] to the caller";
    ReturnNone     {}                                        "return None to the caller";

    // ---- calls and functions ----
    Call           { dst: Reg, func: Reg, argc: Count }      "R[dst] = R[func](R[func+1], ..., R[func+argc])";
    CallKw         { dst: Reg, func: Reg, argc: Count, names: Const } "as Call, but the last len(K[names]) arguments are passed by the keywords in tuple K[names]";
    CallMethod     { dst: Reg, base: Reg, argc: Count }      "R[dst] = R[base](R[base+1], R[base+2], ..., R[base+1+argc]); R[base+1] (self) is skipped when unbound";
    CallMethodKw   { dst: Reg, base: Reg, argc: Count, names: Const } "CallMethod with keywords as in CallKw";
    CallEx         { dst: Reg, func: Reg, args: Reg, kwargs: Reg } "R[dst] = R[func](*R[args], **R[kwargs]); R[args] a tuple, R[kwargs] a dict or None";
    MakeFunction   { dst: Reg, code: Const, base: Regs, flags: Byte } "R[dst] = function of code K[code]; flags (MakeFunctionFlags) say which of defaults, kw-defaults, closure tuple, annotations are in R[base], R[base+1], ... in that order";

    // ---- building values ----
    BuildTuple     { dst: Reg, base: Regs, count: Count }     "R[dst] = (R[base], ..., R[base+count-1])";
    BuildList      { dst: Reg, base: Regs, count: Count }     "R[dst] = [R[base], ..., R[base+count-1]]";
    BuildSet       { dst: Reg, base: Regs, count: Count }     "R[dst] = {R[base], ..., R[base+count-1]}";
    BuildDict      { dst: Reg, base: Regs, count: Count }     "R[dst] = {R[base]: R[base+1], ...} with count pairs";
    BuildSlice     { dst: Reg, base: Reg }                   "R[dst] = slice(R[base], R[base+1], R[base+2])";
    BuildString    { dst: Reg, base: Regs, count: Count }     "R[dst] = R[base] + ... + R[base+count-1], all str (f-strings)";
    FormatValue    { dst: Reg, src: Reg, flags: Byte, spec: Reg } "R[dst] = format(conversion(R[src]), R[spec] if flags has a spec else ''); flags: FormatFlags";
    ListAppend     { list: Reg, src: Reg }                   "R[list].append(R[src])";
    ListExtend     { list: Reg, src: Reg }                   "R[list].extend(R[src])";
    ListToTuple    { dst: Reg, src: Reg }                    "R[dst] = tuple(R[src]) for a list R[src]";
    SetAdd         { set: Reg, src: Reg }                    "R[set].add(R[src])";
    SetUpdate      { set: Reg, src: Reg }                    "R[set].update(R[src])";
    DictStore      { dict: Reg, key: Reg, src: Reg }         "R[dict][R[key]] = R[src] for a dict display or comprehension";
    DictUpdate     { dict: Reg, src: Reg }                   "R[dict].update(R[src]) for {**x}";
    DictMerge      { dict: Reg, src: Reg }                   "as DictUpdate, but a repeated key is a TypeError (f(**x))";
    UnpackSequence { base: Regs, src: Reg, count: Count }     "R[base], ..., R[base+count-1] = R[src], which must have exactly count items";
    UnpackEx       { base: Regs, src: Reg, before: Count, after: Count } "R[base..] = before items, a list of the middle ones, after items of R[src]";

    // ---- exceptions ----
    Raise          { src: Reg }                              "raise R[src] (an exception class is called first)";
    RaiseFrom      { src: Reg, cause: Reg }                  "raise R[src] from R[cause]";
    Reraise        { src: Reg }                              "raise R[src] again, keeping its traceback";
    ExcMatch       { dst: Reg, exc: Reg, typ: Reg }          "R[dst] = isinstance(R[exc], R[typ]) for an except clause (R[typ] a class or tuple of classes)";
    EnterHandler   { saved: Reg, exc: Reg }                  "R[saved] = the exception being handled; now R[exc] is (sys.exc_info)";
    LeaveHandler   { saved: Reg }                            "the exception being handled = R[saved]";
    LoadContextMethods { exit: Reg, manager: Reg, is_async: Byte } "R[exit], R[exit+1] = the __exit__ method pair of R[manager] (as LoadMethod), R[exit+2], R[exit+3] = its __enter__ pair; __aexit__/__aenter__ if is_async is 1; TypeError if one is missing";

    // ---- generators ----
    Yield          { dst: Reg, src: Reg }                    "suspend, giving R[src] to the caller; on resume R[dst] = the value sent";
    YieldFrom      { dst: Reg, iter: Reg }                   "send R[dst] into R[iter]; if it yields, suspend with that value and repeat on resume (sent value in R[dst]); when it returns, R[dst] = its value";
    GetAwaitable   { dst: Reg, src: Reg }                    "R[dst] = the iterator `await R[src]` drives: a coroutine itself, else R[src].__await__()";
    GetAIter       { dst: Reg, src: Reg }                    "R[dst] = R[src].__aiter__() for `async for` (TypeError unless the result has __anext__)";
    GetANext       { dst: Reg, src: Reg }                    "R[dst] = the awaitable iterator of R[src].__anext__() for `async for`";

    // ---- modules and the REPL ----
    ImportName     { dst: Reg, name: Name, fromlist: Const, level: Count } "R[dst] = __import__(Q[name], fromlist=K[fromlist], level)";
    ImportFrom     { dst: Reg, module: Reg, name: Name }     "R[dst] = R[module].Q[name] (ImportError if missing)";
    ImportStar     { module: Reg }                           "copy R[module]'s public names into the current namespace";
    PrintExpr      { src: Reg }                              "REPL: print repr(R[src]) unless it is None";
    LoadHandled    { dst: Reg }                              "R[dst] = the exception being handled, unbound if none (bare `raise`)";

    // ---- viper: typed machine words (bytecode/word.rs; registers stay canonical Values) ----
    ToNative       { dst: Reg, src: Reg, vtype: Byte }       "R[dst] = R[src] converted to VType vtype: bool by truth, int/uint truncated to a word, a pointer from a buffer's address or an int";
    IntOp          { dst: Reg, lhs: Reg, rhs: Reg, op: Byte } "R[dst] = R[lhs] op R[rhs] on signed machine words (WordOp op), wrapping";
    UintOp         { dst: Reg, lhs: Reg, rhs: Reg, op: Byte } "R[dst] = R[lhs] op R[rhs] on unsigned machine words (WordOp op), wrapping";
    IntCompare     { dst: Reg, lhs: Reg, rhs: Reg, op: Byte } "R[dst] = R[lhs] op R[rhs] as signed words (WordCompare op), a bool";
    UintCompare    { dst: Reg, lhs: Reg, rhs: Reg, op: Byte } "R[dst] = R[lhs] op R[rhs] as unsigned words (WordCompare op), a bool";
    WordUnary      { dst: Reg, src: Reg, op: Byte }          "R[dst] = op R[src] on a machine word (WordUnaryOp op)";
    PtrLoad        { dst: Reg, ptr: Reg, index: Reg, size: Byte } "R[dst] = the size-byte little-endian unsigned element R[index] of pointer R[ptr] (IndexError outside its buffer)";
    PtrStore       { ptr: Reg, index: Reg, src: Reg, size: Byte } "element R[index] of pointer R[ptr] = the low size bytes of word R[src] (IndexError outside its buffer)";
}

/// Operator numbers for `InplaceOp`, in the order of the binary opcodes.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
    MatMul,
}

/// Set in `BinaryInt`'s operator byte for an in-place operator.
pub const INPLACE_BIT: u8 = 0x80;

impl BinaryOp {
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::BitAnd,
        BinaryOp::BitOr,
        BinaryOp::BitXor,
        BinaryOp::MatMul,
    ];

    pub fn from_byte(byte: u8) -> Option<BinaryOp> {
        BinaryOp::ALL.get(byte as usize).copied()
    }

    /// The operator a binary opcode (`Add` ..= `MatMul`) applies.
    pub fn of_opcode(opcode: Opcode) -> Option<BinaryOp> {
        let first = Opcode::Add as u8;
        BinaryOp::from_byte((opcode as u8).checked_sub(first)?)
    }

    /// The operator as written in source (`+`), for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "**",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
            BinaryOp::MatMul => "@",
        }
    }
}

bitflags::bitflags! {
    /// Which optional values `MakeFunction` finds in consecutive registers.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct MakeFunctionFlags: u8 {
        /// A tuple of default values for the last positional parameters.
        const DEFAULTS = 1;
        /// A dict of defaults for keyword-only parameters.
        const KW_DEFAULTS = 2;
        /// A tuple of cells for the function's free variables.
        const CLOSURE = 4;
        /// A dict of annotations.
        const ANNOTATIONS = 8;
    }
}

bitflags::bitflags! {
    /// `FormatValue` flags: the conversion (at most one) and whether a
    /// format spec register is given.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct FormatFlags: u8 {
        const STR = 1;
        const REPR = 2;
        const ASCII = 4;
        const HAS_SPEC = 8;
    }
}
