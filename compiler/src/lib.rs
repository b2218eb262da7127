//! The source → bytecode compiler (placeholder until the compiler lands).

pub use pygmy_bytecode::CodeObject;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    pub optimize: u8,
    pub flags: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

#[derive(Clone, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub text: Option<String>,
}

pub fn compile(_source: &str, filename: &str, _mode: Mode, _opts: &CompileOptions) -> Result<CodeObject, CompileError> {
    Err(CompileError { kind: ErrorKind::SyntaxError, message: "no compiler yet".into(), filename: filename.into(), line: 1, col: 1, end_line: 1, end_col: 1, text: None })
}

pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    String::from_utf8(bytes.to_vec()).map_err(|_| CompileError { kind: ErrorKind::SyntaxError, message: "bad utf-8".into(), filename: filename.into(), line: 1, col: 1, end_line: 1, end_col: 1, text: None })
}
