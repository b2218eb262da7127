//! pygmy's bytecode: the one opcode table, code objects as plain data, the versioned
//! serialized format, and a disassembler. Shared by the compiler (which writes code objects),
//! the packer (which ships them) and the VM (which loads and runs them).

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcode;

pub use code::{BodyRef, CodeObject, Constant, ExceptionEntry, LineEntry};
pub use opcode::{BinaryOp, CompareOp, Opcode};
