//! The host interface: everything the VM needs from the outside world. The native host
//! (`pygmy run`) implements it with std; the wasm host with a handful of imports. Everything
//! else in the VM is shared.

/// What the VM asks of its host.
pub trait Host {
    /// Writes to stdout (fd 1) or stderr (fd 2).
    fn write(&mut self, fd: u32, data: &[u8]);
    /// Flushes buffered output.
    fn flush(&mut self) {}
    /// Reads one line from stdin (without limit), including the newline; `None` at EOF.
    fn read_line(&mut self) -> Option<Vec<u8>> {
        None
    }
    /// Seconds since the epoch (`time.time()`).
    fn time(&mut self) -> f64 {
        0.0
    }
    /// Monotonic seconds (`time.perf_counter()`, `time.monotonic()`).
    fn monotonic(&mut self) -> f64 {
        0.0
    }
    /// Blocks for `seconds` (`time.sleep`).
    fn sleep(&mut self, _seconds: f64) {}
    /// Reads a whole file (`None` if it does not exist or cannot be read).
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    /// Whether `path` is a directory.
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
    /// Compiles source to serialized bytecode (`pygmy_bytecode::marshal` format). `mode` is
    /// "exec", "eval" or "single". Errors carry the data of a SyntaxError.
    fn compile(&mut self, _source: &str, _filename: &str, _mode: &str, _flags: u32) -> Result<Vec<u8>, CompileFailure> {
        Err(CompileFailure {
            kind: "SystemError",
            message: "no compiler is available in this build".into(),
            filename: String::new(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: 0,
            text: None,
        })
    }
    /// An environment variable.
    fn env_var(&mut self, _name: &str) -> Option<String> {
        None
    }
    /// All environment variables.
    fn env_vars(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
    /// Writes a whole file; errors as (errno, message).
    fn write_file(&mut self, _path: &str, _data: &[u8], _append: bool) -> Result<(), (i32, String)> {
        Err((38, "Function not implemented".into()))
    }
    /// Lists a directory.
    fn list_dir(&mut self, _path: &str) -> Result<Vec<String>, (i32, String)> {
        Err((38, "Function not implemented".into()))
    }
    /// Current working directory.
    fn getcwd(&mut self) -> String {
        "/".into()
    }
    /// Finds module `fullname` (last component `name`) in `search` directories: the loader
    /// interface that bundles plug into. The default looks for `name.py` and
    /// `name/__init__.py` with `read_file`/`is_dir`.
    fn find_module(&mut self, _fullname: &str, name: &str, search: &[String]) -> Option<FoundModule> {
        for dir in search {
            let base = if dir.is_empty() { String::new() } else if dir.ends_with('/') { dir.clone() } else { format!("{dir}/") };
            let pkg = format!("{base}{name}");
            if self.is_dir(&pkg) {
                let init = format!("{pkg}/__init__.py");
                if let Some(src) = self.read_file(&init) {
                    return Some(FoundModule { origin: init, is_package: true, code: ModuleCode::Source(String::from_utf8_lossy(&src).into_owned()) });
                }
            }
            let file = format!("{base}{name}.py");
            if let Some(src) = self.read_file(&file) {
                return Some(FoundModule { origin: file, is_package: false, code: ModuleCode::Source(String::from_utf8_lossy(&src).into_owned()) });
            }
        }
        None
    }
}

/// Source or precompiled bytecode of a module.
pub enum ModuleCode {
    Source(String),
    Bytecode(Vec<u8>),
}

/// A module located by the host.
pub struct FoundModule {
    /// File path (or bundle name) reported as `__file__`.
    pub origin: String,
    pub is_package: bool,
    pub code: ModuleCode,
}

/// A compile error reported by the host's compiler (becomes a SyntaxError).
#[derive(Debug, Clone)]
pub struct CompileFailure {
    /// "SyntaxError", "IndentationError" or "TabError" (or "SystemError").
    pub kind: &'static str,
    pub message: String,
    pub filename: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    pub text: Option<String>,
}

/// A host that discards output and has no files: for tests of the VM core.
pub struct NullHost;

impl Host for NullHost {
    fn write(&mut self, _fd: u32, _data: &[u8]) {}
}
