//! The native host: the VM's window on the machine when `pygmy run` executes a program.
//! stdout is block-buffered (flushed at exit, before stderr writes, and when input is read).

use pygmy_compiler::{compile, decode_source, CompileOptions, Mode};
use pygmy_vm::host::{CompileFailure, FileStat, FoundModule, Host, HostResult, ModuleCode};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::fs::File;
use std::io::{BufRead, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

pub struct NativeHost {
    out: Vec<u8>,
    start: Instant,
    /// Files opened by the program, by their OS descriptor. Writes are buffered here (flushed
    /// before reads, seeks, stats and at exit), so the VM's buffered writers write through.
    files: HashMap<i32, BufWriter<File>>,
    /// `pygmy build`'s trace run: records what the program imports, prints nothing.
    trace: Option<Rc<RefCell<Trace>>>,
}

/// What a traced run imported.
#[derive(Debug, Default)]
pub struct Trace {
    /// Modules found as files: full name, file, whether a package, in import order.
    pub files: Vec<(String, std::path::PathBuf, bool)>,
    /// Native modules.
    pub native: Vec<String>,
    /// Source compiled at run time (eval, exec, namedtuple's `__new__`): key and bytecode.
    pub compiled: Vec<(String, Vec<u8>)>,
    /// Every function of the modules and the app is a stub in the trace run: the module and
    /// the bodies of each body chunk (`packer::lazy`), by chunk number.
    pub bodies: Vec<(String, Vec<Vec<u8>>)>,
    /// Modules the run tried to import and found nowhere (`_abc`, before `_py_abc`): a
    /// page answers them at once instead of looking in the stdlib chunks.
    pub absent: Vec<String>,
    /// The functions whose body the run needed (`packer::lazy::Key`).
    pub ran: std::collections::HashSet<packer::lazy::Key>,
    /// Where the stdlib is when the bundle strips its docstrings: the trace run strips them
    /// too, else a `__doc__` read (functools.wraps at import) would load, and so keep inline,
    /// bodies whose docstrings the bundle does not have.
    pub strip_docstrings_under: Option<std::path::PathBuf>,
}

impl Trace {
    /// `code` (module `module`) with every function a stub, its bodies a new chunk.
    pub fn stubbed(&mut self, module: &str, mut code: pygmy_bytecode::CodeObject) -> pygmy_bytecode::CodeObject {
        let mut bodies = Vec::new();
        packer::lazy::split(&mut code, self.bodies.len() as u32, &|_| false, 0, &mut bodies);
        self.bodies.push((module.to_owned(), bodies));
        code
    }
}

impl NativeHost {
    pub fn new() -> NativeHost {
        NativeHost { out: Vec::with_capacity(1 << 16), start: Instant::now(), files: HashMap::new(), trace: None }
    }

    /// A host that records the program's imports into `trace` and discards its output.
    /// The app's main code as the run executes it: with every function a stub in a trace run.
    pub fn main_code(&self, code: pygmy_bytecode::CodeObject) -> pygmy_bytecode::CodeObject {
        match &self.trace {
            Some(t) => t.borrow_mut().stubbed("__main__", code),
            None => code,
        }
    }

    pub fn tracing(trace: Rc<RefCell<Trace>>) -> NativeHost {
        let mut h = NativeHost::new();
        h.trace = Some(trace);
        h
    }

    fn file(&mut self, fd: i32) -> HostResult<&mut BufWriter<File>> {
        self.files.get_mut(&fd).ok_or_else(|| (9, "Bad file descriptor".into()))
    }

    /// The file behind `fd` with its pending writes flushed.
    fn flushed(&mut self, fd: i32) -> HostResult<&mut File> {
        let f = self.file(fd)?;
        f.flush().map_err(os_err)?;
        Ok(f.get_mut())
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

/// An OS error as (errno, strerror).
fn os_err(e: std::io::Error) -> (i32, String) {
    let n = e.raw_os_error().unwrap_or(5);
    (n, strerror(n))
}

/// The C library's message for an errno value, without Rust's " (os error N)" suffix.
fn strerror(n: i32) -> String {
    let s = std::io::Error::from_raw_os_error(n).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

fn nanos(secs: i64, nsec: i64) -> i64 {
    secs.saturating_mul(1_000_000_000).saturating_add(nsec)
}

fn file_stat(m: &std::fs::Metadata) -> FileStat {
    FileStat {
        mode: m.mode(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
        size: m.size(),
        atime_ns: nanos(m.atime(), m.atime_nsec()),
        mtime_ns: nanos(m.mtime(), m.mtime_nsec()),
        ctime_ns: nanos(m.ctime(), m.ctime_nsec()),
        blksize: m.blksize(),
        blocks: m.blocks(),
        rdev: m.rdev(),
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
        if self.trace.is_some() {
            return;
        }
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
        let (mode, number) = match mode {
            "eval" => (Mode::Eval, 1),
            "single" => (Mode::Single, 2),
            _ => (Mode::Exec, 0),
        };
        if flags & pygmy_compiler::future::PYCF_ONLY_AST != 0 {
            return pygmy_compiler::parse_ast(source, filename, mode).map_err(failure);
        }
        let code = compile(source, filename, mode, &CompileOptions { optimize: 0, flags, ..Default::default() }).map_err(failure)?;
        let bytes = pygmy_bytecode::marshal::dumps(&code);
        if let Some(t) = &self.trace {
            // A module found on the path is compiled here too; the bundle carries it already.
            let mut t = t.borrow_mut();
            if !t.files.iter().any(|(_, origin, _)| origin.to_str() == Some(filename)) {
                t.compiled.push((packer::bundle::compile_key(number, flags, filename, source), bytes.clone()));
            }
        }
        Ok(bytes)
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

    fn chdir(&mut self, path: &str) -> HostResult<()> {
        std::env::set_current_dir(path).map_err(os_err)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, (i32, String)> {
        let rd = std::fs::read_dir(if path.is_empty() { "." } else { path }).map_err(os_err)?;
        let mut out = Vec::new();
        for e in rd {
            out.push(e.map_err(os_err)?.file_name().to_string_lossy().into_owned());
        }
        Ok(out)
    }

    fn open(&mut self, path: &str, flags: i32, mode: u32) -> HostResult<i32> {
        const O_WRONLY: i32 = 1;
        const O_RDWR: i32 = 2;
        const O_CREAT: i32 = 0o100;
        const O_EXCL: i32 = 0o200;
        const O_TRUNC: i32 = 0o1000;
        const O_APPEND: i32 = 0o2000;
        let acc = flags & 3;
        let mut o = std::fs::OpenOptions::new();
        o.read(acc != O_WRONLY).write(acc == O_WRONLY || acc == O_RDWR);
        if flags & O_APPEND != 0 {
            o.append(true);
        }
        if flags & O_TRUNC != 0 {
            o.truncate(true);
        }
        if flags & O_CREAT != 0 {
            if flags & O_EXCL != 0 {
                o.create_new(true);
            } else {
                o.create(true);
            }
        }
        o.mode(mode).custom_flags(flags & !(3 | O_CREAT | O_EXCL | O_TRUNC | O_APPEND));
        let f = o.open(path).map_err(os_err)?;
        let fd = f.as_raw_fd();
        self.files.insert(fd, BufWriter::with_capacity(1 << 16, f));
        Ok(fd)
    }

    fn fd_read(&mut self, fd: i32, n: usize) -> HostResult<Vec<u8>> {
        let mut buf = vec![0u8; n];
        let got = if fd == 0 {
            self.flush_out();
            std::io::stdin().lock().read(&mut buf).map_err(os_err)?
        } else {
            self.flushed(fd)?.read(&mut buf).map_err(os_err)?
        };
        buf.truncate(got);
        Ok(buf)
    }

    fn fd_write(&mut self, fd: i32, data: &[u8]) -> HostResult<usize> {
        if fd == 1 || fd == 2 {
            self.write(fd as u32, data);
            return Ok(data.len());
        }
        self.file(fd)?.write_all(data).map_err(os_err)?;
        Ok(data.len())
    }

    fn fd_seek(&mut self, fd: i32, offset: i64, whence: u32) -> HostResult<u64> {
        let to = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| (22, strerror(22)))?),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err((22, strerror(22))),
        };
        if fd <= 2 && !self.files.contains_key(&fd) {
            return Err((29, strerror(29)));
        }
        self.file(fd)?.seek(to).map_err(os_err)
    }

    fn fd_flush(&mut self, fd: i32) -> HostResult<()> {
        if fd <= 2 && !self.files.contains_key(&fd) {
            if fd == 1 {
                self.flush_out();
            }
            return Ok(());
        }
        self.file(fd)?.flush().map_err(os_err)
    }

    fn fd_truncate(&mut self, fd: i32, len: u64) -> HostResult<()> {
        self.flushed(fd)?.set_len(len).map_err(os_err)
    }

    fn fd_close(&mut self, fd: i32) -> HostResult<()> {
        if fd <= 2 {
            if fd == 1 {
                self.flush_out();
            }
            return Ok(());
        }
        let mut f = self.files.remove(&fd).ok_or_else(|| (9, strerror(9)))?;
        f.flush().map_err(os_err)
    }

    fn fd_stat(&mut self, fd: i32) -> HostResult<FileStat> {
        let f = self.flushed(fd)?;
        f.metadata().map(|m| file_stat(&m)).map_err(os_err)
    }

    fn isatty(&mut self, fd: i32) -> bool {
        match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => self.files.get(&fd).map(|f| f.get_ref().is_terminal()).unwrap_or(false),
        }
    }

    fn stat(&mut self, path: &str, follow_symlinks: bool) -> HostResult<FileStat> {
        let m = if follow_symlinks { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) };
        m.map(|m| file_stat(&m)).map_err(os_err)
    }

    fn remove(&mut self, path: &str) -> HostResult<()> {
        std::fs::remove_file(path).map_err(os_err)
    }

    fn rmdir(&mut self, path: &str) -> HostResult<()> {
        std::fs::remove_dir(path).map_err(os_err)
    }

    fn mkdir(&mut self, path: &str, mode: u32) -> HostResult<()> {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().mode(mode).create(path).map_err(os_err)
    }

    fn chmod(&mut self, path: &str, mode: u32, follow_symlinks: bool) -> HostResult<()> {
        use std::os::unix::fs::PermissionsExt;
        // glibc's fchmodat(AT_SYMLINK_NOFOLLOW), as CPython calls it: a symlink's mode cannot
        // be set on Linux (EOPNOTSUPP), anything else's is.
        if !follow_symlinks && std::fs::symlink_metadata(path).map_err(os_err)?.file_type().is_symlink() {
            return Err((95, strerror(95)));
        }
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).map_err(os_err)
    }

    fn chown(&mut self, path: &str, uid: Option<u32>, gid: Option<u32>, follow_symlinks: bool) -> HostResult<()> {
        let r = if follow_symlinks { std::os::unix::fs::chown(path, uid, gid) } else { std::os::unix::fs::lchown(path, uid, gid) };
        r.map_err(os_err)
    }

    fn symlink(&mut self, target: &str, link: &str) -> HostResult<()> {
        std::os::unix::fs::symlink(target, link).map_err(os_err)
    }

    fn link(&mut self, target: &str, link: &str) -> HostResult<()> {
        std::fs::hard_link(target, link).map_err(os_err)
    }

    fn readlink(&mut self, path: &str) -> HostResult<String> {
        let t = std::fs::read_link(path).map_err(os_err)?;
        t.into_os_string().into_string().map_err(|_| (84, strerror(84)))
    }

    fn rename(&mut self, from: &str, to: &str) -> HostResult<()> {
        std::fs::rename(from, to).map_err(os_err)
    }

    fn write_file(&mut self, path: &str, data: &[u8], append: bool) -> Result<(), (i32, String)> {
        let mut f = std::fs::OpenOptions::new().write(true).create(true).append(append).truncate(!append).open(path).map_err(os_err)?;
        f.write_all(data).map_err(os_err)
    }

    fn set_env(&mut self, name: &str, value: Option<&str>) {
        // The VM runs on one thread of its own; nothing else reads the environment meanwhile.
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
    }

    fn urandom(&mut self, buf: &mut [u8]) -> HostResult<()> {
        File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).map_err(os_err)
    }

    fn getpid(&mut self) -> u32 {
        std::process::id()
    }

    fn cpu_count(&mut self) -> Option<usize> {
        std::thread::available_parallelism().ok().map(|n| n.get())
    }

    fn local_zone(&mut self, t: i64) -> (i32, bool, String) {
        // SAFETY: localtime_r writes only into `tm`; tm_zone points into static storage.
        unsafe {
            extern "C" {
                fn tzset();
            }
            tzset();
            let tt: libc::time_t = t as libc::time_t;
            let mut tm: libc::tm = std::mem::zeroed();
            if libc::localtime_r(&tt, &mut tm).is_null() {
                return (0, false, "UTC".into());
            }
            let zone = if tm.tm_zone.is_null() { String::new() } else { std::ffi::CStr::from_ptr(tm.tm_zone).to_string_lossy().into_owned() };
            (tm.tm_gmtoff as i32, tm.tm_isdst > 0, zone)
        }
    }

    fn strerror(&mut self, errno: i32) -> String {
        strerror(errno)
    }

    fn native_code_ready(&mut self, name: &str) -> Result<(), String> {
        if let Some(t) = &self.trace {
            t.borrow_mut().native.push(name.to_owned());
        }
        Ok(())
    }

    fn find_module(&mut self, fullname: &str, name: &str, search: &[String]) -> Option<FoundModule> {
        let mut found = find_source_module(name, search);
        if let (Some(t), None) = (&self.trace, &found) {
            let mut t = t.borrow_mut();
            if !t.absent.iter().any(|m| m == fullname) {
                t.absent.push(fullname.to_owned());
            }
        }
        if let (Some(t), Some(f)) = (&self.trace, &mut found) {
            let mut t = t.borrow_mut();
            t.files.push((fullname.to_owned(), f.origin.clone().into(), f.is_package));
            // Compiled here, its functions stubs, to see which bodies the run needs (a
            // SyntaxError is left to the VM's own compilation).
            if let ModuleCode::Source(src) = &f.code {
                let strip_docstrings = t.strip_docstrings_under.as_ref().is_some_and(|lib| std::path::Path::new(&f.origin).starts_with(lib));
                if let Ok(code) = compile(src, &f.origin, Mode::Exec, &CompileOptions { strip_docstrings, ..Default::default() }) {
                    f.code = ModuleCode::Bytecode(pygmy_bytecode::marshal::dumps(&t.stubbed(fullname, code)));
                }
            }
        }
        found
    }

    fn unicode_data(&mut self) -> Result<Vec<u8>, String> {
        packer::ucd::cached().map_err(|e| format!("{e:#}"))
    }

    fn lazy_body(&mut self, at: pygmy_bytecode::BodyRef) -> Result<Vec<u8>, String> {
        let t = self.trace.as_ref().ok_or("`pygmy run` loads no function bodies lazily")?;
        let mut t = t.borrow_mut();
        let (module, body) = t.bodies.get(at.chunk as usize).and_then(|(m, b)| Some((m.clone(), b.get(at.index as usize)?.clone()))).ok_or("no such body")?;
        if let Ok(c) = pygmy_bytecode::marshal::loads(&body) {
            t.ran.insert(packer::lazy::key(&module, &c));
        }
        Ok(body)
    }
}

/// A module as source along `search` (a package directory's `__init__.py`, or `name.py`).
fn find_source_module(name: &str, search: &[String]) -> Option<FoundModule> {
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

impl Drop for NativeHost {
    fn drop(&mut self) {
        // Files the program left open still get their data (CPython flushes them at exit).
        for f in self.files.values_mut() {
            let _ = f.flush();
        }
        self.flush_out();
    }
}

/// Ends the process by SIGINT with the default disposition, as CPython does after an
/// uncaught KeyboardInterrupt (a shell then reports status 130). Falls back to 130 where
/// signals do not exist.
pub fn die_by_sigint() -> std::process::ExitCode {
    #[cfg(unix)]
    // SAFETY: restoring the default handler and raising a signal in our own process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::ExitCode::from(130)
}
