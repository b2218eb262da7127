//! Running a program as `__main__`: the exit-status and stream rules of `python FILE`.

use crate::error::{ExcType, PyResult};
use crate::host::{RunState, Suspension};
use crate::object::{CellValue, Kind};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;

/// The status `run_main` returns when the process should end by SIGINT, as CPython does
/// after an uncaught KeyboardInterrupt (negative: "killed by signal 2", as subprocess says).
pub const EXIT_BY_SIGINT: i32 = -2;

impl Vm {
    /// Creates `__main__` for `path` and runs `code` in it. Returns the process exit status:
    /// 0, the `sys.exit` code, or 1 after printing an uncaught exception's traceback. A
    /// suspension the host accepted is waited for here (`Host::sleep`) and resumed at once.
    pub fn run_main(&mut self, code: &Value, path: &str) -> i32 {
        let mut state = self.start_main(code, path);
        loop {
            match state {
                RunState::Exited(status) => return status,
                RunState::Suspended(why) => {
                    if let Suspension::Sleep(s) | Suspension::Wait(Some(s)) = why {
                        self.host.sleep(s);
                    }
                    state = self.resume();
                }
            }
        }
    }

    /// `run_main` for a host that takes suspensions itself: runs until the program ends or
    /// stops for the host (`Host::suspend`), which then calls [`Vm::resume`].
    pub fn start_main(&mut self, code: &Value, path: &str) -> RunState {
        self.start(code, Some(path))
    }

    /// Runs `code` in the `__main__` of `sys.modules` (made at the first call, without
    /// `__file__`, if there is none), as a page's `<script type="text/python">` tags and its REPL share one
    /// namespace: an uncaught exception is printed and gives status 1, but the program is not
    /// over (no atexit functions run). Suspends as [`Vm::start_main`].
    pub fn start_in_main(&mut self, code: &Value) -> RunState {
        self.start(code, None)
    }

    fn start(&mut self, code: &Value, path: Option<&str>) -> RunState {
        let existing = match path {
            Some(_) => None,
            None => self.modules.downcast::<DictData>().and_then(|m| m.get_str(&Value::intern("__main__"))).filter(|m| m.kind() == Kind::Module),
        };
        self.in_session = path.is_none();
        let main = existing.clone().unwrap_or_else(|| crate::types::module::new_module("__main__"));
        let d = crate::types::module::module_dict(&main).unwrap_or_else(Value::dict);
        if let (None, Some(dd)) = (&existing, d.downcast::<DictData>()) {
            if let Some(path) = path {
                dd.set_str(Value::intern("__file__"), Value::str(path));
            }
            dd.set_str(Value::intern("__builtins__"), self.builtins_mod.clone());
            if path.is_some() {
                dd.set_str(Value::intern("__cached__"), Value::none());
            }
        }
        if let Some(m) = self.modules.downcast::<DictData>() {
            m.set_str(Value::intern("__main__"), main.clone());
        }
        if code.kind() != Kind::Code {
            return self.settle(Err(crate::error::type_error("expected a code object")));
        }
        let frame = self.new_frame(code.clone(), None, d.clone(), Some(d));
        let frame = match frame.and_then(|f| if path.is_none() { self.session_await(f) } else { Ok(f) }) {
            Ok(f) => f,
            Err(e) => return self.settle(Err(e)),
        };
        self.run_suspendable(frame)
    }

    /// Runs `frame` as the bottom of the loop that may stop for the host.
    fn run_suspendable(&mut self, mut frame: Box<crate::frame::Frame>) -> RunState {
        frame.entry = crate::frame::Entry::Native;
        self.frames.push(frame);
        let base = self.frames.len();
        self.suspend_base = base;
        let r = self.run_loop(base, None);
        self.settle(r)
    }

    /// Between a session's entries its asyncio loop goes on, as in `python -m asyncio`, whose
    /// loop runs while the console waits for a line: once an entry has awaited, the host
    /// runs the session runner's `loop.run_forever()` here after each entry (it suspends
    /// where the loop waits) until [`Vm::stop_session_loop`] before the next one.
    /// `Exited(0)` at once when no entry has awaited yet or the loop was closed.
    pub fn start_session_loop(&mut self) -> RunState {
        let Some(runner) = self.session_runner.clone() else { return RunState::Exited(0) };
        let frame = (|| {
            let lp = self.call_method(&runner, "get_loop", &[])?;
            let closed = self.call_method(&lp, "is_closed", &[])?;
            if self.truthy(&closed)? {
                return Ok(None);
            }
            let run = self.getattr(&lp, &Value::intern("run_forever"))?;
            self.session_loop = Some(lp);
            match self.prepare_call(&run, crate::types::builtin::Args::new(&[])) {
                crate::call::CallOutcome::Frame(f) => Ok(Some(f)),
                crate::call::CallOutcome::Done(r) => r.map(|_| None),
            }
        })();
        match frame {
            Ok(Some(f)) => self.run_suspendable(f),
            Ok(None) => RunState::Exited(0),
            Err(e) => self.settle(Err(e)),
        }
    }

    /// Asks the loop [`Vm::start_session_loop`] runs to stop (`loop.stop()`): it returns
    /// after its current iteration, when the host resumes it.
    pub fn stop_session_loop(&mut self) {
        if let Some(lp) = self.session_loop.clone() {
            if let Err(e) = self.call_method(&lp, "stop", &[]) {
                self.handle_uncaught(&e.0);
            }
        }
    }

    /// A session's code that awaits at top level (compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT,
    /// as a page's REPL and script tags are) is a coroutine body: it runs to completion in
    /// the session's one `asyncio.Runner`, the frame of whose `run` is returned to run in
    /// its place, so the coroutine can stop for the host like any code. Tasks it starts and
    /// leaves running go on whenever a later entry awaits (the loop stays, as IPython's).
    fn session_await(&mut self, frame: Box<crate::frame::Frame>) -> PyResult<Box<crate::frame::Frame>> {
        let c = &frame.code_data().code;
        if c.flags & pygmy_bytecode::code::flags::COROUTINE == 0 {
            return Ok(frame);
        }
        let (name, qualname) = (Value::str(&c.name), Value::str(&c.qualname));
        let coro = crate::types::generator::new_generator(frame, crate::types::generator::GenKind::Coroutine, name, qualname);
        let runner = match self.session_runner.clone() {
            Some(r) => r,
            None => {
                let runner = self.import_module("asyncio")?;
                let runner = self.call_method(&runner, "Runner", &[])?;
                self.session_runner.insert(runner).clone()
            }
        };
        let run = self.getattr(&runner, &Value::intern("run"))?;
        match self.prepare_call(&run, crate::types::builtin::Args::new(&[coro])) {
            crate::call::CallOutcome::Frame(f) => Ok(f),
            crate::call::CallOutcome::Done(r) => r.and_then(|_| Err(crate::error::type_error("asyncio.Runner.run is not a Python function"))),
        }
    }

    /// Continues a program that [`Vm::start_main`] or an earlier `resume` left suspended.
    pub fn resume(&mut self) -> RunState {
        if self.suspend_base == 0 {
            return RunState::Exited(0);
        }
        let pending = if std::mem::take(&mut self.awaiting_input) { self.take_input() } else { None };
        let r = self.run_loop(self.suspend_base, pending);
        self.settle(r)
    }

    /// After the main loop returned: suspended, or finished (exit status, atexit, flush).
    fn settle(&mut self, r: PyResult) -> RunState {
        if let Some(why) = self.suspension.take() {
            if r.is_ok() && self.suspend_base != 0 && self.frames.len() >= self.suspend_base {
                self.flush();
                self.awaiting_input = matches!(why, Suspension::Input(_));
                return RunState::Suspended(why);
            }
            // A sleep requested in the call that then raised out of the program: CPython
            // would have slept before the traceback; nothing is left to wait for.
        }
        self.suspend_base = 0;
        self.session_loop = None;
        let status = match r {
            Ok(_) => 0,
            Err(e) => {
                // In a session: an entry's own code is the first frame in `__main__`'s globals
                // (a no-op unless the entry awaited and ran in the session's runner).
                let main = self.modules.downcast::<DictData>().and_then(|m| m.get_str(&Value::intern("__main__")));
                if let (true, Some(main)) = (self.in_session, main.and_then(|m| crate::types::module::module_dict(&m))) {
                    skip_runner_frames(&e.0, &main);
                }
                self.handle_uncaught(&e.0)
            }
        };
        if !self.in_session {
            crate::modules::atexit::run_exitfuncs(self);
        }
        self.run_finalizers();
        self.flush();
        RunState::Exited(status)
    }

    /// Prints an uncaught exception (or applies SystemExit) and returns the exit status
    /// ([`EXIT_BY_SIGINT`] after an uncaught KeyboardInterrupt).
    pub fn handle_uncaught(&mut self, exc: &Value) -> i32 {
        if crate::types::typeobj::is_subtype_ptr(exc.class_ptr(), ExcType::SystemExit.type_ptr()) {
            let code = crate::types::exception::exc_data(exc).and_then(|d| d.get_extra("code")).unwrap_or_else(Value::none);
            return self.exit_status(&code);
        }
        self.flush();
        let hook = self.sys_attr("excepthook").ok();
        let tb = crate::types::exception::exc_data(exc).and_then(|d| d.traceback.get_value()).unwrap_or_else(Value::none);
        match hook {
            Some(h) if h.kind() != Kind::Builtin => {
                if let Err(e) = self.call(&h, &[exc.class(), exc.clone(), tb]) {
                    crate::traceback::print_exception(self, &e.0);
                }
            }
            _ => crate::traceback::print_exception(self, exc),
        }
        if crate::types::typeobj::is_subtype_ptr(exc.class_ptr(), ExcType::KeyboardInterrupt.type_ptr()) {
            // CPython ends by SIGINT after an uncaught KeyboardInterrupt, so the parent sees
            // the signal (a shell shows 130); hosts turn a negative status into that signal.
            return EXIT_BY_SIGINT;
        }
        1
    }

    /// The status for `sys.exit(code)`: None → 0, int → itself, anything else printed → 1.
    pub fn exit_status(&mut self, code: &Value) -> i32 {
        if code.is_none() {
            return 0;
        }
        if let Some(i) = code.as_i64() {
            return i as i32;
        }
        let s = self.str_string(code).unwrap_or_default();
        self.flush();
        self.write_stream(2, &format!("{s}\n"));
        1
    }
}

/// The traceback of an entry that awaited at top level starts at the entry's own code (the
/// first frame run in `__main__`'s globals), not in the asyncio runner that ran it.
fn skip_runner_frames(exc: &Value, main: &Value) {
    use crate::types::frameobj::{FrameObjData, TracebackData};
    let Some(d) = crate::types::exception::exc_data(exc) else { return };
    let mut tb = d.traceback.get_value();
    while let Some(t) = tb.as_ref().and_then(|t| t.downcast::<TracebackData>()) {
        if t.frame.downcast::<FrameObjData>().is_some_and(|f| f.globals.is(main)) {
            break;
        }
        tb = t.next.get_value();
    }
    if tb.is_some() {
        d.traceback.set(tb);
    }
}
