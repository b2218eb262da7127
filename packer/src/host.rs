//! The native host: the VM's window on the machine when `pygmy run` executes a program.
//! stdout is block-buffered (flushed at exit, before stderr writes, and when input is read).

use pygmy_compiler::{compile, decode_source, CompileOptions, Mode};
use pygmy_vm::host::{CompileFailure, FoundModule, Host, ModuleCode};
use std::io::{BufRead, Read, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct NativeHost {
    out: Vec<u8>,
    start: Instant,
}

impl NativeHost {
    pub fn new() -> NativeHost {
        NativeHost { out: Vec::with_capacity(1 << 16), start: Instant::now() }
    }

    fn flush_out(&mut self) {
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }
}

impl Default for NativeHost {
    fn default() -> Self {
        NativeHost::new()
    }
}

/// Turns a compiler error into the VM's SyntaxError data.
pub fn failure(e: pygmy_compiler::CompileError) -> CompileFailure {
    CompileFailure {
        kind: match e.kind {
            pygmy_compiler::ErrorKind::SyntaxError => "SyntaxError",
            pygmy_compiler::ErrorKind::IndentationError => "IndentationError",
            pygmy_compiler::ErrorKind::TabError => "TabError",
        },
        message: e.message,
        filename: e.filename,
        line: e.line,
        col: e.col,
        end_line: e.end_line,
        end_col: e.end_col,
        text: e.text,
    }
}

impl Host for NativeHost {
    fn write(&mut self, fd: u32, data: &[u8]) {
        if fd == 1 {
            self.out.extend_from_slice(data);
            if self.out.len() >= 1 << 16 {
                self.flush_out();
            }
        } else {
            self.flush_out();
            let mut se = std::io::stderr().lock();
            let _ = se.write_all(data);
            let _ = se.flush();
        }
    }

    fn flush(&mut self) {
        self.flush_out();
    }

    fn read_line(&mut self) -> Option<Vec<u8>> {
        self.flush_out();
        let mut line = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line),
        }
    }

    fn time(&mut self) -> f64 {
        SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs_f64()).unwrap_or(0.0)
    }

    fn sleep(&mut self, seconds: f64) {
        self.flush_out();
        std::thread::sleep(std::time::Duration::from_secs_f64(seconds));
    }

    fn monotonic(&mut self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        let mut f = std::fs::File::open(path).ok()?;
        let mut buf = Vec::new();
        f.read_to_end(&mut buf).ok()?;
        Some(buf)
    }

    fn is_dir(&mut self, path: &str) -> bool {
        std::path::Path::new(path).is_dir()
    }

    fn compile(&mut self, source: &str, filename: &str, mode: &str, flags: u32) -> Result<Vec<u8>, CompileFailure> {
        let mode = match mode {
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            _ => Mode::Exec,
        };
        let code = compile(source, filename, mode, &CompileOptions { optimize: 0, flags }).map_err(failure)?;
        Ok(pygmy_bytecode::marshal::dumps(&code))
    }

    fn env_var(&mut self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }

    fn env_vars(&mut self) -> Vec<(String, String)> {
        std::env::vars().collect()
    }

    fn getcwd(&mut self) -> String {
        std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "/".into())
    }

    fn find_module(&mut self, _fullname: &str, name: &str, search: &[String]) -> Option<FoundModule> {
        for dir in search {
            let base = std::path::Path::new(if dir.is_empty() { "." } else { dir });
            let pkg = base.join(name);
            let init = pkg.join("__init__.py");
            if pkg.is_dir() && init.is_file() {
                let bytes = std::fs::read(&init).ok()?;
                let origin = init.to_string_lossy().into_owned();
                let src = decode_source(&bytes, &origin).unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
                return Some(FoundModule { origin, is_package: true, code: ModuleCode::Source(src) });
            }
            let file = base.join(format!("{name}.py"));
            if file.is_file() {
                let bytes = std::fs::read(&file).ok()?;
                let origin = file.to_string_lossy().into_owned();
                let src = decode_source(&bytes, &origin).unwrap_or_else(|_| String::from_utf8_lossy(&bytes).into_owned());
                return Some(FoundModule { origin, is_package: false, code: ModuleCode::Source(src) });
            }
        }
        None
    }
}

impl Drop for NativeHost {
    fn drop(&mut self) {
        self.flush_out();
    }
}

/// CPython 3.11's pure-Python `Lib/` directory: `$PYGMY_STDLIB`, else the one of the `python3`
/// on PATH (asked once and cached under ~/.cache/pygmy). `None` when neither is a 3.11 Lib.
pub fn stdlib_dir() -> Option<String> {
    if let Ok(d) = std::env::var("PYGMY_STDLIB") {
        return Some(d);
    }
    let cache = std::env::var("HOME").ok().map(|h| std::path::PathBuf::from(h).join(".cache/pygmy/stdlib-path"));
    if let Some(c) = &cache {
        if let Ok(s) = std::fs::read_to_string(c) {
            let s = s.trim().to_owned();
            if std::path::Path::new(&s).join("os.py").is_file() {
                return Some(s);
            }
        }
    }
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys, sysconfig; print(sys.version_info[:2] == (3, 11) and sysconfig.get_paths()['stdlib'] or '')"])
        .output()
        .ok()?;
    let s = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if s.is_empty() {
        return None;
    }
    if let Some(c) = &cache {
        if let Some(parent) = c.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let tmp = c.with_extension("tmp");
        if std::fs::write(&tmp, &s).is_ok() {
            let _ = std::fs::rename(&tmp, c);
        }
    }
    Some(s)
}
