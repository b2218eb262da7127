//! The `_signal` module: Linux's signal numbers and handler bookkeeping, so `signal` (and the
//! modules importing it) work. No OS signal reaches the program; `raise_signal` runs the
//! handler synchronously.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set, set_ints};
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

const NSIG: i64 = 65;

const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
    ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
    ("SIGALRM", 14), ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18),
    ("SIGSTOP", 19), ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24),
    ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29),
    ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2), ("NSIG", NSIG),
];

/// glibc's strsignal() texts for the standard signals (1..=31).
const DESCRIPTIONS: [&str; 31] = [
    "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
    "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
    "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)",
    "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
    "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed",
    "I/O possible", "Power failure", "Bad system call",
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal_signal),
    ("getsignal", signal_getsignal),
    ("raise_signal", signal_raise),
    ("strsignal", signal_strsignal),
    ("valid_signals", signal_valid),
    ("default_int_handler", signal_default_int_handler),
    ("set_wakeup_fd", signal_set_wakeup_fd),
    ("siginterrupt", signal_siginterrupt),
];

thread_local! {
    /// Installed handlers by signal number (None: the default).
    static HANDLERS: RefCell<Vec<Option<Value>>> = RefCell::new(vec![None; NSIG as usize]);
}

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_signal", FUNCTIONS);
    set_ints(&m, SIGNALS);
    set(&m, "ItimerError", ExcType::OSError.type_value());
    Ok(m)
}

fn signum_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = vm.to_isize(v)?;
    if n < 1 || n >= NSIG as isize {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as usize)
}

/// The handler in effect: SIGINT's default is `default_int_handler`, the others SIG_DFL.
fn current(vm: &mut Vm, sig: usize) -> PyResult {
    if let Some(h) = HANDLERS.with(|h| h.borrow()[sig].clone()) {
        return Ok(h);
    }
    if sig == 2 {
        let m = vm.import_module("_signal")?;
        return vm.getattr(&m, &Value::intern("default_int_handler"));
    }
    Ok(Value::int(0))
}

fn signal_signal(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("signal", 2, 2)?;
    let sig = signum_arg(vm, &pos[0])?;
    let h = &pos[1];
    let is_int = h.as_int().is_some();
    if is_int {
        let n = h.as_i64().unwrap_or(-1);
        if n != 0 && n != 1 {
            return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
        }
    } else if !crate::builtins::is_callable(h) {
        return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"));
    }
    if sig == 9 || sig == 19 {
        return Err(crate::modules::util::os_error(vm, (22, "Invalid argument".into()), None));
    }
    let old = current(vm, sig)?;
    HANDLERS.with(|hs| hs.borrow_mut()[sig] = Some(h.clone()));
    Ok(old)
}

fn signal_getsignal(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getsignal", 1, 1)?;
    let sig = signum_arg(vm, &pos[0])?;
    current(vm, sig)
}

/// Runs the handler now: a callable is called with (signum, None), SIG_IGN does nothing,
/// SIG_DFL ends the program as the signal would (SystemExit with 128 + signum).
fn signal_raise(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("raise_signal", 1, 1)?;
    let sig = signum_arg(vm, &pos[0])?;
    let h = current(vm, sig)?;
    match h.as_i64() {
        Some(1) => Ok(Value::none()),
        Some(_) => {
            if matches!(sig, 17 | 18 | 23 | 28) {
                // Ignored by default.
                return Ok(Value::none());
            }
            vm.flush();
            Err(PyErr::with_args(ExcType::SystemExit, vec![Value::int(128 + sig as i64)]))
        }
        None => {
            // Handlers receive the interrupted frame: here, the caller of raise_signal().
            let getframe = vm.sys_attr("_getframe")?;
            let frame = vm.call(&getframe, &[]).unwrap_or_else(|_| Value::none());
            vm.call(&h, &[Value::int(sig as i64), frame])?;
            Ok(Value::none())
        }
    }
}

fn signal_strsignal(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strsignal", 1, 1)?;
    let sig = signum_arg(vm, &pos[0])?;
    Ok(match sig {
        1..=31 => Value::str(DESCRIPTIONS[sig - 1]),
        34..=64 => Value::string(format!("Real-time signal {}", sig - 34)),
        _ => Value::none(),
    })
}

fn signal_valid(vm: &mut Vm, _args: Args) -> PyResult {
    let items: Vec<Value> = (1..NSIG).filter(|s| *s != 32 && *s != 33).map(Value::int).collect();
    let set = vm.builtin("set")?;
    vm.call(&set, &[Value::list(items)])
}

fn signal_default_int_handler(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(PyErr::with_args(ExcType::KeyboardInterrupt, vec![]))
}

fn signal_set_wakeup_fd(_vm: &mut Vm, args: Args) -> PyResult {
    args.pos().first().ok_or_else(|| type_error("set_wakeup_fd() missing required argument 'fd' (pos 1)"))?;
    Ok(Value::int(-1))
}

fn signal_siginterrupt(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}
