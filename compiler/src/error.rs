//! Compile errors with CPython 3.11's positions and rendering, and the source index that turns
//! byte offsets into (line, column) pairs.

use std::fmt;

/// The Python exception type a [`CompileError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    /// The Python name of the exception type.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error, with CPython's `SyntaxError` attributes. Lines are 1-based; columns are
/// 1-based character offsets like CPython's `offset`/`end_offset` (0 when unknown). `end_col`
/// also takes CPython's other values: -1 (the parser's tokens without an end) and `None`
/// (errors from the compiler's `PyErr_SyntaxLocation`, which sets no end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: Option<i32>,
    /// The source line (with its newline, as CPython's `SyntaxError.text`).
    pub text: Option<String>,
}

impl CompileError {
    /// Renders the error exactly as CPython 3.11's `traceback.format_exception_only` does:
    /// `  File "x.py", line 3\n    source line\n        ^^^^\nSyntaxError: message\n`.
    pub fn format(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!("  File \"{}\", line {}\n", self.filename, self.line));
        if let Some(text) = &self.text {
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = rtext.chars().count() - ltext.chars().count();
            out.push_str(&format!("    {ltext}\n"));
            if self.col > 0 {
                let offset = self.col as i64;
                // As traceback.py: an unknown end means "one character", whatever the end line.
                let end_col = self.end_col.unwrap_or(0) as i64;
                let mut end_offset = if end_col == 0 { offset } else { end_col };
                if offset == end_offset || end_offset == -1 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces as i64;
                let end_colno = end_offset - 1 - spaces as i64;
                if colno >= 0 {
                    let caretspace: String = ltext
                        .chars()
                        .take(colno as usize)
                        .map(|c| if c.is_whitespace() { c } else { ' ' })
                        .collect();
                    let n = (end_colno - colno).max(0) as usize;
                    out.push_str(&format!("    {}{}\n", caretspace, "^".repeat(n)));
                }
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.message));
        out
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.message, self.filename, self.line)
    }
}

impl std::error::Error for CompileError {}

/// Line starts of a source text, for byte offset → (line, column) conversion.
pub(crate) struct SourceIndex<'a> {
    pub source: &'a str,
    line_starts: Vec<usize>,
    /// CPython's string tokenizer ends `exec` input with a newline (not `eval`/`single`
    /// input), which shows in `SyntaxError.text` for the last line.
    implicit_newline: bool,
}

impl<'a> SourceIndex<'a> {
    pub(crate) fn new(source: &'a str, mode: crate::Mode) -> SourceIndex<'a> {
        let mut line_starts = vec![0];
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => line_starts.push(i + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    line_starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceIndex { source, line_starts, implicit_newline: mode == crate::Mode::Exec }
    }

    /// 1-based line of a byte offset.
    pub(crate) fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    pub(crate) fn line_start(&self, line: u32) -> usize {
        self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(self.source.len())
    }

    /// 1-based character column of a byte offset (CPython's `offset`).
    pub(crate) fn col_of(&self, offset: usize) -> u32 {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let offset = offset.min(self.source.len());
        let mut o = offset;
        while o > start && !self.source.is_char_boundary(o) {
            o -= 1;
        }
        self.source[start..o].chars().count() as u32 + 1
    }

    /// A line as CPython's tokenizer buffer holds it: with its terminator (normalized to
    /// `\n`), which the last line of `exec` input gets even when the source has none.
    pub(crate) fn line_text(&self, line: u32) -> Option<String> {
        let mut s = self.line_bare(line)?;
        let end = self.line_starts.get(line as usize).copied().unwrap_or(self.source.len());
        if end > self.line_start(line) && matches!(self.source.as_bytes()[end - 1], b'\n' | b'\r') || self.implicit_newline {
            s.push('\n');
        }
        Some(s)
    }

    /// A line without its terminator (what CPython shows for errors on a line the tokenizer
    /// has already left, and for errors its tokenizer raises itself).
    pub(crate) fn line_bare(&self, line: u32) -> Option<String> {
        if line == 0 || line as usize > self.line_starts.len() {
            return None;
        }
        let start = self.line_start(line);
        let end = self.line_starts.get(line as usize).copied().unwrap_or(self.source.len());
        Some(self.source[start..end].trim_end_matches(['\n', '\r']).to_string())
    }

    /// An error spanning bytes `start..end`.
    pub(crate) fn error(&self, kind: ErrorKind, msg: impl Into<String>, filename: &str, start: usize, end: usize) -> CompileError {
        let line = self.line_of(start);
        let end_line = self.line_of(end);
        CompileError {
            kind,
            message: msg.into(),
            filename: filename.to_string(),
            line,
            col: self.col_of(start),
            end_line,
            end_col: Some(self.col_of(end) as i32),
            text: self.line_text(line),
        }
    }
}

/// Line `lineno` of the file `filename`, read from disk, or `None` (CPython's
/// `PyErr_ProgramTextObject`). CPython takes `SyntaxError.text` from the file for errors
/// found after parsing and for parser errors in `exec` mode; compiling a string under a
/// name that is not a file therefore gives `text=None`. Like CPython's 1000-byte line
/// buffer, only the last 999-byte piece of a very long line is returned.
pub(crate) fn program_text(filename: &str, lineno: u32) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (filename, lineno);
        None
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        if lineno == 0 || filename.is_empty() {
            return None;
        }
        let bytes = std::fs::read(filename).ok()?;
        let mut rest = &bytes[..];
        let mut line: &[u8] = &[];
        for _ in 0..lineno {
            if rest.is_empty() {
                return None;
            }
            let end = rest.iter().position(|&b| b == b'\n' || b == b'\r').map_or(rest.len(), |i| i + 1);
            line = &rest[..end];
            rest = &rest[end..];
            if line.ends_with(b"\r") && rest.first() == Some(&b'\n') {
                rest = &rest[1..];
            }
        }
        let mut text = line.to_vec();
        if text.ends_with(b"\r") {
            text.pop();
            text.push(b'\n');
        }
        const PIECE: usize = 999;
        if text.len() > PIECE {
            text.drain(..(text.len() - 1) / PIECE * PIECE);
        }
        String::from_utf8(text).ok()
    }
}
