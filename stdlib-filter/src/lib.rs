//! Import analysis of an app and CPython's `Lib/`: which stdlib modules load when the app
//! starts (eager), which may load later (lazy), which never can on pygmy (dead), and which
//! imports the analysis cannot follow (dynamic).
//!
//! - [`analyze`]: one file's import statements and calls, each with its [`Site`] and reason;
//! - [`condition`]: the `if` tests it can decide (`TYPE_CHECKING`, platform tests, `__main__`);
//! - [`platform`]: what pygmy looks like at run time (`sys.platform`, native modules);
//! - [`graph`]: modules found along the path like CPython's path finder, the classified
//!   edges between them, closures and `why` chains;
//! - [`explain`]: the graph as JSON (`pygmy why --json`);
//! - [`locate`]: where CPython 3.11's `Lib/` is.
//! - [`cpython`]: what CPython itself imports for an app (`-X importtime`), the size yardstick.

// The parser crates are published under RustPython's names; use Ruff's, as compiler/ does.
extern crate rustpython_ruff_python_ast as ruff_python_ast;
extern crate rustpython_ruff_python_parser as ruff_python_parser;
extern crate rustpython_ruff_text_size as ruff_text_size;

pub mod analyze;
pub mod condition;
pub mod cpython;
pub mod explain;
pub mod graph;
pub mod locate;
pub mod platform;

pub use analyze::{Fallback, Site};
pub use graph::{Class, Edge, Graph, ModuleId, ModuleKind, Options, Why};
pub use platform::Platform;
