//! The `Vm`: interpreter state (frame stack, handled-exception stack, module table, host) and
//! the entry points embedders use (`run_code`, `call`, `import_module`).

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::frame::Frame;
use crate::host::Host;
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::types::dict::DictData;
use crate::value::Value;
use pygmy_bytecode::code::flags as co;
use std::collections::HashSet;

pub struct Vm {
    pub(crate) frames: Vec<Box<Frame>>,
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Handled exceptions (`sys.exc_info()`): one entry per running generator plus the base.
    pub(crate) exc_stack: Vec<Option<Value>>,
    pub builtins_mod: Value,
    pub builtins: Value,
    pub sys_mod: Value,
    /// `sys.modules`.
    pub modules: Value,
    pub recursion_limit: usize,
    /// Native re-entries of the interpreter (counted against the recursion limit).
    pub(crate) native_depth: usize,
    pub host: Box<dyn Host>,
    /// Objects whose repr is in progress (recursion guard for containers).
    pub(crate) repr_stack: HashSet<usize>,
    pub int_max_str_digits: usize,
    /// Native module initializers by name.
    pub(crate) native_modules: Vec<(&'static str, fn(&mut Vm) -> PyResult)>,
    /// Set by `sys.exit` paths / SystemExit handling in the CLI.
    pub(crate) argv: Vec<String>,
    /// Frame entries and backward jumps left before `run_frames` returns to `run_loop`, which
    /// calls it again (see `run_loop`).
    pub(crate) reentry_ticks: u32,
    /// `(instruction words, ip)` of an instruction generated code left before and asked to
    /// be re-entered after (`interp`: the eval breaker is set meanwhile); `(0, 0)` if none.
    #[cfg(all(target_arch = "wasm32", feature = "jit"))]
    pub(crate) jit_resume: (usize, usize),
    /// What a builtin called from generated code raised: `run_frames` raises it in the frame
    /// on top (whose `lasti` is that CALL) when the code leaves with its `called` bit.
    #[cfg(all(target_arch = "wasm32", feature = "jit"))]
    pub(crate) jit_raised: Option<crate::error::PyErr>,
    /// Set when `run_frames` returned only to be entered again.
    pub(crate) reenter: bool,
    /// A stop requested of the suspendable loop (`Vm::suspend`), until it returns to the host.
    pub(crate) suspension: Option<crate::host::Suspension>,
    /// `base` of the run loop that may stop for the host (`start_main`'s), 0 when none.
    pub(crate) suspend_base: usize,
    /// `base` of the innermost active run loop.
    pub(crate) loop_base: usize,
    /// Set while IMPORT_NAME imports: the one import that can stop and run again.
    pub(crate) import_site: bool,
    /// The program stopped in `input()`: `resume` reads the line as the call's result.
    pub(crate) awaiting_input: bool,
    /// The running program is one of a session's (`start_in_main`): no atexit at its end.
    pub(crate) in_session: bool,
    /// The `asyncio.Runner` a session's top-level `await`s run in (`Vm::start_in_main`).
    pub(crate) session_runner: Option<Value>,
    /// That runner's loop while it runs between entries (`Vm::start_session_loop`).
    pub(crate) session_loop: Option<Value>,
}

impl Vm {
    /// Creates a VM with the given host. One VM per thread.
    pub fn new(host: Box<dyn Host>) -> Vm {
        if rt().ty_ptr(BT::Type).is_null() {
            crate::types::bootstrap();
        }
        let builtins_mod = crate::types::module::new_module("builtins");
        let builtins = crate::types::module::module_dict(&builtins_mod).unwrap_or_else(Value::dict);
        let sys_mod = crate::types::module::new_module("sys");
        let modules = Value::dict();
        let mut vm = Vm {
            frames: Vec::new(),
            frame_pool: Vec::new(),
            exc_stack: vec![None],
            builtins_mod,
            builtins,
            sys_mod,
            modules,
            recursion_limit: 1000,
            native_depth: 0,
            host,
            repr_stack: HashSet::new(),
            int_max_str_digits: 4300,
            native_modules: Vec::new(),
            argv: Vec::new(),
            reentry_ticks: crate::interp::REENTRY_PERIOD,
            #[cfg(all(target_arch = "wasm32", feature = "jit"))]
            jit_resume: (0, 0),
            #[cfg(all(target_arch = "wasm32", feature = "jit"))]
            jit_raised: None,
            reenter: false,
            suspension: None,
            suspend_base: 0,
            loop_base: 0,
            import_site: false,
            awaiting_input: false,
            in_session: false,
            session_runner: None,
            session_loop: None,
        };
        crate::builtins::init(&mut vm);
        crate::modules::register_all(&mut vm);
        crate::modules::sys::init(&mut vm);
        let modules = vm.modules.clone();
        if let Some(m) = modules.downcast::<DictData>() {
            m.set_str(Value::intern("builtins"), vm.builtins_mod.clone());
            m.set_str(Value::intern("sys"), vm.sys_mod.clone());
        }
        vm
    }

    /// Sets `sys.argv` and the main script path.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.argv = argv.clone();
        let mut items: Vec<Value> = argv.iter().map(|a| Value::str(a)).collect();
        let list = Value::list(items.clone());
        items.insert(0, Value::str("pygmy"));
        let orig = Value::list(items);
        if let Some(d) = crate::types::module::module_dict(&self.sys_mod) {
            if let Some(dd) = d.downcast::<DictData>() {
                dd.set_str(Value::intern("argv"), list);
                dd.set_str(Value::intern("orig_argv"), orig);
            }
        }
    }

    /// Sets `sys.executable` (and `sys._base_executable`): the absolute path of the program
    /// running Python, as CPython gives it (`platform.libc_ver()` reads that file).
    pub fn set_executable(&mut self, path: &str) {
        if let Some(d) = crate::types::module::module_dict(&self.sys_mod) {
            if let Some(dd) = d.downcast::<DictData>() {
                dd.set_str(Value::intern("executable"), Value::str(path));
                dd.set_str(Value::intern("_base_executable"), Value::str(path));
            }
        }
    }

    /// A builtin by name (`builtins.<name>`).
    pub fn builtin(&mut self, name: &str) -> PyResult {
        self.builtins
            .downcast::<DictData>()
            .and_then(|d| d.get_item_str(name))
            .ok_or_else(|| PyErr::new(ExcType::NameError, format!("name '{name}' is not defined")))
    }

    /// The globals of the innermost running Python frame.
    pub fn current_globals(&self) -> Option<Value> {
        self.frames.last().map(|f| f.globals.clone())
    }

    /// Runs a code object as a module body in `globals` (and `locals`, default the same dict).
    pub fn run_code(&mut self, code: &Value, globals: &Value, locals: Option<&Value>) -> PyResult {
        if code.kind() != Kind::Code {
            return Err(type_error("expected a code object"));
        }
        if let Some(g) = globals.downcast::<DictData>() {
            if g.get_item_str("__builtins__").is_none() {
                g.set_str(Value::intern("__builtins__"), self.builtins_mod.clone());
            }
        }
        let frame = self.new_frame(code.clone(), None, globals.clone(), Some(locals.unwrap_or(globals).clone()))?;
        // Code compiled with PyCF_ALLOW_TOP_LEVEL_AWAIT that awaits is a coroutine body: as
        // CPython's eval, running it makes the coroutine object and runs nothing yet.
        let c = &frame.code_data().code;
        if c.flags & (co::COROUTINE | co::GENERATOR | co::ASYNC_GENERATOR) != 0 {
            let (name, qualname) = (Value::str(&c.name), Value::str(&c.qualname));
            let kind = crate::types::generator::GenKind::of_flags(c.flags);
            return Ok(crate::types::generator::new_generator(frame, kind, name, qualname));
        }
        self.run_frame(frame)
    }

    /// Loads serialized bytecode into a code object value.
    pub fn load_code(&mut self, bytes: &[u8]) -> PyResult {
        match pygmy_bytecode::marshal::loads(bytes) {
            Ok(c) => Ok(crate::types::code::new_code(c)),
            Err(e) => Err(PyErr::new(ExcType::ValueError, e.to_string())),
        }
    }

    /// Compiles source with the host's compiler into a code object (SyntaxError on failure).
    pub fn compile_source(&mut self, source: &str, filename: &str, mode: &str, flags: u32) -> PyResult {
        match self.host.compile(source, filename, mode, flags) {
            Ok(bytes) => self.load_code(&bytes),
            Err(f) => Err(crate::error::syntax_error_from(&f)),
        }
    }

    /// Writes to the host stream `fd` (1 stdout, 2 stderr).
    pub fn write_stream(&mut self, fd: u32, s: &str) {
        self.host.write(fd, s.as_bytes());
    }

    /// Emits a warning through `_warnings` (filters, registries, `warnings.showwarning`), as
    /// CPython's PyErr_WarnEx(category, message, 1): attributed to the running Python frame.
    pub fn warn(&mut self, category: ExcType, message: &str) -> PyResult<()> {
        crate::modules::warnings::warn_from_native(self, category, message, 1)
    }

    /// Repr recursion guard: false if `v` is already being repr'd.
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        self.repr_stack.insert(v.bits())
    }

    pub fn repr_leave(&mut self, v: &Value) {
        self.repr_stack.remove(&v.bits());
    }

    /// Flushes host output.
    pub fn flush(&mut self) {
        let _ = self.flush_std_streams();
        self.host.flush();
    }

    fn flush_std_streams(&mut self) -> PyResult<()> {
        for name in ["stdout", "stderr"] {
            if let Some(s) = crate::types::module::module_dict(&self.sys_mod).and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_item_str(name))) {
                // The original streams write through to the host (flushed below): calling their
                // flush() would only load the io classes' code (a lazily loaded chunk in wasm).
                if crate::modules::io::std_stream_fd(&s).is_some() {
                    continue;
                }
                if self.getattr_opt(&s, &Value::intern("flush"))?.is_some() {
                    self.call_method(&s, "flush", &[])?;
                }
            }
        }
        Ok(())
    }

    /// Registers a native module initializer (imported on demand).
    pub fn register_native_module(&mut self, name: &'static str, init: fn(&mut Vm) -> PyResult) {
        self.native_modules.push((name, init));
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        self.frames.clear();
        self.frame_pool.clear();
    }
}

impl Vm {
    /// Sets `sys.path`.
    pub fn set_sys_path(&mut self, entries: Vec<String>) {
        let list = Value::list(entries.iter().map(|e| Value::str(e)).collect());
        if let Some(d) = crate::types::module::module_dict(&self.sys_mod) {
            if let Some(dd) = d.downcast::<DictData>() {
                dd.set_str(Value::intern("path"), list);
            }
        }
    }
}
