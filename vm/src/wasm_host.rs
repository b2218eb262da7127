//! The wasm host: the VM's whole boundary with JavaScript when built for
//! `wasm32-unknown-unknown`. No wasm-bindgen: the imports and exports below are the complete
//! contract, and `js/pygmy.mjs` is the only other side of it.
//!
//! Imports (module `"pygmy"`), all synchronous:
//! - `write(fd, ptr, len)`: bytes to stdout (1) or stderr (2). Stdout is block-buffered here
//!   (flushed at 64 KiB, at exit, before stderr writes and before reading stdin), like the
//!   native host.
//! - `time() -> f64`, `monotonic() -> f64`: seconds (epoch / monotonic); `sleep(seconds)`
//!   blocks (Node: `Atomics.wait`; a page busy-waits until suspension lands).
//! - `random(ptr, len) -> i32`: fills `len` bytes with secure random bytes (`os.urandom`);
//!   -1 when the host has no source.
//! - `compile(src, src_len, file, file_len, mode, flags) -> len`: compiles with the compiler
//!   chunk (a separate wasm module with its own memory); the result blob (see
//!   [`decode_compile_result`]) is held by JS until `take` copies it in.
//! - `read_file(path, path_len) -> len | -1`, `is_dir(path, path_len) -> 0|1`: the file
//!   system where there is one (Node); the browser answers -1 / 0. Used to import sibling
//!   `.py` modules under Node and to print source lines in tracebacks.
//! - `read_line() -> len | -1`: one line of stdin, -1 at EOF.
//! - `suspend(kind, seconds, name, name_len) -> 0|1`: asked where the VM can stop for JS
//!   (kind 0 `time.sleep(seconds)`, 1 the import of a module not here yet, 2 `input(name)`,
//!   whose line `resume` then reads with `read_line`, 3 `select` waiting up to `seconds`, or
//!   without limit when negative, for JS to call into Python: asyncio's loop; 4 a call of a
//!   function whose body is in body chunk number `seconds`, not fetched yet); 1 means JS
//!   waits, fetches or reads after `run_main`/`resume` returned `SUSPENDED`, then calls
//!   `resume`.
//! - `lazy_body(chunk, index) -> len`: the body of a stub code object (entry `index` of the
//!   app's body chunk `chunk`, `FILES.app.bodies`), read or fetched synchronously if the
//!   chunk is not here yet: a pending blob, 0 then the serialized code, or 1 then an error.
//! - `os(op, a, a_len, b, b_len, x, y, z) -> f64`: one operation of the host's operating
//!   system (`OsOp`: open, read, write, seek, stat, listdir, mkdir, rename, ..., cpu_count;
//!   `a`/`b` are paths or data, `x`/`y`/`z` numbers): a number (a file descriptor, a count, a
//!   position; or the length of a result held for `take`), or `-(errno * 65536 + len)` with
//!   the error's message held for `take`. Node's CLI answers with `node:fs`
//!   (js/pygmy-node.mjs); a page has no file system and answers ENOSYS.
//! - `unicode_data() -> len`: the Unicode database (`strings::ucd`, the dist file
//!   `FILES.ucd`), read or fetched synchronously on first need: 0 then its bytes, or 1 then
//!   why not.
//! - `take(dst)`: copies the pending result of the last `compile`/`read_file`/`read_line`/
//!   `os`/`unicode_data`.
//!
//! Exports: `memory`, `__indirect_function_table` (growable, for the JIT), `alloc(len)`,
//! `free(ptr, len)`, `init()`, `set_argv(ptr, len)`, `set_path(ptr, len)` and
//! `set_environ(ptr, len)` (NUL-separated strings; `KEY=value` for the environment, which
//! `os.environ` reads when `os` is first imported), `add_module(name, name_len, is_package, code, code_len)` (a bundled module's
//! bytecode, found by the import system before any file), and `run_main(blob, blob_len,
//! path, path_len) -> exit status | SUSPENDED` (the blob is the compiler chunk's output for the main
//! file, so a SyntaxError in it is reported by the VM like any uncaught exception), and
//! `resume() -> exit status | SUSPENDED`, and `run_in_main(blob, blob_len) -> status |
//! SUSPENDED`, which runs in the `__main__` kept from the last call (a page's script tags
//! and REPL share it), and `run_session_loop()`/`stop_session_loop()`, the session's asyncio
//! loop between its entries.
//!
//! JS interop (`import js`, `modules/js.rs`; the JS half is `js/pygmy-js.mjs`, which the
//! loader fetches with the `js` native chunk): the `js_*` imports operate on JS values named
//! by handles (i32 indices into the loader's table; 0 undefined, 1 null, 2 false, 3 true,
//! 4 globalThis are fixed). A handle a call returns is owned by the caller (`js_release`);
//! -1 means the JS operation threw (`js_error` takes the thrown value). Exports
//! `py_call(id, this, argv, argc) -> handle | -2-error` and `py_release(id)` let JS call and
//! drop the Python objects it was given (ids of the js module's registry).

use crate::host::{CompileFailure, FoundModule, Host, HostResult, ModuleCode, RunState, Suspension};
use crate::vm::Vm;
use std::cell::RefCell;

#[link(wasm_import_module = "pygmy")]
extern "C" {
    fn write(fd: u32, ptr: *const u8, len: usize);
    fn time() -> f64;
    fn monotonic() -> f64;
    /// Fills `len` bytes at `ptr` from the JS host's secure random source
    /// (`crypto.getRandomValues`): 0, or -1 when it has none.
    fn random(ptr: *mut u8, len: usize) -> i32;
    fn sleep(seconds: f64);
    fn compile(src: *const u8, src_len: usize, file: *const u8, file_len: usize, mode: u32, flags: u32) -> i32;
    fn read_file(path: *const u8, path_len: usize) -> i32;
    fn is_dir(path: *const u8, path_len: usize) -> i32;
    fn read_line() -> i32;
    fn native_ready(name: *const u8, name_len: usize) -> i32;
    /// A module not found in the bundle: nonzero when the host added it (`add_module`) from a
    /// stdlib chunk it has just fetched.
    fn want_module(name: *const u8, name_len: usize) -> i32;
    /// Whether JS takes a suspension (kind 0: a sleep of `seconds`; 1: the import of `name`;
    /// 2: `input(name)`; 3: a wait of at most `seconds` (< 0: no limit) that a call from JS
    /// into Python ends):
    /// nonzero when it will wait or fetch once `run_main`/`resume` returns [`SUSPENDED`].
    fn suspend(kind: u32, seconds: f64, name: *const u8, name_len: usize) -> i32;
    /// Entry `index` of body chunk `chunk`: the length of a pending blob (`take`): 0 then
    /// the serialized code object, or 1 then why it is not available.
    fn lazy_body(chunk: u32, index: u32) -> i32;
    #[allow(clippy::too_many_arguments)]
    fn os(op: u32, a: *const u8, a_len: usize, b: *const u8, b_len: usize, x: f64, y: f64, z: f64) -> f64;
    /// The Unicode database file (`FILES.ucd`), read or fetched synchronously: the length of
    /// a pending blob, 0 then the file's bytes, or 1 then why it is not available.
    fn unicode_data() -> i32;
    fn take(dst: *mut u8);
}

// The JS interop imports (see the module doc; each is described in js/pygmy-js.mjs).
#[link(wasm_import_module = "pygmy")]
extern "C" {
    pub(crate) fn js_release(h: i32);
    pub(crate) fn js_kind(h: i32) -> i32;
    pub(crate) fn js_num(h: i32) -> f64;
    pub(crate) fn js_text(h: i32, mode: i32) -> i32;
    pub(crate) fn js_from_num(x: f64) -> i32;
    pub(crate) fn js_from_bytes(ptr: *const u8, len: usize, mode: i32) -> i32;
    pub(crate) fn js_get(obj: i32, key: i32, attr: i32) -> i32;
    pub(crate) fn js_set(obj: i32, key: i32, val: i32) -> i32;
    pub(crate) fn js_call(f: i32, this: i32, argv: *const i32, argc: usize, construct: i32) -> i32;
    pub(crate) fn js_op(op: i32, a: i32, b: i32) -> i32;
    pub(crate) fn js_error() -> i32;
    pub(crate) fn js_pyobj(id: i32, kind: i32, ptr: *const u8, len: usize) -> i32;
}

/// What JS calls back into: set by the js module's init, so the code stays in its chunk.
#[derive(Clone, Copy)]
pub(crate) struct JsEntry {
    pub call: fn(&mut Vm, i32, i32, &[i32]) -> i32,
    pub release: fn(&mut Vm, i32),
}

thread_local! {
    pub(crate) static JS_ENTRY: std::cell::Cell<Option<JsEntry>> = const { std::cell::Cell::new(None) };
    /// The VM while a js-module function has called out to JS (JS may call back in), else null.
    pub(crate) static CURRENT_VM: std::cell::Cell<*mut Vm> = const { std::cell::Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` with the VM: the one that called out to JS, or the idle one.
fn with_reentrant_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    let p = CURRENT_VM.with(|c| c.get());
    if p.is_null() {
        with_vm(f)
    } else {
        // SAFETY: set by `modules::js::out` from the `&mut Vm` of a native call that is
        // blocked in a JS import until this returns; nothing else uses that borrow meanwhile.
        f(unsafe { &mut *p })
    }
}

/// JS calls Python object `id` (a callable the js module gave out) with argument handles.
///
/// # Safety
/// `argv..argv+argc` are i32 handles in memory from `alloc`.
#[no_mangle]
pub unsafe extern "C" fn py_call(id: i32, this: i32, argv: *const i32, argc: usize) -> i32 {
    let args = if argc == 0 { &[][..] } else { std::slice::from_raw_parts(argv, argc) };
    match JS_ENTRY.with(|e| e.get()) {
        Some(e) => with_reentrant_vm(|vm| (e.call)(vm, id, this, args)),
        None => -1,
    }
}

/// JS no longer references Python object `id` (FinalizationRegistry or `destroy()`).
#[no_mangle]
pub extern "C" fn py_release(id: i32) {
    if let Some(e) = JS_ENTRY.with(|e| e.get()) {
        with_reentrant_vm(|vm| (e.release)(vm, id))
    }
}

/// Copies the pending host result of length `len` (as returned by an import) into a Vec.
pub(crate) fn take_pending(len: i32) -> Option<Vec<u8>> {
    if len <= 0 {
        // Nothing to copy (and an `os` error without a message holds nothing).
        return (len == 0).then(Vec::new);
    }
    let mut buf = vec![0u8; len as usize];
    // SAFETY: `buf` has exactly `len` writable bytes, the size JS holds pending.
    unsafe { take(buf.as_mut_ptr()) };
    Some(buf)
}

/// The operations of the `os` import (js/pygmy-node.mjs has the same numbers).
#[derive(Clone, Copy)]
enum OsOp {
    Open = 0,
    Read,
    Write,
    Seek,
    Truncate,
    Close,
    Fstat,
    Stat,
    Unlink,
    Rmdir,
    Mkdir,
    Chmod,
    Chown,
    Rename,
    Symlink,
    Link,
    Readlink,
    Listdir,
    Getcwd,
    Chdir,
    Isatty,
    Strerror,
    CpuCount,
    Getpid,
}

/// One operation of the host's operating system: its number, or its OS error.
fn os_num(op: OsOp, a: &[u8], b: &[u8], x: f64, y: f64, z: f64) -> HostResult<f64> {
    // SAFETY: both slices are valid for the call; a held result is taken right away.
    let r = unsafe { os(op as u32, a.as_ptr(), a.len(), b.as_ptr(), b.len(), x, y, z) };
    if r >= 0.0 {
        return Ok(r);
    }
    let code = -r as u64;
    let msg = take_pending((code & 0xffff) as i32).filter(|m| !m.is_empty());
    let errno = (code >> 16) as i32;
    Err((errno, msg.map_or_else(|| crate::host::enosys().1, |m| String::from_utf8_lossy(&m).into_owned())))
}

/// An operation whose result is bytes (file data, a stat record, names).
fn os_bytes(op: OsOp, a: &[u8], x: f64, y: f64) -> HostResult<Vec<u8>> {
    let len = os_num(op, a, &[], x, y, 0.0)?;
    Ok(take_pending(len as i32).unwrap_or_default())
}

/// An operation whose only result is success.
fn os_do(op: OsOp, a: &str, b: &str, x: f64, y: f64, z: f64) -> HostResult<()> {
    os_num(op, a.as_bytes(), b.as_bytes(), x, y, z).map(drop)
}

fn os_stat(op: OsOp, a: &[u8], x: f64) -> HostResult<crate::host::FileStat> {
    let b = os_bytes(op, a, x, 0.0)?;
    // Thirteen little-endian i64s in FileStat's field order.
    let f = |i: usize| b.get(i * 8..i * 8 + 8).map_or(0, |w| i64::from_le_bytes(w.try_into().unwrap_or_default()));
    Ok(crate::host::FileStat {
        mode: f(0) as u32,
        ino: f(1) as u64,
        dev: f(2) as u64,
        nlink: f(3) as u64,
        uid: f(4) as u32,
        gid: f(5) as u32,
        size: f(6) as u64,
        atime_ns: f(7),
        mtime_ns: f(8),
        ctime_ns: f(9),
        blksize: f(10) as u64,
        blocks: f(11) as u64,
        rdev: f(12) as u64,
    })
}

/// Whether an error means the host has no operating system (a page): the read-only
/// defaults over `read_file`/`is_dir` answer instead.
fn no_os<T>(r: &HostResult<T>) -> bool {
    matches!(r, Err((38, _)))
}

/// A bundled module registered by the loader.
struct BundledModule {
    name: String,
    is_package: bool,
    code: Vec<u8>,
}

thread_local! {
    static VM: RefCell<Option<Vm>> = const { RefCell::new(None) };
    static BUNDLE: RefCell<Vec<BundledModule>> = const { RefCell::new(Vec::new()) };
}

const STDOUT_BUFFER: usize = 1 << 16;

struct WasmHost;

thread_local! {
    /// Standard output not yet handed to JS. Outside the VM, so that `flush_stdout` reaches
    /// it after a trap or a JS exception left the VM borrowed.
    static OUT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Hands buffered standard output to JS (the CLI calls it before it reports an internal
/// error, so that what the program printed before is not lost). Does nothing if a trap
/// stopped a write half way.
#[no_mangle]
pub extern "C" fn flush_stdout() {
    OUT.with(|out| {
        if let Ok(mut out) = out.try_borrow_mut() {
            if !out.is_empty() {
                // SAFETY: pointer and length describe `out`, which JS only reads.
                unsafe { write(1, out.as_ptr(), out.len()) };
                out.clear();
            }
        }
    })
}

thread_local! {
    /// The environment given by `set_environ` (Node: `process.env`; a page gives none).
    static ENVIRON: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

impl Host for WasmHost {
    fn env_var(&mut self, name: &str) -> Option<String> {
        ENVIRON.with_borrow(|env| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    fn env_vars(&mut self) -> Vec<(String, String)> {
        ENVIRON.with_borrow(|env| env.clone())
    }

    fn write(&mut self, fd: u32, data: &[u8]) {
        if fd == 1 {
            let full = OUT.with_borrow_mut(|out| {
                out.extend_from_slice(data);
                out.len() >= STDOUT_BUFFER
            });
            if full {
                flush_stdout();
            }
        } else {
            flush_stdout();
            // SAFETY: as above.
            unsafe { write(fd, data.as_ptr(), data.len()) };
        }
    }

    fn flush(&mut self) {
        flush_stdout();
    }

    fn read_line(&mut self) -> Option<Vec<u8>> {
        flush_stdout();
        // SAFETY: no arguments; the result is fetched by `take_pending`.
        take_pending(unsafe { read_line() })
    }

    fn time(&mut self) -> f64 {
        // SAFETY: pure JS clock call.
        unsafe { time() }
    }

    fn monotonic(&mut self) -> f64 {
        // SAFETY: pure JS clock call.
        unsafe { monotonic() }
    }

    fn urandom(&mut self, buf: &mut [u8]) -> HostResult<()> {
        // SAFETY: JS writes exactly `buf.len()` bytes into `buf`.
        match unsafe { random(buf.as_mut_ptr(), buf.len()) } {
            0 => Ok(()),
            _ => Err(crate::host::enosys()),
        }
    }

    fn sleep(&mut self, seconds: f64) {
        flush_stdout();
        // SAFETY: pure JS call.
        unsafe { sleep(seconds) }
    }

    fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
        // SAFETY: `path` is valid for the call.
        take_pending(unsafe { read_file(path.as_ptr(), path.len()) })
    }

    fn suspend(&mut self, why: &Suspension) -> bool {
        let (kind, seconds, name) = match why {
            Suspension::Sleep(s) => (0, *s, ""),
            Suspension::Import(name) => (1, 0.0, name.as_str()),
            Suspension::Input(prompt) => (2, 0.0, prompt.as_str()),
            Suspension::Wait(s) => (3, s.unwrap_or(-1.0), ""),
            Suspension::Body(chunk) => (4, *chunk as f64, ""),
        };
        flush_stdout();
        // SAFETY: `name` is valid for the call.
        unsafe { suspend(kind, seconds, name.as_ptr(), name.len()) != 0 }
    }

    fn native_code_ready(&mut self, name: &str) -> Result<(), String> {
        // SAFETY: `name` is valid for the call; a refusal's message comes back pending.
        match unsafe { native_ready(name.as_ptr(), name.len()) } {
            len if len < 0 => Ok(()),
            len => Err(take_pending(len).map(|m| String::from_utf8_lossy(&m).into_owned()).unwrap_or_default()),
        }
    }

    fn lazy_body(&mut self, at: pygmy_bytecode::BodyRef) -> Result<Vec<u8>, String> {
        // SAFETY: plain numbers; the answer comes back pending.
        let blob = take_pending(unsafe { lazy_body(at.chunk, at.index) }).unwrap_or_default();
        match blob.split_first() {
            Some((0, code)) => Ok(code.to_vec()),
            Some((_, why)) => Err(String::from_utf8_lossy(why).into_owned()),
            None => Err(format!("body chunk {} is not in this app's file table", at.chunk)),
        }
    }

    fn unicode_data(&mut self) -> Result<Vec<u8>, String> {
        // SAFETY: no arguments; the answer comes back pending.
        let blob = take_pending(unsafe { unicode_data() }).unwrap_or_default();
        match blob.split_first() {
            Some((0, data)) => Ok(data.to_vec()),
            Some((_, why)) => Err(String::from_utf8_lossy(why).into_owned()),
            None => Err("the loader has no Unicode database file".into()),
        }
    }

    fn is_dir(&mut self, path: &str) -> bool {
        // SAFETY: `path` is valid for the call.
        unsafe { is_dir(path.as_ptr(), path.len()) != 0 }
    }

    fn open(&mut self, path: &str, flags: i32, mode: u32) -> HostResult<i32> {
        os_num(OsOp::Open, path.as_bytes(), &[], flags as f64, mode as f64, 0.0).map(|fd| fd as i32)
    }

    fn fd_read(&mut self, fd: i32, n: usize) -> HostResult<Vec<u8>> {
        flush_stdout();
        os_bytes(OsOp::Read, &[], fd as f64, n as f64)
    }

    fn fd_write(&mut self, fd: i32, data: &[u8]) -> HostResult<usize> {
        if fd == 1 || fd == 2 {
            self.write(fd as u32, data);
            return Ok(data.len());
        }
        os_num(OsOp::Write, &[], data, fd as f64, 0.0, 0.0).map(|n| n as usize)
    }

    fn fd_seek(&mut self, fd: i32, offset: i64, whence: u32) -> HostResult<u64> {
        os_num(OsOp::Seek, &[], &[], fd as f64, offset as f64, whence as f64).map(|p| p as u64)
    }

    fn fd_truncate(&mut self, fd: i32, len: u64) -> HostResult<()> {
        os_num(OsOp::Truncate, &[], &[], fd as f64, len as f64, 0.0).map(drop)
    }

    fn fd_close(&mut self, fd: i32) -> HostResult<()> {
        let r = os_num(OsOp::Close, &[], &[], fd as f64, 0.0, 0.0).map(drop);
        if no_os(&r) {
            return Ok(());
        }
        r
    }

    fn fd_stat(&mut self, fd: i32) -> HostResult<crate::host::FileStat> {
        os_stat(OsOp::Fstat, &[], fd as f64)
    }

    fn isatty(&mut self, fd: i32) -> bool {
        os_num(OsOp::Isatty, &[], &[], fd as f64, 0.0, 0.0).is_ok_and(|t| t != 0.0)
    }

    fn stat(&mut self, path: &str, follow_symlinks: bool) -> HostResult<crate::host::FileStat> {
        let r = os_stat(OsOp::Stat, path.as_bytes(), follow_symlinks as u32 as f64);
        if no_os(&r) {
            return crate::host::stat_from_files(self, path);
        }
        r
    }

    fn remove(&mut self, path: &str) -> HostResult<()> {
        os_do(OsOp::Unlink, path, "", 0.0, 0.0, 0.0)
    }

    fn rmdir(&mut self, path: &str) -> HostResult<()> {
        os_do(OsOp::Rmdir, path, "", 0.0, 0.0, 0.0)
    }

    fn mkdir(&mut self, path: &str, mode: u32) -> HostResult<()> {
        os_do(OsOp::Mkdir, path, "", mode as f64, 0.0, 0.0)
    }

    fn chmod(&mut self, path: &str, mode: u32, follow_symlinks: bool) -> HostResult<()> {
        os_do(OsOp::Chmod, path, "", mode as f64, follow_symlinks as u32 as f64, 0.0)
    }

    fn chown(&mut self, path: &str, uid: Option<u32>, gid: Option<u32>, follow_symlinks: bool) -> HostResult<()> {
        let id = |v: Option<u32>| v.map_or(-1.0, |v| v as f64);
        os_do(OsOp::Chown, path, "", id(uid), id(gid), follow_symlinks as u32 as f64)
    }

    fn rename(&mut self, from: &str, to: &str) -> HostResult<()> {
        os_do(OsOp::Rename, from, to, 0.0, 0.0, 0.0)
    }

    fn symlink(&mut self, target: &str, link: &str) -> HostResult<()> {
        os_do(OsOp::Symlink, target, link, 0.0, 0.0, 0.0)
    }

    fn link(&mut self, target: &str, link: &str) -> HostResult<()> {
        os_do(OsOp::Link, target, link, 0.0, 0.0, 0.0)
    }

    fn readlink(&mut self, path: &str) -> HostResult<String> {
        os_bytes(OsOp::Readlink, path.as_bytes(), 0.0, 0.0).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    fn list_dir(&mut self, path: &str) -> HostResult<Vec<String>> {
        let names = os_bytes(OsOp::Listdir, path.as_bytes(), 0.0, 0.0)?;
        Ok(names.split(|&c| c == 0).filter(|n| !n.is_empty()).map(|n| String::from_utf8_lossy(n).into_owned()).collect())
    }

    fn getcwd(&mut self) -> String {
        os_bytes(OsOp::Getcwd, &[], 0.0, 0.0).map_or_else(|_| "/".into(), |b| String::from_utf8_lossy(&b).into_owned())
    }

    fn chdir(&mut self, path: &str) -> HostResult<()> {
        os_do(OsOp::Chdir, path, "", 0.0, 0.0, 0.0)
    }

    fn cpu_count(&mut self) -> Option<usize> {
        os_num(OsOp::CpuCount, &[], &[], 0.0, 0.0, 0.0).ok().map(|n| n as usize)
    }

    fn getpid(&mut self) -> u32 {
        os_num(OsOp::Getpid, &[], &[], 0.0, 0.0, 0.0).map_or(1, |n| n as u32)
    }

    fn strerror(&mut self, errno: i32) -> String {
        match os_bytes(OsOp::Strerror, &[], errno as f64, 0.0) {
            Ok(m) if !m.is_empty() => String::from_utf8_lossy(&m).into_owned(),
            _ => format!("Unknown error {errno}"),
        }
    }

    fn compile(&mut self, source: &str, filename: &str, mode: &str, flags: u32) -> Result<Vec<u8>, CompileFailure> {
        let mode = match mode {
            "eval" => 1,
            "single" => 2,
            _ => 0,
        };
        // SAFETY: both strings are valid for the call.
        let len = unsafe { compile(source.as_ptr(), source.len(), filename.as_ptr(), filename.len(), mode, flags) };
        match take_pending(len) {
            Some(blob) => decode_compile_result(&blob),
            None => Err(no_compiler()),
        }
    }

    fn find_module(&mut self, fullname: &str, name: &str, search: &[String]) -> Option<FoundModule> {
        let bundled = || {
            BUNDLE.with_borrow(|b| {
                b.iter().find(|m| m.name == fullname).map(|m| FoundModule {
                    origin: crate::host::bundle_origin(&m.name, m.is_package),
                    is_package: m.is_package,
                    code: ModuleCode::Bytecode(m.code.clone()),
                })
            })
        };
        // SAFETY: `fullname` is valid for the call (which may re-enter `add_module`).
        if let Some(found) = bundled().or_else(|| (unsafe { want_module(fullname.as_ptr(), fullname.len()) } != 0).then(bundled).flatten()) {
            return Some(found);
        }
        // Files (Node): the trait's default search over read_file/is_dir.
        default_find_module(self, name, search)
    }
}

/// The `Host::find_module` default, callable from an override.
fn default_find_module(host: &mut WasmHost, name: &str, search: &[String]) -> Option<FoundModule> {
    struct Files<'a>(&'a mut WasmHost);
    impl Host for Files<'_> {
        fn write(&mut self, fd: u32, data: &[u8]) {
            self.0.write(fd, data)
        }
        fn read_file(&mut self, path: &str) -> Option<Vec<u8>> {
            self.0.read_file(path)
        }
        fn is_dir(&mut self, path: &str) -> bool {
            self.0.is_dir(path)
        }
    }
    Files(host).find_module("", name, search)
}

fn no_compiler() -> CompileFailure {
    CompileFailure {
        kind: "SystemError",
        message: "no compiler is available (the compiler chunk did not load)".into(),
        filename: String::new(),
        line: 0,
        col: 0,
        end_line: 0,
        end_col: Some(0),
        text: None,
    }
}

/// Decodes the compiler chunk's result blob:
/// - `0, marshal bytes…` — the code object;
/// - `1, kind: u8 (0 SyntaxError, 1 IndentationError, 2 TabError), line, col, end_line,
///   end_col: u32 LE, then message, filename, text as (u32 LE length, UTF-8 bytes)`, where
///   text's length is `u32::MAX` when there is no source line.
///
/// The encoder is `compiler-wasm/src/lib.rs`; keep the two in step.
pub fn decode_compile_result(blob: &[u8]) -> Result<Vec<u8>, CompileFailure> {
    match blob.split_first() {
        Some((0, code)) => Ok(code.to_vec()),
        Some((1, rest)) => Err(decode_failure(rest).unwrap_or_else(no_compiler)),
        _ => Err(no_compiler()),
    }
}

fn decode_failure(b: &[u8]) -> Option<CompileFailure> {
    let kind = match *b.first()? {
        1 => "IndentationError",
        2 => "TabError",
        _ => "SyntaxError",
    };
    let mut pos = 1;
    let u32_at = |pos: &mut usize| -> Option<u32> {
        let v = u32::from_le_bytes(b.get(*pos..*pos + 4)?.try_into().ok()?);
        *pos += 4;
        Some(v)
    };
    let line = u32_at(&mut pos)?;
    let col = u32_at(&mut pos)?;
    let end_line = u32_at(&mut pos)?;
    let end_col = Some(u32_at(&mut pos)? as i32).filter(|&v| v != i32::MIN);
    let mut strings: [Option<String>; 3] = [None, None, None];
    for s in strings.iter_mut() {
        let len = u32_at(&mut pos)?;
        if len != u32::MAX {
            let bytes = b.get(pos..pos + len as usize)?;
            pos += len as usize;
            *s = Some(String::from_utf8_lossy(bytes).into_owned());
        }
    }
    let [message, filename, text] = strings;
    Some(CompileFailure { kind, message: message?, filename: filename?, line, col, end_line, end_col, text })
}

/// Reads `len` bytes at `ptr` that JS wrote into memory it got from `alloc`.
///
/// # Safety
/// `ptr..ptr+len` must be initialized memory owned by the caller for the call's duration.
unsafe fn bytes<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if len == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(ptr, len)
    }
}

/// # Safety
/// As [`bytes`].
unsafe fn strings(ptr: *const u8, len: usize) -> Vec<String> {
    let b = bytes(ptr, len);
    if b.is_empty() {
        return Vec::new();
    }
    b.split(|&c| c == 0).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}

/// Allocates `len` bytes for JS to fill (align 1). Returns null on failure.
#[no_mangle]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    match std::alloc::Layout::from_size_align(len.max(1), 1) {
        // SAFETY: the layout has a non-zero size.
        Ok(layout) => unsafe { std::alloc::alloc(layout) },
        Err(_) => std::ptr::null_mut(),
    }
}

/// Frees memory from [`alloc`].
///
/// # Safety
/// `ptr` must come from `alloc(len)` with the same `len`, and not be freed twice.
#[no_mangle]
pub unsafe extern "C" fn free(ptr: *mut u8, len: usize) {
    if !ptr.is_null() {
        std::alloc::dealloc(ptr, std::alloc::Layout::from_size_align_unchecked(len.max(1), 1));
    }
}

/// Creates the VM (once; later calls do nothing).
#[no_mangle]
pub extern "C" fn init() {
    VM.with_borrow_mut(|vm| {
        if vm.is_none() {
            // Under panic=abort (`cargo xtask dist --std stable`) a panic traps after this hook;
            // say why on stderr first. What ships is built with panic=immediate-abort, where a
            // panic is a bare `unreachable` trap that never gets here: the loader reports it.
            std::panic::set_hook(Box::new(|info| {
                let msg = format!("pygmy: internal error: {info}\n");
                // SAFETY: `msg` is valid for the call.
                unsafe { write(2, msg.as_ptr(), msg.len()) };
            }));
            *vm = Some(Vm::new(Box::new(WasmHost)));
        }
    });
}

fn with_vm<R>(f: impl FnOnce(&mut Vm) -> R) -> R {
    init();
    VM.with_borrow_mut(|vm| f(vm.as_mut().expect("init() created the VM")))
}

/// Sets `sys.argv` (NUL-separated).
///
/// # Safety
/// `ptr..ptr+len` as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn set_argv(ptr: *const u8, len: usize) {
    let argv = strings(ptr, len);
    with_vm(|vm| vm.set_argv(argv));
}

/// Sets the environment (NUL-separated `KEY=value` strings).
///
/// # Safety
/// `ptr..ptr+len` as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn set_environ(ptr: *const u8, len: usize) {
    let vars = strings(ptr, len)
        .into_iter()
        .filter_map(|kv| kv.split_once('=').map(|(k, v)| (k.to_string(), v.to_string())))
        .collect::<Vec<(String, String)>>();
    if let Some((_, v)) = vars.iter().find(|(k, _)| k == "PYGMY_JIT") {
        crate::jit::set_mode_from(v);
    }
    ENVIRON.with_borrow_mut(|env| *env = vars);
}

/// Sets `sys.path` (NUL-separated).
///
/// # Safety
/// `ptr..ptr+len` as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn set_path(ptr: *const u8, len: usize) {
    let path = strings(ptr, len);
    with_vm(|vm| vm.set_sys_path(path));
}

/// Registers a bundled module's serialized bytecode under its dotted name.
///
/// # Safety
/// Both ranges as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn add_module(name: *const u8, name_len: usize, is_package: u32, code: *const u8, code_len: usize) {
    let name = String::from_utf8_lossy(bytes(name, name_len)).into_owned();
    let code = bytes(code, code_len).to_vec();
    BUNDLE.with_borrow_mut(|b| {
        b.retain(|m| m.name != name);
        b.push(BundledModule { name, is_package: is_package != 0, code });
    });
}

/// What `run_main` and `resume` return when the program stopped for JS (the `suspend`
/// import said yes): JS waits or fetches, then calls `resume`. Not an exit status a program
/// can give (`sys.exit(n)` with n out of the i32 range saturates to it only in theory).
pub const SUSPENDED: i32 = i32::MIN;

fn status(state: RunState) -> i32 {
    match state {
        RunState::Exited(s) => s,
        RunState::Suspended(_) => SUSPENDED,
    }
}

/// Runs the compiled main file as `__main__` and returns the exit status, or [`SUSPENDED`].
///
/// # Safety
/// Both ranges as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn run_main(blob: *const u8, blob_len: usize, path: *const u8, path_len: usize) -> i32 {
    let path = String::from_utf8_lossy(bytes(path, path_len)).into_owned();
    start(bytes(blob, blob_len), |vm, code| vm.start_main(code, &path))
}

/// Loads a compile result blob and starts it with `run`; a SyntaxError in it is reported as
/// an uncaught exception.
fn start(blob: &[u8], run: impl FnOnce(&mut Vm, &crate::value::Value) -> RunState) -> i32 {
    with_vm(|vm| {
        let code = decode_compile_result(blob).map_err(|f| crate::error::syntax_error_from(&f)).and_then(|b| vm.load_code(&b));
        match code {
            Ok(code) => status(run(vm, &code)),
            Err(e) => {
                let status = vm.handle_uncaught(&e.0);
                vm.flush();
                status
            }
        }
    })
}

/// Runs compiled code in the `__main__` kept between calls (`Vm::start_in_main`: a page's
/// script tags and REPL): the status (1 after an uncaught exception) or [`SUSPENDED`].
///
/// # Safety
/// The range as for [`bytes`].
#[no_mangle]
pub unsafe extern "C" fn run_in_main(blob: *const u8, blob_len: usize) -> i32 {
    start(bytes(blob, blob_len), |vm, code| vm.start_in_main(code))
}

/// Runs the session's asyncio loop between entries (`Vm::start_session_loop`): 0 at once
/// when no entry has awaited yet, else [`SUSPENDED`] where the loop waits, until
/// `stop_session_loop`.
#[no_mangle]
pub extern "C" fn run_session_loop() -> i32 {
    with_vm(|vm| status(vm.start_session_loop()))
}

/// Stops that loop after its current iteration (it ends when resumed).
#[no_mangle]
pub extern "C" fn stop_session_loop() {
    with_vm(|vm| vm.stop_session_loop())
}

/// Continues the program `run_main` left suspended: the exit status, or [`SUSPENDED`] again.
#[no_mangle]
pub extern "C" fn resume() -> i32 {
    with_vm(|vm| status(vm.resume()))
}
