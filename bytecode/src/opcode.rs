//! The one opcode table. Every instruction is declared once in [`for_each_opcode!`]; the
//! compiler, interpreter, disassembler, serializer and (later) the JIT all expand it.
//!
//! The instruction set follows CPython 3.11's (`Lib/opcode.py`, `Python/ceval.c`) closely so that
//! `python3 -m dis` answers "what should the compiler emit here", with these deliberate changes:
//! - An instruction is one little-endian `u32` word: low 8 bits opcode, high 24 bits argument.
//!   There is no EXTENDED_ARG; the compiler rejects arguments ≥ 2²⁴.
//! - Jump arguments are absolute word offsets in the runtime code (not relative, no
//!   FORWARD/BACKWARD variants for conditional jumps). `JUMP_BACKWARD` stays distinct because
//!   it is where loops check the eval breaker and where the JIT counts hotness.
//! - No PRECALL, RESUME, RETURN_GENERATOR or CACHE opcodes: a code object's GENERATOR /
//!   COROUTINE / ASYNC_GENERATOR flag makes a call create the generator object.
//! - Each instruction may be followed by `cache` words of inline cache (zero in fresh code).
//!   The serialized form omits cache words and stores jump targets as instruction indices,
//!   so cache sizes can change without invalidating shipped bytecode.

/// Argument meaning, used by the disassembler and serializer.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ArgKind {
    /// The instruction ignores its argument.
    None,
    /// A plain number (a count, flags, an operator).
    Num,
    /// An index into `consts`.
    Const,
    /// An index into `names`.
    Name,
    /// `LOAD_GLOBAL`: `names[arg >> 1]`, low bit = also push NULL.
    GlobalName,
    /// An index into the locals-plus array (locals, then cells, then free variables).
    Local,
    /// An absolute jump target (word offset at run time, instruction index when serialized).
    Jump,
    /// `BINARY_OP` operator number (see [`BinaryOp`]).
    BinOp,
    /// `COMPARE_OP` operator number (see [`CompareOp`]).
    CmpOp,
}

/// Invokes `$m!` with the whole opcode table. Each row:
/// `NAME = number, cache_words, ArgKind, |arg, jump| stack_effect;`
/// where `stack_effect` is the net change in stack depth, and `jump` is true when the effect
/// asked for is the one on the branch taken (only meaningful for jumps).
#[macro_export]
macro_rules! for_each_opcode {
    ($m:ident) => {
        $m! {
            NOP = 0, 0, None, |_a, _j| 0;
            POP_TOP = 1, 0, None, |_a, _j| -1;
            PUSH_NULL = 2, 0, None, |_a, _j| 1;
            // Push a copy of the arg-th item from the top (COPY 1 duplicates TOS).
            COPY = 3, 0, Num, |_a, _j| 1;
            // Swap TOS with the arg-th item from the top.
            SWAP = 4, 0, Num, |_a, _j| 0;

            UNARY_POSITIVE = 5, 0, None, |_a, _j| 0;
            UNARY_NEGATIVE = 6, 0, None, |_a, _j| 0;
            UNARY_NOT = 7, 0, None, |_a, _j| 0;
            UNARY_INVERT = 8, 0, None, |_a, _j| 0;

            BINARY_OP = 9, 1, BinOp, |_a, _j| -1;
            COMPARE_OP = 10, 1, CmpOp, |_a, _j| -1;
            // arg 1 = `is not` / `not in`.
            IS_OP = 11, 0, Num, |_a, _j| -1;
            CONTAINS_OP = 12, 0, Num, |_a, _j| -1;

            // TOS1[TOS]
            BINARY_SUBSCR = 13, 1, None, |_a, _j| -1;
            // TOS1[TOS] = TOS2
            STORE_SUBSCR = 14, 1, None, |_a, _j| -3;
            DELETE_SUBSCR = 15, 0, None, |_a, _j| -2;

            GET_LEN = 16, 0, None, |_a, _j| 1;
            MATCH_MAPPING = 17, 0, None, |_a, _j| 1;
            MATCH_SEQUENCE = 18, 0, None, |_a, _j| 1;
            // subject, keys -> subject, keys, values_or_None
            MATCH_KEYS = 19, 0, None, |_a, _j| 1;
            // subject, cls, names -> attrs_or_None; arg = positional count
            MATCH_CLASS = 20, 0, Num, |_a, _j| -2;

            // exc -> prev_exc, exc (prev_exc is the previously handled exception)
            PUSH_EXC_INFO = 21, 0, None, |_a, _j| 1;
            // prev_exc -> (restores the handled exception)
            POP_EXCEPT = 22, 0, None, |_a, _j| -1;
            // exc, type -> exc, bool
            CHECK_EXC_MATCH = 23, 0, None, |_a, _j| 0;
            // exc_group, type -> rest, match
            CHECK_EG_MATCH = 24, 0, None, |_a, _j| 0;
            // orig, list_of_raised -> exc_to_reraise_or_None
            PREP_RERAISE_STAR = 25, 0, None, |_a, _j| -1;
            // Re-raise TOS; if arg is non-zero, set frame's lasti from the value below TOS.
            RERAISE = 26, 0, Num, |_a, _j| -1;
            // exit, lasti, prev_exc, exc -> ..., res (calls exit(type, exc, tb))
            WITH_EXCEPT_START = 27, 0, None, |_a, _j| 1;
            // mgr -> exit, enter_result
            BEFORE_WITH = 28, 0, None, |_a, _j| 1;
            BEFORE_ASYNC_WITH = 29, 0, None, |_a, _j| 1;
            GET_AITER = 30, 0, None, |_a, _j| 0;
            GET_ANEXT = 31, 0, None, |_a, _j| 1;
            // aiter, exc -> (StopAsyncIteration ends the loop, anything else re-raised)
            END_ASYNC_FOR = 32, 0, None, |_a, _j| -2;

            GET_ITER = 33, 0, None, |_a, _j| 0;
            GET_YIELD_FROM_ITER = 34, 0, None, |_a, _j| 0;
            // iter -> iter, next ; on exhaustion pop iter and jump to arg.
            FOR_ITER = 35, 1, Jump, |_a, j| if j { -1 } else { 1 };
            // receiver, value -> receiver, yielded ; on return: pop both, push result, jump.
            SEND = 36, 0, Jump, |_a, j| if j { -1 } else { 0 };
            YIELD_VALUE = 37, 0, None, |_a, _j| 0;
            ASYNC_GEN_WRAP = 38, 0, None, |_a, _j| 0;
            // 0: plain await, 1: after __aenter__, 2: after __aexit__ (for error messages).
            GET_AWAITABLE = 39, 0, Num, |_a, _j| 0;
            RETURN_VALUE = 40, 0, None, |_a, _j| -1;

            PRINT_EXPR = 41, 0, None, |_a, _j| -1;
            LOAD_BUILD_CLASS = 42, 0, None, |_a, _j| 1;
            LOAD_ASSERTION_ERROR = 43, 0, None, |_a, _j| 1;
            LIST_TO_TUPLE = 44, 0, None, |_a, _j| 0;
            IMPORT_STAR = 45, 0, None, |_a, _j| -1;
            SETUP_ANNOTATIONS = 46, 0, None, |_a, _j| 0;

            STORE_NAME = 47, 0, Name, |_a, _j| -1;
            DELETE_NAME = 48, 0, Name, |_a, _j| 0;
            LOAD_NAME = 49, 0, Name, |_a, _j| 1;
            UNPACK_SEQUENCE = 50, 1, Num, |a, _j| a as i32 - 1;
            // arg = count before star | (count after star << 8)
            UNPACK_EX = 51, 0, Num, |a, _j| ((a & 0xff) + (a >> 8)) as i32;
            // obj.name = value: value, obj -> (TOS is obj)
            STORE_ATTR = 52, 2, Name, |_a, _j| -2;
            DELETE_ATTR = 53, 0, Name, |_a, _j| -1;
            STORE_GLOBAL = 54, 0, Name, |_a, _j| -1;
            DELETE_GLOBAL = 55, 0, Name, |_a, _j| 0;
            LOAD_CONST = 56, 0, Const, |_a, _j| 1;
            LOAD_ATTR = 57, 2, Name, |_a, _j| 0;
            // obj -> meth, self  |  NULL, attr
            LOAD_METHOD = 58, 2, Name, |_a, _j| 1;
            LOAD_GLOBAL = 59, 3, GlobalName, |a, _j| 1 + (a & 1) as i32;

            BUILD_TUPLE = 60, 0, Num, |a, _j| 1 - a as i32;
            BUILD_LIST = 61, 0, Num, |a, _j| 1 - a as i32;
            BUILD_SET = 62, 0, Num, |a, _j| 1 - a as i32;
            BUILD_MAP = 63, 0, Num, |a, _j| 1 - 2 * a as i32;
            // values..., keys_tuple -> dict
            BUILD_CONST_KEY_MAP = 64, 0, Num, |a, _j| -(a as i32);
            BUILD_STRING = 65, 0, Num, |a, _j| 1 - a as i32;
            // arg 2: start, stop -> slice ; arg 3: start, stop, step -> slice
            BUILD_SLICE = 66, 0, Num, |a, _j| 1 - a as i32;
            LIST_APPEND = 67, 0, Num, |_a, _j| -1;
            SET_ADD = 68, 0, Num, |_a, _j| -1;
            MAP_ADD = 69, 0, Num, |_a, _j| -2;
            LIST_EXTEND = 70, 0, Num, |_a, _j| -1;
            SET_UPDATE = 71, 0, Num, |_a, _j| -1;
            DICT_UPDATE = 72, 0, Num, |_a, _j| -1;
            DICT_MERGE = 73, 0, Num, |_a, _j| -1;
            // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on TOS
            FORMAT_VALUE = 74, 0, Num, |a, _j| if a & 4 != 0 { -1 } else { 0 };

            // level, fromlist -> module
            IMPORT_NAME = 75, 0, Name, |_a, _j| -1;
            // module -> module, attr
            IMPORT_FROM = 76, 0, Name, |_a, _j| 1;

            JUMP_FORWARD = 77, 0, Jump, |_a, _j| 0;
            JUMP_BACKWARD = 78, 0, Jump, |_a, _j| 0;
            JUMP_BACKWARD_NO_INTERRUPT = 79, 0, Jump, |_a, _j| 0;
            POP_JUMP_IF_FALSE = 80, 0, Jump, |_a, _j| -1;
            POP_JUMP_IF_TRUE = 81, 0, Jump, |_a, _j| -1;
            POP_JUMP_IF_NONE = 82, 0, Jump, |_a, _j| -1;
            POP_JUMP_IF_NOT_NONE = 83, 0, Jump, |_a, _j| -1;
            JUMP_IF_FALSE_OR_POP = 84, 0, Jump, |_a, j| if j { 0 } else { -1 };
            JUMP_IF_TRUE_OR_POP = 85, 0, Jump, |_a, j| if j { 0 } else { -1 };

            LOAD_FAST = 86, 0, Local, |_a, _j| 1;
            STORE_FAST = 87, 0, Local, |_a, _j| -1;
            DELETE_FAST = 88, 0, Local, |_a, _j| 0;
            // Wrap the local in a new cell (first instructions of a function with cells).
            MAKE_CELL = 89, 0, Local, |_a, _j| 0;
            // Copy the function's closure cells into the last `arg` locals-plus slots.
            COPY_FREE_VARS = 90, 0, Num, |_a, _j| 0;
            LOAD_CLOSURE = 91, 0, Local, |_a, _j| 1;
            LOAD_DEREF = 92, 0, Local, |_a, _j| 1;
            STORE_DEREF = 93, 0, Local, |_a, _j| -1;
            DELETE_DEREF = 94, 0, Local, |_a, _j| 0;
            // Class bodies: look in the class namespace first, then the cell.
            LOAD_CLASSDEREF = 95, 0, Local, |_a, _j| 1;

            // arg 0: re-raise, 1: raise TOS, 2: raise TOS1 from TOS
            RAISE_VARARGS = 96, 0, Num, |a, _j| -(a as i32);
            // Set the keyword names (a tuple constant) for the next CALL.
            KW_NAMES = 97, 0, Const, |_a, _j| 0;
            // NULL|meth, callable|self, args... -> result
            CALL = 98, 3, Num, |a, _j| -(a as i32) - 1;
            // NULL, callable, args_tuple[, kwargs_dict] -> result ; arg & 1 = has kwargs
            CALL_FUNCTION_EX = 99, 0, Num, |a, _j| -2 - (a & 1) as i32;
            // [defaults][, kwdefaults][, annotations][, closure], code -> function
            MAKE_FUNCTION = 100, 0, Num, |a, _j| -((a & 1) as i32 + ((a >> 1) & 1) as i32 + ((a >> 2) & 1) as i32 + ((a >> 3) & 1) as i32);
        }
    };
}

macro_rules! define_opcode_enum {
    ($($name:ident = $num:literal, $cache:literal, $kind:ident, |$a:ident, $j:ident| $eff:expr;)*) => {
        /// A pygmy opcode. See [`for_each_opcode!`] for the table.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Opcode { $($name = $num,)* }

        impl Opcode {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// Decodes an opcode byte; `None` for bytes that are not an opcode.
            #[inline]
            pub fn from_u8(b: u8) -> Option<Opcode> {
                match b { $($num => Some(Opcode::$name),)* _ => None }
            }

            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Number of inline cache words that follow the instruction.
            #[inline]
            pub const fn cache_words(self) -> usize {
                match self { $(Opcode::$name => $cache,)* }
            }

            pub const fn arg_kind(self) -> ArgKind {
                match self { $(Opcode::$name => ArgKind::$kind,)* }
            }

            /// Net stack effect; `jump` selects the taken branch of a jump.
            #[allow(unused_variables, clippy::unnecessary_cast)]
            pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
                match self { $(Opcode::$name => { let $a = arg; let $j = jump; $eff })* }
            }
        }
    };
}
for_each_opcode!(define_opcode_enum);

impl Opcode {
    pub fn is_jump(self) -> bool {
        self.arg_kind() == ArgKind::Jump
    }
    /// Jumps after which control never falls through to the next instruction.
    pub fn is_unconditional_jump(self) -> bool {
        matches!(self, Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT)
    }
    /// Instructions after which control never reaches the next instruction.
    pub fn ends_block(self) -> bool {
        self.is_unconditional_jump()
            || matches!(self, Opcode::RETURN_VALUE | Opcode::RAISE_VARARGS | Opcode::RERAISE)
    }
}

/// Maximum instruction argument (24 bits).
pub const MAX_ARG: u32 = (1 << 24) - 1;

/// Packs an instruction word.
#[inline]
pub const fn encode(op: Opcode, arg: u32) -> u32 {
    (op as u32) | (arg << 8)
}

/// Unpacks an instruction word into (opcode byte, argument).
#[inline]
pub const fn decode(word: u32) -> (u8, u32) {
    (word as u8, word >> 8)
}

/// `BINARY_OP` arguments, numbered as CPython 3.11's `NB_*` constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    pub const ALL: [BinaryOp; 26] = [
        BinaryOp::Add, BinaryOp::And, BinaryOp::FloorDivide, BinaryOp::Lshift,
        BinaryOp::MatrixMultiply, BinaryOp::Multiply, BinaryOp::Remainder, BinaryOp::Or,
        BinaryOp::Power, BinaryOp::Rshift, BinaryOp::Subtract, BinaryOp::TrueDivide, BinaryOp::Xor,
        BinaryOp::InplaceAdd, BinaryOp::InplaceAnd, BinaryOp::InplaceFloorDivide,
        BinaryOp::InplaceLshift, BinaryOp::InplaceMatrixMultiply, BinaryOp::InplaceMultiply,
        BinaryOp::InplaceRemainder, BinaryOp::InplaceOr, BinaryOp::InplacePower,
        BinaryOp::InplaceRshift, BinaryOp::InplaceSubtract, BinaryOp::InplaceTrueDivide,
        BinaryOp::InplaceXor,
    ];

    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        BinaryOp::ALL.get(arg as usize).copied()
    }

    pub fn is_inplace(self) -> bool {
        self as u8 >= BinaryOp::InplaceAdd as u8
    }

    /// The non-inplace operator (`+=` -> `+`).
    pub fn base(self) -> BinaryOp {
        if self.is_inplace() {
            BinaryOp::ALL[self as usize - 13]
        } else {
            self
        }
    }

    /// The source symbol, as used in CPython's error messages (`+`, `+=`, `**`, ...).
    pub fn symbol(self) -> &'static str {
        const SYMS: [&str; 26] = [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
            "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ];
        SYMS[self as usize]
    }

    /// `(forward dunder, reflected dunder, inplace dunder or "")`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        const D: [(&str, &str, &str); 13] = [
            ("__add__", "__radd__", "__iadd__"),
            ("__and__", "__rand__", "__iand__"),
            ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            ("__lshift__", "__rlshift__", "__ilshift__"),
            ("__matmul__", "__rmatmul__", "__imatmul__"),
            ("__mul__", "__rmul__", "__imul__"),
            ("__mod__", "__rmod__", "__imod__"),
            ("__or__", "__ror__", "__ior__"),
            ("__pow__", "__rpow__", "__ipow__"),
            ("__rshift__", "__rrshift__", "__irshift__"),
            ("__sub__", "__rsub__", "__isub__"),
            ("__truediv__", "__rtruediv__", "__itruediv__"),
            ("__xor__", "__rxor__", "__ixor__"),
        ];
        let (f, r, i) = D[self.base() as usize];
        (f, r, if self.is_inplace() { i } else { "" })
    }
}

/// `COMPARE_OP` arguments, numbered as CPython's `Py_LT`... constants.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub const ALL: [CompareOp; 6] =
        [CompareOp::Lt, CompareOp::Le, CompareOp::Eq, CompareOp::Ne, CompareOp::Gt, CompareOp::Ge];

    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        CompareOp::ALL.get(arg as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    pub fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    /// `x op y` for values with Rust's partial order (a NaN is unordered: only `!=` holds).
    #[inline(always)]
    pub fn holds<T: PartialOrd + ?Sized>(self, x: &T, y: &T) -> bool {
        match self {
            CompareOp::Lt => x < y,
            CompareOp::Le => x <= y,
            CompareOp::Eq => x == y,
            CompareOp::Ne => x != y,
            CompareOp::Gt => x > y,
            CompareOp::Ge => x >= y,
        }
    }

    /// The operator with its operands swapped (`a < b` == `b > a`).
    pub fn swapped(self) -> CompareOp {
        [CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne, CompareOp::Lt, CompareOp::Le]
            [self as usize]
    }
}

/// `MAKE_FUNCTION` flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` flag bits.
pub mod format_value {
    pub const CONV_MASK: u32 = 0x03;
    pub const CONV_NONE: u32 = 0;
    pub const CONV_STR: u32 = 1;
    pub const CONV_REPR: u32 = 2;
    pub const CONV_ASCII: u32 = 3;
    pub const HAVE_SPEC: u32 = 0x04;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opcode_numbers_are_dense_and_round_trip() {
        for (i, op) in Opcode::ALL.iter().enumerate() {
            assert_eq!(*op as usize, i, "{} is not numbered densely", op.name());
            assert_eq!(Opcode::from_u8(i as u8), Some(*op));
        }
        assert_eq!(Opcode::from_u8(Opcode::ALL.len() as u8), None);
    }

    #[test]
    fn encode_decode() {
        let w = encode(Opcode::LOAD_CONST, MAX_ARG);
        assert_eq!(decode(w), (Opcode::LOAD_CONST as u8, MAX_ARG));
    }

    #[test]
    fn binary_op_tables_agree() {
        for op in BinaryOp::ALL {
            assert_eq!(BinaryOp::from_arg(op as u32), Some(op));
            if op.is_inplace() {
                assert_eq!(op.symbol(), format!("{}=", op.base().symbol()));
            }
        }
    }
}
