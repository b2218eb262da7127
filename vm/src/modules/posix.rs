//! The `posix` module (the part of `os` written in C): files, directories, `stat`, the
//! environment, `urandom`, process facts. Everything goes through the host.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::host::FileStat;
use crate::modules::structseq;
use crate::modules::util::{fspath, host, new_module, os_error, path_arg, path_result, set, set_ints};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::native::{NativeData, NativeObject};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", posix_getcwd),
    ("getcwdb", posix_getcwdb),
    ("chdir", posix_chdir),
    ("listdir", posix_listdir),
    ("scandir", posix_scandir),
    ("stat", posix_stat),
    ("lstat", posix_lstat),
    ("fstat", posix_fstat),
    ("open", posix_open),
    ("read", posix_read),
    ("write", posix_write),
    ("close", posix_close),
    ("lseek", posix_lseek),
    ("ftruncate", posix_ftruncate),
    ("truncate", posix_truncate),
    ("isatty", posix_isatty),
    ("remove", posix_remove),
    ("unlink", posix_remove),
    ("rmdir", posix_rmdir),
    ("mkdir", posix_mkdir),
    ("chmod", posix_chmod),
    ("chown", posix_chown),
    ("lchown", posix_lchown),
    ("symlink", posix_symlink),
    ("link", posix_link),
    ("readlink", posix_readlink),
    ("rename", posix_rename),
    ("replace", posix_rename),
    ("access", posix_access),
    ("urandom", posix_urandom),
    ("getpid", posix_getpid),
    ("getppid", posix_getppid),
    ("getuid", posix_zero),
    ("geteuid", posix_zero),
    ("getgid", posix_zero),
    ("getegid", posix_zero),
    ("umask", posix_umask),
    ("cpu_count", posix_cpu_count),
    ("strerror", posix_strerror),
    ("fspath", posix_fspath),
    ("putenv", posix_putenv),
    ("unsetenv", posix_unsetenv),
    ("device_encoding", posix_device_encoding),
    ("get_terminal_size", posix_get_terminal_size),
    ("_exit", posix_exit),
    ("waitpid", posix_waitpid),
    ("waitstatus_to_exitcode", posix_waitstatus_to_exitcode),
    ("WIFEXITED", posix_wifexited),
    ("WEXITSTATUS", posix_wexitstatus),
    ("WIFSIGNALED", posix_wifsignaled),
    ("WTERMSIG", posix_wtermsig),
    ("WIFSTOPPED", posix_wifstopped),
    ("WSTOPSIG", posix_wstopsig),
    ("WIFCONTINUED", posix_wifcontinued),
    ("WCOREDUMP", posix_wcoredump),
];

const CONSTANTS: &[(&str, i64)] = &[
    ("F_OK", 0),
    ("R_OK", 4),
    ("W_OK", 2),
    ("X_OK", 1),
    ("O_RDONLY", 0),
    ("O_WRONLY", 1),
    ("O_RDWR", 2),
    ("O_CREAT", 0o100),
    ("O_EXCL", 0o200),
    ("O_NOCTTY", 0o400),
    ("O_TRUNC", 0o1000),
    ("O_APPEND", 0o2000),
    ("O_NONBLOCK", 0o4000),
    ("O_NDELAY", 0o4000),
    ("O_DSYNC", 0o10000),
    ("O_SYNC", 0o4010000),
    ("O_DIRECTORY", 0o200000),
    ("O_NOFOLLOW", 0o400000),
    ("O_CLOEXEC", 0o2000000),
    ("O_ACCMODE", 3),
    ("SEEK_SET", 0),
    ("SEEK_CUR", 1),
    ("SEEK_END", 2),
    ("EX_OK", 0),
    ("WNOHANG", 1),
    ("WUNTRACED", 2),
    ("WCONTINUED", 8),
];

static STAT_RESULT: structseq::Spec = structseq::Spec {
    name: "os.stat_result",
    fields: &[
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "", "st_atime", "st_mtime", "st_ctime",
        "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
    ],
    n_seq: 10,
};

static TERMINAL_SIZE: structseq::Spec = structseq::Spec { name: "os.terminal_size", fields: &["columns", "lines"], n_seq: 2 };

thread_local! {
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// (stat_result, DirEntry) types, created once per thread.
fn types() -> (Value, Value) {
    TYPES.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let st = structseq::new_type(&STAT_RESULT);
                let de = crate::types::new_native_type("DirEntry", "posix", None, &[DIRENTRY_METHODS], &DIRENTRY_GETSETS, false);
                (st, de)
            })
            .clone()
    })
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("posix", FUNCTIONS);
    set_ints(&m, CONSTANTS);
    let (st, de) = types();
    set(&m, "stat_result", st);
    set(&m, "DirEntry", de);
    set(&m, "terminal_size", structseq::new_type(&TERMINAL_SIZE));
    // No dir_fd/fd variants: os.supports_dir_fd and friends come out (nearly) empty.
    set(&m, "_have_functions", Value::list(vec![]));
    let environ = Value::dict();
    for (k, v) in vm.host.env_vars() {
        vm.setitem(&environ, &Value::bytes(k.into_bytes()), &Value::bytes(v.into_bytes()))?;
    }
    set(&m, "environ", environ);
    Ok(m)
}

fn stat_value(s: &FileStat) -> PyResult {
    let secs = |ns: i64| Value::float(ns as f64 / 1e9);
    let whole = |ns: i64| Value::int(ns.div_euclid(1_000_000_000));
    structseq::new(
        &types().0,
        vec![
            Value::int(s.mode as i64),
            Value::int(s.ino as i64),
            Value::int(s.dev as i64),
            Value::int(s.nlink as i64),
            Value::int(s.uid as i64),
            Value::int(s.gid as i64),
            Value::int(s.size as i64),
            whole(s.atime_ns),
            whole(s.mtime_ns),
            whole(s.ctime_ns),
            secs(s.atime_ns),
            secs(s.mtime_ns),
            secs(s.ctime_ns),
            Value::int(s.atime_ns),
            Value::int(s.mtime_ns),
            Value::int(s.ctime_ns),
            Value::int(s.blksize as i64),
            Value::int(s.blocks as i64),
            Value::int(s.rdev as i64),
        ],
    )
}

fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if v.as_float().is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    Ok(vm.to_isize(v)? as i32)
}

fn posix_getcwd(vm: &mut Vm, args: Args) -> PyResult {
    args.check("getcwd", 0, 0)?;
    Ok(Value::string(vm.host.getcwd()))
}

fn posix_getcwdb(vm: &mut Vm, args: Args) -> PyResult {
    args.check("getcwdb", 0, 0)?;
    Ok(Value::bytes(vm.host.getcwd().into_bytes()))
}

fn posix_chdir(vm: &mut Vm, args: Args) -> PyResult {
    let [p] = args.bind("chdir", ["path"], 1, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, "chdir", "path", &p)?;
    let r = vm.host.chdir(&path);
    host(vm, r, Some(&p))?;
    Ok(Value::none())
}

fn list_names(vm: &mut Vm, fname: &str, p: Option<Value>) -> PyResult<(Value, String, bool, Vec<String>)> {
    let p = p.filter(|v| !v.is_none()).unwrap_or_else(|| Value::str("."));
    let (path, as_bytes) = path_arg(vm, fname, "path", &p)?;
    let r = vm.host.list_dir(&path);
    let mut names = host(vm, r, Some(&p))?;
    names.retain(|n| n != "." && n != "..");
    Ok((p, path, as_bytes, names))
}

fn posix_listdir(vm: &mut Vm, args: Args) -> PyResult {
    let [p] = args.bind("listdir", ["path"], 0, 0)?;
    let (_, _, as_bytes, names) = list_names(vm, "listdir", p)?;
    Ok(Value::list(names.into_iter().map(|n| path_result(n, as_bytes)).collect()))
}

fn posix_stat(vm: &mut Vm, args: Args) -> PyResult {
    let [p, _dir_fd, follow] = args.bind("stat", ["path", "dir_fd", "follow_symlinks"], 1, 0)?;
    let follow = follow_symlinks(vm, follow)?;
    do_stat(vm, "stat", &p.unwrap_or_else(Value::none), follow)
}

/// The `follow_symlinks` keyword of stat, chmod and chown: true unless given false.
fn follow_symlinks(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    v.map_or(Ok(true), |f| vm.truthy(&f))
}

fn posix_lstat(vm: &mut Vm, args: Args) -> PyResult {
    let [p, _dir_fd] = args.bind("lstat", ["path", "dir_fd"], 1, 0)?;
    do_stat(vm, "lstat", &p.unwrap_or_else(Value::none), false)
}

fn do_stat(vm: &mut Vm, fname: &str, p: &Value, follow: bool) -> PyResult {
    if p.as_int().is_some() {
        let fd = fd_arg(vm, p)?;
        let r = vm.host.fd_stat(fd);
        return stat_value(&host(vm, r, None)?);
    }
    let (path, _) = path_arg(vm, fname, "path", p)?;
    let r = vm.host.stat(&path, follow);
    stat_value(&host(vm, r, Some(p))?)
}

fn posix_fstat(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.bind("fstat", ["fd"], 1, 0)?;
    let fd = fd_arg(vm, &fd.unwrap_or_else(Value::none))?;
    let r = vm.host.fd_stat(fd);
    stat_value(&host(vm, r, None)?)
}

fn posix_open(vm: &mut Vm, args: Args) -> PyResult {
    let [p, flags, mode, _dir_fd] = args.bind("open", ["path", "flags", "mode", "dir_fd"], 2, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, "open", "path", &p)?;
    let flags = fd_arg(vm, &flags.unwrap_or_else(Value::none))?;
    let mode = match mode {
        Some(m) => vm.to_isize(&m)? as u32,
        None => 0o777,
    };
    let r = vm.host.open(&path, flags, mode);
    Ok(Value::int(host(vm, r, Some(&p))? as i64))
}

fn posix_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("read", 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    let n = vm.to_isize(&pos[1])?;
    if n < 0 {
        return Err(os_error(vm, (22, "Invalid argument".into()), None));
    }
    let r = vm.host.fd_read(fd, n as usize);
    Ok(Value::bytes(host(vm, r, None)?))
}

fn posix_write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("write", 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    let data = crate::types::bytes::bytes_like(&pos[1])
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", crate::types::typeobj::type_name(&pos[1]))))?;
    let r = vm.host.fd_write(fd, &data);
    Ok(Value::int(host(vm, r, None)? as i64))
}

fn posix_close(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.bind("close", ["fd"], 1, 0)?;
    let fd = fd_arg(vm, &fd.unwrap_or_else(Value::none))?;
    let r = vm.host.fd_close(fd);
    host(vm, r, None)?;
    Ok(Value::none())
}

fn posix_lseek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("lseek", 3, 3)?;
    let fd = fd_arg(vm, &pos[0])?;
    let off = vm.to_ssize(&pos[1])?;
    let whence = vm.to_isize(&pos[2])? as u32;
    let r = vm.host.fd_seek(fd, off, whence);
    Ok(Value::int(host(vm, r, None)? as i64))
}

fn posix_ftruncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("ftruncate", 2, 2)?;
    let fd = fd_arg(vm, &pos[0])?;
    let len = vm.to_isize(&pos[1])?;
    let r = vm.host.fd_truncate(fd, len.max(0) as u64);
    host(vm, r, None)?;
    Ok(Value::none())
}

fn posix_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("truncate", 2, 2)?;
    let (path, _) = path_arg(vm, "truncate", "path", &pos[0])?;
    let len = vm.to_isize(&pos[1])?;
    let r = vm.host.open(&path, 1, 0);
    let fd = host(vm, r, Some(&pos[0]))?;
    let r = vm.host.fd_truncate(fd, len.max(0) as u64);
    let _ = vm.host.fd_close(fd);
    host(vm, r, Some(&pos[0]))?;
    Ok(Value::none())
}

fn posix_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("isatty", 1, 1)?;
    let fd = fd_arg(vm, &pos[0])?;
    Ok(Value::bool(vm.host.isatty(fd)))
}

/// One-path operations (remove, rmdir) share the argument handling.
fn path_op(vm: &mut Vm, args: Args, fname: &str, op: fn(&mut Vm, &str) -> crate::host::HostResult<()>) -> PyResult {
    let [p, _dir_fd] = args.bind(fname, ["path", "dir_fd"], 1, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, fname, "path", &p)?;
    let r = op(vm, &path);
    host(vm, r, Some(&p))?;
    Ok(Value::none())
}

fn posix_remove(vm: &mut Vm, args: Args) -> PyResult {
    path_op(vm, args, "remove", |vm, p| vm.host.remove(p))
}

fn posix_rmdir(vm: &mut Vm, args: Args) -> PyResult {
    path_op(vm, args, "rmdir", |vm, p| vm.host.rmdir(p))
}

fn posix_mkdir(vm: &mut Vm, args: Args) -> PyResult {
    let [p, mode, _dir_fd] = args.bind("mkdir", ["path", "mode", "dir_fd"], 1, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, "mkdir", "path", &p)?;
    let mode = match mode {
        Some(m) => vm.to_isize(&m)? as u32,
        None => 0o777,
    };
    let r = vm.host.mkdir(&path, mode);
    host(vm, r, Some(&p))?;
    Ok(Value::none())
}

fn posix_rename(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b, _, _] = args.bind("rename", ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0)?;
    two_paths(vm, "rename", a, b, |vm, from, to| vm.host.rename(from, to))
}

fn posix_symlink(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b, _is_dir, _dir_fd] = args.bind("symlink", ["src", "dst", "target_is_directory", "dir_fd"], 2, 0)?;
    two_paths(vm, "symlink", a, b, |vm, target, link| vm.host.symlink(target, link))
}

fn posix_link(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b, _, _, _] = args.bind("link", ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 0)?;
    two_paths(vm, "link", a, b, |vm, target, link| vm.host.link(target, link))
}

/// An operation on a source and a destination path; its OSError names both (`'a' -> 'b'`).
fn two_paths(vm: &mut Vm, fname: &str, a: Option<Value>, b: Option<Value>, op: fn(&mut Vm, &str, &str) -> crate::host::HostResult<()>) -> PyResult {
    let (a, b) = (a.unwrap_or_else(Value::none), b.unwrap_or_else(Value::none));
    let (from, _) = path_arg(vm, fname, "src", &a)?;
    let (to, _) = path_arg(vm, fname, "dst", &b)?;
    let r = op(vm, &from, &to);
    r.map_err(|e| {
        let mut args = vec![Value::int(e.0 as i64), Value::string(e.1), a.clone(), Value::none(), b.clone()];
        match vm.call(&ExcType::OSError.type_value(), &std::mem::take(&mut args)) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        }
    })?;
    Ok(Value::none())
}

fn posix_chmod(vm: &mut Vm, args: Args) -> PyResult {
    let [p, mode, _dir_fd, follow] = args.bind("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, "chmod", "path", &p)?;
    let mode = vm.to_isize(&mode.unwrap_or_else(Value::none))?;
    let follow = follow_symlinks(vm, follow)?;
    match vm.host.chmod(&path, mode as u32, follow) {
        // EOPNOTSUPP: a symlink's own mode, which Linux cannot set.
        Err((95, _)) if !follow => Err(PyErr::new(ExcType::NotImplementedError, "chmod: follow_symlinks unavailable on this platform")),
        r => host(vm, r, Some(&p)).map(|_| Value::none()),
    }
}

fn posix_readlink(vm: &mut Vm, args: Args) -> PyResult {
    let [p, _dir_fd] = args.bind("readlink", ["path", "dir_fd"], 1, 0)?;
    let p = p.unwrap_or_else(Value::none);
    let (path, as_bytes) = path_arg(vm, "readlink", "path", &p)?;
    let r = vm.host.readlink(&path);
    let target = host(vm, r, Some(&p))?;
    Ok(path_result(target, as_bytes))
}

fn posix_chown(vm: &mut Vm, args: Args) -> PyResult {
    let [p, uid, gid, _dir_fd, follow] = args.bind("chown", ["path", "uid", "gid", "dir_fd", "follow_symlinks"], 3, 0)?;
    let follow = follow_symlinks(vm, follow)?;
    chown(vm, "chown", p, uid, gid, follow)
}

fn posix_lchown(vm: &mut Vm, args: Args) -> PyResult {
    let [p, uid, gid] = args.bind("lchown", ["path", "uid", "gid"], 3, 0)?;
    chown(vm, "lchown", p, uid, gid, false)
}

fn chown(vm: &mut Vm, fname: &str, p: Option<Value>, uid: Option<Value>, gid: Option<Value>, follow: bool) -> PyResult {
    let p = p.unwrap_or_else(Value::none);
    let (path, _) = path_arg(vm, fname, "path", &p)?;
    // -1 leaves the id as it is.
    let mut id = |v: Option<Value>, what: &str| -> PyResult<Option<u32>> {
        let v = v.unwrap_or_else(Value::none);
        if crate::types::int::to_bigint(&v).is_none() {
            return Err(type_error(format!("{what} should be integer, not {}", crate::types::typeobj::type_name(&v))));
        }
        match vm.to_isize(&v)? {
            -1 => Ok(None),
            n if n < -1 => Err(crate::error::overflow_error(format!("{what} is less than minimum"))),
            n => u32::try_from(n).map(Some).map_err(|_| crate::error::overflow_error(format!("{what} is greater than maximum"))),
        }
    };
    let (uid, gid) = (id(uid, "uid")?, id(gid, "gid")?);
    let r = vm.host.chown(&path, uid, gid, follow);
    host(vm, r, Some(&p))?;
    Ok(Value::none())
}

fn posix_access(vm: &mut Vm, args: Args) -> PyResult {
    let [p, _mode, _, _, _] = args.bind("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0)?;
    let (path, _) = path_arg(vm, "access", "path", &p.unwrap_or_else(Value::none))?;
    Ok(Value::bool(vm.host.stat(&path, true).is_ok()))
}

fn posix_urandom(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("urandom", 1, 1)?;
    let n = vm.to_isize(&pos[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    let r = vm.host.urandom(&mut buf);
    host(vm, r, None)?;
    Ok(Value::bytes(buf))
}

fn posix_getpid(vm: &mut Vm, args: Args) -> PyResult {
    args.check("getpid", 0, 0)?;
    Ok(Value::int(vm.host.getpid() as i64))
}

fn posix_getppid(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("getppid", 0, 0)?;
    Ok(Value::int(1))
}

fn posix_zero(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

fn posix_umask(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("umask", 1, 1)?;
    Ok(Value::int(0o022))
}

fn posix_cpu_count(vm: &mut Vm, args: Args) -> PyResult {
    args.check("cpu_count", 0, 0)?;
    Ok(vm.host.cpu_count().map(|n| Value::int(n as i64)).unwrap_or_else(Value::none))
}

fn posix_strerror(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strerror", 1, 1)?;
    let n = fd_arg(vm, &pos[0])?;
    Ok(Value::string(vm.host.strerror(n)))
}

fn posix_fspath(vm: &mut Vm, args: Args) -> PyResult {
    let [p] = args.bind("fspath", ["path"], 1, 0)?;
    fspath(vm, &p.unwrap_or_else(Value::none))
}

fn env_str(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<String> {
    let (s, _) = path_arg(vm, fname, "argument", v)?;
    Ok(s)
}

fn posix_putenv(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("putenv", 2, 2)?;
    let k = env_str(vm, "putenv", &pos[0])?;
    let v = env_str(vm, "putenv", &pos[1])?;
    if k.is_empty() || k.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    vm.host.set_env(&k, Some(&v));
    Ok(Value::none())
}

fn posix_unsetenv(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unsetenv", 1, 1)?;
    let k = env_str(vm, "unsetenv", &pos[0])?;
    if k.is_empty() || k.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    vm.host.set_env(&k, None);
    Ok(Value::none())
}

fn posix_device_encoding(vm: &mut Vm, args: Args) -> PyResult {
    let [fd] = args.bind("device_encoding", ["fd"], 1, 0)?;
    let fd = fd_arg(vm, &fd.unwrap_or_else(Value::none))?;
    Ok(if vm.host.isatty(fd) { Value::intern("utf-8") } else { Value::none() })
}

fn posix_get_terminal_size(vm: &mut Vm, _args: Args) -> PyResult {
    Err(os_error(vm, (25, "Inappropriate ioctl for device".into()), None))
}

/// No host can start processes, so there is never a child to wait for.
fn posix_waitpid(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("waitpid", 2, 2)?;
    vm.to_ssize(&pos[0])?;
    vm.to_ssize(&pos[1])?;
    Err(os_error(vm, (10, "No child processes".into()), None))
}

/// The `status` argument of the W* functions (a C int).
fn wait_status(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<i32> {
    let [st] = args.bind(fname, ["status"], 1, 0)?;
    let st = st.unwrap_or_else(Value::none);
    if st.as_float().is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let v = vm.to_ssize(&st)?;
    i32::try_from(v).map_err(|_| crate::error::overflow_error("Python int too large to convert to C int"))
}

fn posix_waitstatus_to_exitcode(vm: &mut Vm, args: Args) -> PyResult {
    let st = wait_status(vm, &args, "waitstatus_to_exitcode")?;
    if st & 0x7f == 0 {
        return Ok(Value::int(((st >> 8) & 0xff) as i64));
    }
    if ((st & 0x7f) + 1) as i8 >> 1 > 0 {
        return Ok(Value::int(-((st & 0x7f) as i64)));
    }
    if st & 0xff == 0x7f {
        return Err(value_error(format!("process stopped by delivery of signal {}", (st >> 8) & 0xff)));
    }
    Err(value_error(format!("invalid wait status: {st}")))
}

fn posix_wifexited(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(wait_status(vm, &args, "WIFEXITED")? & 0x7f == 0))
}
fn posix_wexitstatus(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(((wait_status(vm, &args, "WEXITSTATUS")? >> 8) & 0xff) as i64))
}
fn posix_wifsignaled(vm: &mut Vm, args: Args) -> PyResult {
    let st = wait_status(vm, &args, "WIFSIGNALED")?;
    Ok(Value::bool(((st & 0x7f) + 1) as i8 >> 1 > 0))
}
fn posix_wtermsig(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int((wait_status(vm, &args, "WTERMSIG")? & 0x7f) as i64))
}
fn posix_wifstopped(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(wait_status(vm, &args, "WIFSTOPPED")? & 0xff == 0x7f))
}
fn posix_wstopsig(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(((wait_status(vm, &args, "WSTOPSIG")? >> 8) & 0xff) as i64))
}
fn posix_wifcontinued(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(wait_status(vm, &args, "WIFCONTINUED")? == 0xffff))
}
fn posix_wcoredump(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(wait_status(vm, &args, "WCOREDUMP")? & 0x80 != 0))
}

/// `_posixsubprocess`: subprocess imports `fork_exec` on Linux; no host can start a process.
pub fn init_posixsubprocess(_vm: &mut Vm) -> PyResult {
    Ok(new_module("_posixsubprocess", &[("fork_exec", posixsubprocess_fork_exec)]))
}

fn posixsubprocess_fork_exec(vm: &mut Vm, _args: Args) -> PyResult {
    Err(os_error(vm, crate::host::enosys(), None))
}

fn posix_exit(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_exit", 1, 1)?;
    vm.flush();
    Err(PyErr::with_args(ExcType::SystemExit, vec![pos[0].clone()]))
}

// ---- scandir / DirEntry ---------------------------------------------------------------------

/// A `DirEntry`: the name, its path, and the stat results fetched on demand.
struct DirEntry {
    name: Value,
    path: Value,
    stat: RefCell<Option<FileStat>>,
    lstat: RefCell<Option<FileStat>>,
}

impl NativeObject for DirEntry {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.name);
        visit(&self.path);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const DIRENTRY_METHODS: &[MethodDef] = &[
    method("is_dir", direntry_is_dir),
    method("is_file", direntry_is_file),
    method("is_symlink", direntry_is_symlink),
    method("stat", direntry_stat),
    method("inode", direntry_inode),
    method("__fspath__", direntry_fspath),
    method("__repr__", direntry_repr),
];

const DIRENTRY_GETSETS: [(&str, crate::types::descr::Getter, Option<crate::types::descr::Setter>); 2] =
    [("name", direntry_name, None), ("path", direntry_path, None)];

fn direntry(v: &Value) -> PyResult<&DirEntry> {
    v.native::<DirEntry>().ok_or_else(|| type_error("expected a DirEntry"))
}

fn direntry_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(direntry(v)?.name.clone())
}

fn direntry_path(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(direntry(v)?.path.clone())
}

/// The entry's stat (following symlinks or not), cached as CPython does.
fn entry_stat(vm: &mut Vm, e: &DirEntry, follow: bool) -> PyResult<FileStat> {
    let cache = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = cache.borrow().as_ref() {
        return Ok(s.clone());
    }
    let path = match e.path.as_str() {
        Some(s) => s.to_owned(),
        None => String::from_utf8_lossy(e.path.as_bytes().unwrap_or(b"")).into_owned(),
    };
    let r = vm.host.stat(&path, follow);
    let s = host(vm, r, Some(&e.path))?;
    *cache.borrow_mut() = Some(s.clone());
    Ok(s)
}

fn follow_kw(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<bool> {
    let [f] = args.rest().bind(fname, ["follow_symlinks"], 0, 0)?;
    match f {
        Some(f) => vm.truthy(&f),
        None => Ok(true),
    }
}

fn entry_mode_is(vm: &mut Vm, args: Args, fname: &str, kind: u32) -> PyResult {
    let follow = follow_kw(vm, &args, fname)?;
    let e = direntry(args.self_())?;
    match entry_stat(vm, e, follow) {
        Ok(s) => Ok(Value::bool(s.mode & 0o170000 == kind)),
        Err(err) if err.matches(ExcType::FileNotFoundError) => Ok(Value::bool(false)),
        Err(err) => Err(err),
    }
}

fn direntry_is_dir(vm: &mut Vm, args: Args) -> PyResult {
    entry_mode_is(vm, args, "is_dir", 0o040000)
}

fn direntry_is_file(vm: &mut Vm, args: Args) -> PyResult {
    entry_mode_is(vm, args, "is_file", 0o100000)
}

fn direntry_is_symlink(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("is_symlink", 0, 0)?;
    let e = direntry(args.self_())?;
    match entry_stat(vm, e, false) {
        Ok(s) => Ok(Value::bool(s.mode & 0o170000 == 0o120000)),
        Err(err) if err.matches(ExcType::FileNotFoundError) => Ok(Value::bool(false)),
        Err(err) => Err(err),
    }
}

fn direntry_stat(vm: &mut Vm, args: Args) -> PyResult {
    let follow = follow_kw(vm, &args, "stat")?;
    let e = direntry(args.self_())?;
    let s = entry_stat(vm, e, follow)?;
    stat_value(&s)
}

fn direntry_inode(vm: &mut Vm, args: Args) -> PyResult {
    let e = direntry(args.self_())?;
    Ok(Value::int(entry_stat(vm, e, false)?.ino as i64))
}

fn direntry_fspath(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(direntry(args.self_())?.path.clone())
}

fn direntry_repr(vm: &mut Vm, args: Args) -> PyResult {
    let n = direntry(args.self_())?.name.clone();
    Ok(Value::string(format!("<DirEntry {}>", vm.repr_string(&n)?)))
}

/// The iterator `scandir()` returns (a context manager, as in CPython).
struct ScandirIter {
    entries: RefCell<Vec<Value>>,
    pos: Cell<usize>,
}

impl NativeObject for ScandirIter {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(e) = self.entries.try_borrow() {
            e.iter().for_each(|v| visit(v));
        }
    }
    fn clear(&self) {
        if let Ok(mut e) = self.entries.try_borrow_mut() {
            e.clear();
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const SCANDIR_METHODS: &[MethodDef] = &[
    method("__iter__", scandir_iter),
    method("__next__", scandir_next),
    method("__enter__", scandir_iter),
    method("__exit__", scandir_close),
    method("close", scandir_close),
];

thread_local! {
    static SCANDIR_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn posix_scandir(vm: &mut Vm, args: Args) -> PyResult {
    let [p] = args.bind("scandir", ["path"], 0, 0)?;
    let explicit = p.as_ref().map(|v| !v.is_none()).unwrap_or(false);
    let (_, path, as_bytes, names) = list_names(vm, "scandir", p)?;
    let de = types().1;
    let mut entries = Vec::with_capacity(names.len());
    for n in names {
        let full = if !explicit {
            n.clone()
        } else if path.ends_with('/') {
            format!("{path}{n}")
        } else {
            format!("{path}/{n}")
        };
        let e = DirEntry { name: path_result(n, as_bytes), path: path_result(full, as_bytes), stat: RefCell::new(None), lstat: RefCell::new(None) };
        entries.push(crate::object::alloc_obj(&de, NativeData(Box::new(e)), 0));
    }
    let t = SCANDIR_TYPE.with(|t| t.borrow_mut().get_or_insert_with(|| crate::types::new_native_type("ScandirIterator", "posix", None, &[SCANDIR_METHODS], &[], false)).clone());
    Ok(crate::object::alloc_obj(&t, NativeData(Box::new(ScandirIter { entries: RefCell::new(entries), pos: Cell::new(0) })), 0))
}

fn scandir_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

fn scandir_next(_vm: &mut Vm, args: Args) -> PyResult {
    let it = args.self_().native::<ScandirIter>().ok_or_else(|| type_error("expected a ScandirIterator"))?;
    let i = it.pos.get();
    let e = it.entries.borrow().get(i).cloned();
    match e {
        Some(e) => {
            it.pos.set(i + 1);
            Ok(e)
        }
        None => Err(crate::error::stop_iteration()),
    }
}

fn scandir_close(_vm: &mut Vm, args: Args) -> PyResult {
    if let Some(it) = args.self_().native::<ScandirIter>() {
        let old = std::mem::take(&mut *it.entries.borrow_mut());
        drop(old);
    }
    Ok(Value::none())
}
