//! Prints what the ruff parser reports for a source (its errors, unsupported-syntax errors
//! and tokens): the raw material `syntax/` translates into CPython's messages.
//!
//!     cargo run -p pygmy-compiler --example ruff-errors -- 'f(a for a in b, c)'
//!
//! `\n` and `\t` in the argument stand for a newline and a tab.

extern crate rustpython_ruff_python_ast as ruff_python_ast;
extern crate rustpython_ruff_python_parser as ruff_python_parser;

use ruff_python_ast::PythonVersion;
use ruff_python_parser::{parse_unchecked, Mode, ParseOptions};
use rustpython_ruff_text_size::Ranged;

fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let source = arg.replace("\\n", "\n").replace("\\t", "\t");
    let mode = if std::env::args().nth(2).as_deref() == Some("eval") { Mode::Expression } else { Mode::Module };
    let parsed = parse_unchecked(&source, ParseOptions::from(mode).with_target_version(PythonVersion::PY311));
    for e in parsed.errors() {
        let r = e.location;
        println!("error {:?} at {}..{} {:?}", e.error, u32::from(r.start()), u32::from(r.end()), &source[r.start().to_usize()..r.end().to_usize()]);
    }
    for e in parsed.unsupported_syntax_errors() {
        println!("unsupported {:?} at {:?}", e.kind, e.range);
    }
    for t in parsed.tokens().iter() {
        print!("{:?}@{} ", t.kind(), u32::from(t.range().start()));
    }
    println!();
}
