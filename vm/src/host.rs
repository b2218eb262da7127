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
    /// Whether the host takes `why` asynchronously: the VM then stops at its next instruction
    /// boundary (a sleep) or before the importing instruction (a module), `Vm::start_main` /
    /// `Vm::resume` return [`RunState::Suspended`], and the host waits or fetches before it
    /// calls `Vm::resume`. Asked only where the VM can stop (see `Vm::suspend`); the default
    /// declines, and the VM blocks (`sleep`) or finds the module synchronously.
    fn suspend(&mut self, _why: &Suspension) -> bool {
        false
    }
    /// Reads a whole file (`None` if it does not exist or cannot be read).
    fn read_file(&mut self, _path: &str) -> Option<Vec<u8>> {
        None
    }
    /// Whether `path` is a directory.
    fn is_dir(&mut self, _path: &str) -> bool {
        false
    }
    /// Compiles source to serialized bytecode (`pygmy_bytecode::marshal` format). `mode` is
    /// "exec", "eval" or "single". With `PyCF_ONLY_AST` (0x400) in `flags` the result is the
    /// parse tree instead (`pygmy_compiler::parse_ast`'s blob, which `modules::ast::decode`
    /// turns into `ast` nodes). Errors carry the data of a SyntaxError.
    fn compile(&mut self, _source: &str, _filename: &str, _mode: &str, _flags: u32) -> Result<Vec<u8>, CompileFailure> {
        Err(CompileFailure {
            kind: "SystemError",
            message: "no compiler is available in this build".into(),
            filename: String::new(),
            line: 0,
            col: 0,
            end_line: 0,
            end_col: Some(0),
            text: None,
        })
    }
    /// Whether the code of the native module `name` is loaded. The wasm host keeps some native
    /// modules in lazily fetched chunks (packer/src/split.rs); an import of one whose chunk
    /// has not arrived yet fails with this message as an ImportError instead of trapping.
    fn native_code_ready(&mut self, _name: &str) -> Result<(), String> {
        Ok(())
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
    /// Changes the working directory.
    fn chdir(&mut self, _path: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// Opens a file (`os.open`): `flags` are Linux's `O_*` bits, `mode` the permission bits
    /// for a created file. Returns a file descriptor.
    fn open(&mut self, _path: &str, _flags: i32, _mode: u32) -> HostResult<i32> {
        Err(enosys())
    }
    /// Reads up to `n` bytes from `fd` (fewer at end of file; empty at EOF).
    fn fd_read(&mut self, _fd: i32, _n: usize) -> HostResult<Vec<u8>> {
        Err(enosys())
    }
    /// Writes to `fd`; returns how many bytes were written. fds 1 and 2 are the standard
    /// streams (the default sends them to `write`).
    fn fd_write(&mut self, fd: i32, data: &[u8]) -> HostResult<usize> {
        if fd == 1 || fd == 2 {
            self.write(fd as u32, data);
            return Ok(data.len());
        }
        Err((9, "Bad file descriptor".into()))
    }
    /// Moves the position of `fd` (`whence` 0 start, 1 current, 2 end); returns the new one.
    fn fd_seek(&mut self, _fd: i32, _offset: i64, _whence: u32) -> HostResult<u64> {
        Err((29, "Illegal seek".into()))
    }
    /// Pushes writes to `fd` that the host buffers out to the file.
    fn fd_flush(&mut self, _fd: i32) -> HostResult<()> {
        Ok(())
    }
    /// Truncates (or extends with zeros) the file behind `fd`.
    fn fd_truncate(&mut self, _fd: i32, _len: u64) -> HostResult<()> {
        Err(enosys())
    }
    /// Closes `fd`.
    fn fd_close(&mut self, _fd: i32) -> HostResult<()> {
        Ok(())
    }
    /// Metadata of an open file.
    fn fd_stat(&mut self, _fd: i32) -> HostResult<FileStat> {
        Err(enosys())
    }
    /// Whether `fd` is a terminal.
    fn isatty(&mut self, _fd: i32) -> bool {
        false
    }
    /// Metadata of a path (`os.stat`; `os.lstat` when `follow_symlinks` is false).
    fn stat(&mut self, path: &str, _follow_symlinks: bool) -> HostResult<FileStat> {
        stat_from_files(self, path)
    }
    /// Removes a file (`os.remove`/`os.unlink`).
    fn remove(&mut self, _path: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// Removes an empty directory.
    fn rmdir(&mut self, _path: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// Creates a directory.
    fn mkdir(&mut self, _path: &str, _mode: u32) -> HostResult<()> {
        Err(enosys())
    }
    /// Sets a file's permission bits; without following symlinks a symlink's cannot be set.
    fn chmod(&mut self, _path: &str, _mode: u32, _follow_symlinks: bool) -> HostResult<()> {
        Err(enosys())
    }
    /// Sets a file's owner and group (`None`: unchanged), following symlinks or not.
    fn chown(&mut self, _path: &str, _uid: Option<u32>, _gid: Option<u32>, _follow_symlinks: bool) -> HostResult<()> {
        Err(enosys())
    }
    /// Renames (replacing an existing destination file).
    fn rename(&mut self, _from: &str, _to: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// Creates a symbolic link at `link` that points to `target`.
    fn symlink(&mut self, _target: &str, _link: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// Creates a hard link `link` to the file `target`.
    fn link(&mut self, _target: &str, _link: &str) -> HostResult<()> {
        Err(enosys())
    }
    /// What a symbolic link points to.
    fn readlink(&mut self, _path: &str) -> HostResult<String> {
        Err(enosys())
    }
    /// Sets (`Some`) or removes (`None`) an environment variable of the process.
    fn set_env(&mut self, _name: &str, _value: Option<&str>) {}
    /// Fills `buf` with cryptographically secure random bytes (`os.urandom`). There is no
    /// deterministic fallback: a host without a source fails.
    fn urandom(&mut self, _buf: &mut [u8]) -> HostResult<()> {
        Err(enosys())
    }
    /// The process id.
    fn getpid(&mut self) -> u32 {
        1
    }
    /// The number of CPUs, if known.
    fn cpu_count(&mut self) -> Option<usize> {
        None
    }
    /// The local time zone at `t` (seconds since the epoch): offset east of UTC in seconds,
    /// whether daylight saving time is in effect, and the zone's abbreviation. The default is
    /// UTC.
    fn local_zone(&mut self, _t: i64) -> (i32, bool, String) {
        (0, false, "UTC".into())
    }
    /// The message for an errno value (`os.strerror`).
    fn strerror(&mut self, errno: i32) -> String {
        format!("Unknown error {errno}")
    }
    /// Finds module `fullname` (last component `name`) in `search` directories: the loader
    /// interface that bundles plug into. The default looks for `name.py` and
    /// `name/__init__.py` with `read_file`/`is_dir`.
    /// The serialized full code object (`marshal::dumps`) behind a stub (see
    /// `pygmy_bytecode::BodyRef`): entry `at.index` of the app's body chunk `at.chunk`,
    /// fetched or read now if need be; `Err` names the chunk and says what went wrong.
    fn lazy_body(&mut self, _at: pygmy_bytecode::BodyRef) -> Result<Vec<u8>, String> {
        Err("this host has no lazily loaded function bodies".into())
    }

    /// The Unicode database blob (`strings::ucd`, made by `strings/gen_ucd.py`), asked for
    /// once, when `unicodedata` is imported or namereplace first needs a name; `Err` says why
    /// there is none.
    fn unicode_data(&mut self) -> Result<Vec<u8>, String> {
        Err("this host has no Unicode database".into())
    }

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

/// Why the VM stopped and returned to its host mid-program (see `Host::suspend`).
#[derive(Clone, Debug, PartialEq)]
pub enum Suspension {
    /// `time.sleep(seconds)` has returned; the host waits, then resumes (several sleeps
    /// requested before the VM could stop add up).
    Sleep(f64),
    /// The module is not available yet; the host gets it (`find_module` must then find it,
    /// or answer `None` for a ModuleNotFoundError) and resumes, which runs the import again.
    Import(String),
    /// `input(prompt)` called directly by a CALL of the suspendable loop, after writing the
    /// prompt to stdout: the host gets a line, and `Vm::resume` reads it with `read_line`
    /// (`None`: EOFError) as the call's result.
    Input(String),
    /// `select.select` found nothing ready (asyncio's event loop with nothing to run): the
    /// host waits up to `seconds` (`None`: without limit) or until JS calls into Python (a
    /// promise settled, a listener fired), then resumes; the select has returned nothing.
    Wait(Option<f64>),
    /// A CALL of a function whose body is in body chunk `n`, not here yet: the host fetches
    /// it and resumes, which runs the call again (`Host::lazy_body` then finds it).
    Body(u32),
}

/// Where a program run by `Vm::start_main` / `Vm::resume` stands.
#[derive(Clone, Debug, PartialEq)]
pub enum RunState {
    /// Finished: the process exit status (`Vm::run_main`'s).
    Exited(i32),
    /// Stopped for the host: call `Vm::resume` when done.
    Suspended(Suspension),
}

/// The result of a host operation that can fail with an OS error: `(errno, strerror)`.
pub type HostResult<T> = Result<T, (i32, String)>;

/// `stat` over a host's `is_dir`/`read_file`: enough for os.path.exists/isdir/isfile on the
/// read-only hosts (a page; the default of [`Host::stat`]).
pub fn stat_from_files<H: Host + ?Sized>(host: &mut H, path: &str) -> HostResult<FileStat> {
    if host.is_dir(path) {
        return Ok(FileStat { mode: 0o040755, ..FileStat::default() });
    }
    match host.read_file(path) {
        Some(b) => Ok(FileStat { mode: 0o100644, size: b.len() as u64, ..FileStat::default() }),
        None => Err((2, "No such file or directory".into())),
    }
}

/// ENOSYS: what hosts without the capability answer.
pub fn enosys() -> (i32, String) {
    (38, "Function not implemented".into())
}

/// File metadata as `os.stat` reports it (times in nanoseconds since the epoch).
#[derive(Clone, Debug, Default)]
pub struct FileStat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime_ns: i64,
    pub mtime_ns: i64,
    pub ctime_ns: i64,
    pub blksize: u64,
    pub blocks: u64,
    pub rdev: u64,
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
    /// `None` when CPython sets no end.
    pub end_col: Option<i32>,
    pub text: Option<String>,
}

/// A host that discards output and has no files: for tests of the VM core.
pub struct NullHost;

impl Host for NullHost {
    fn write(&mut self, _fd: u32, _data: &[u8]) {}
}

/// `__file__` (and code filename) of a module registered from a bundle (`pygmy build`): where
/// the packer found it, relative to the bundle root.
pub fn bundle_origin(name: &str, is_package: bool) -> String {
    let path = name.replace('.', "/");
    if is_package {
        format!("/bundle/{path}/__init__.py")
    } else {
        format!("/bundle/{path}.py")
    }
}
