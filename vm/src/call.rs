//! Calling: dispatch on the callable's kind, binding arguments to a Python function's
//! parameters (with CPython's error messages), frames from a pool, class instantiation.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::frame::{Entry, Frame};
use crate::object::{CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{Args, BuiltinData, MethodDescrData, MethodKind};
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::function::{BoundMethodData, FunctionData};
use crate::types::typeobj::{is_subtype_ptr, lookup_str, tdata, type_name};
use crate::value::{discard, Value};
use crate::vm::Vm;
use pygmy_bytecode::code::flags as co;
use std::cell::Cell;

/// What the interpreter should do for a call.
pub enum CallOutcome {
    /// The call finished (native callee).
    Done(PyResult),
    /// Push this frame and run it (Python callee).
    Frame(Box<Frame>),
}

impl Vm {
    /// Calls `f(*args)`.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult {
        self.call_args(f, Args::new(args))
    }

    /// Calls `f` with positional and keyword arguments.
    pub fn call_args(&mut self, f: &Value, args: Args) -> PyResult {
        match self.prepare_call(f, args) {
            CallOutcome::Done(r) => r,
            CallOutcome::Frame(frame) => self.run_frame(frame),
        }
    }

    /// Calls with a dict of keyword arguments (`f(*args, **kwargs)`).
    pub fn call_kw(&mut self, f: &Value, pos: &[Value], kwargs: &[(Value, Value)]) -> PyResult {
        let mut all: Vec<Value> = pos.to_vec();
        let mut names = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            names.push(k.clone());
            all.push(v.clone());
        }
        self.call_args(f, Args { all: &all, kwnames: &names })
    }

    /// Calls a special method found on `type(obj)` (CPython's call_unbound): plain functions
    /// and method descriptors get `obj` prepended; any other attribute (staticmethod,
    /// classmethod, custom descriptors) is bound with `__get__` first.
    pub fn call_unbound(&mut self, f: &Value, obj: &Value, rest: &[Value]) -> PyResult {
        match f.kind() {
            Kind::Function | Kind::MethodDescr => with_prepended(obj, rest, |all| self.call(f, all)),
            _ => {
                let bound = self.descr_get(f, Some(obj), &obj.class())?;
                self.call(&bound, rest)
            }
        }
    }

    /// Dispatches a call: native callees run now; Python callees get a frame to run.
    pub fn prepare_call(&mut self, f: &Value, args: Args) -> CallOutcome {
        match f.kind() {
            Kind::Function => match self.function_frame(f, args) {
                Ok(Some(frame)) => {
                    if frame.code_data().code.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0 {
                        CallOutcome::Done(Ok(make_generator(f, frame)))
                    } else {
                        CallOutcome::Frame(frame)
                    }
                }
                Ok(None) => CallOutcome::Done(Err(PyErr::new(ExcType::SystemError, "generator creation failed"))),
                Err(e) => CallOutcome::Done(Err(e)),
            },
            Kind::BoundMethod => {
                let Some(m) = f.downcast::<BoundMethodData>() else { return CallOutcome::Done(Err(type_error("bad method"))) };
                let (func, self_) = (m.func.clone(), m.self_.clone());
                // The arguments must outlive the frame setup only (they are copied in).
                with_prepended(&self_, args.all, |all| self.prepare_call(&func, Args { all, kwnames: args.kwnames }))
            }
            Kind::Builtin => {
                let Some(b) = f.downcast::<BuiltinData>() else { return CallOutcome::Done(Err(type_error("bad builtin"))) };
                CallOutcome::Done(self.call_builtin(b, args))
            }
            Kind::MethodDescr => {
                let Some(d) = f.downcast::<MethodDescrData>() else { return CallOutcome::Done(Err(type_error("bad descriptor"))) };
                CallOutcome::Done(self.call_method_descr(d, args))
            }
            Kind::Type => CallOutcome::Done(self.call_type_checked(f, args)),
            _ => CallOutcome::Done(self.call_generic(f, args)),
        }
    }

    pub(crate) fn call_builtin(&mut self, b: &BuiltinData, args: Args) -> PyResult {
        self.check_recursion()?;
        self.native_depth += 1;
        let r = if b.pass_self {
            let s = b.self_.clone().unwrap_or_else(Value::none);
            with_prepended(&s, args.all, |all| (b.func)(self, Args { all, kwnames: args.kwnames }))
        } else {
            (b.func)(self, args)
        };
        self.native_depth -= 1;
        r
    }

    pub(crate) fn call_method_descr(&mut self, d: &MethodDescrData, args: Args) -> PyResult {
        let owner = crate::types::typeobj::tdata_ptr(d.owner);
        if d.def.kind == MethodKind::Class {
            // Called unbound: first argument must be a subtype of the owner.
            let Some(cls) = args.pos().first() else {
                return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", d.def.name, owner.name_str())));
            };
            if cls.kind() != Kind::Type || !is_subtype_ptr(cls.as_ptr(), d.owner) {
                return Err(type_error(format!(
                    "descriptor '{}' for type '{}' needs a type, not a '{}' as arg 2",
                    d.def.name,
                    owner.name_str(),
                    type_name(cls)
                )));
            }
        } else {
            let Some(first) = args.pos().first() else {
                return Err(type_error(format!("unbound method {}.{}() needs an argument", owner.name_str(), d.def.name)));
            };
            if !is_subtype_ptr(first.class_ptr(), d.owner) {
                return Err(type_error(if is_slot_wrapper(d.def.name) {
                    format!("descriptor '{}' requires a '{}' object but received a '{}'", d.def.name, owner.name_str(), type_name(first))
                } else {
                    format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", d.def.name, owner.name_str(), type_name(first))
                }));
            }
        }
        self.check_recursion()?;
        self.native_depth += 1;
        let r = (d.def.func)(self, args);
        self.native_depth -= 1;
        r
    }

    fn call_generic(&mut self, f: &Value, args: Args) -> PyResult {
        match f.kind() {
            Kind::StaticMethod => {
                let inner = crate::types::descr::wrapped(f).unwrap_or_else(Value::none);
                return self.call_args(&inner, args);
            }
            _ => {}
        }
        match lookup_str(&f.class(), "__call__") {
            Some(c) => {
                self.check_recursion()?;
                self.native_depth += 1;
                let r = if matches!(c.kind(), Kind::Function | Kind::MethodDescr) {
                    let mut all = Vec::with_capacity(args.all.len() + 1);
                    all.push(f.clone());
                    all.extend_from_slice(args.all);
                    self.call_args(&c, Args { all: &all, kwnames: args.kwnames })
                } else {
                    match self.descr_get(&c, Some(f), &f.class()) {
                        Ok(bound) => self.call_args(&bound, args),
                        Err(e) => Err(e),
                    }
                };
                self.native_depth -= 1;
                r
            }
            None => Err(type_error(format!("'{}' object is not callable", type_name(f)))),
        }
    }

    fn call_type_checked(&mut self, cls: &Value, args: Args) -> PyResult {
        // A metaclass with its own __call__ takes over.
        let meta = cls.class();
        if meta.as_ptr() != rt().ty_ptr(BT::Type) {
            if let Some(c) = lookup_str(&meta, "__call__") {
                if c.kind() != Kind::MethodDescr {
                    self.check_recursion()?;
                    self.native_depth += 1;
                    // Bound as any attribute: a function gets `cls` first, anything else goes
                    // through its `__get__` if it has one (typing's `__call__ = dict` has not).
                    let r = if c.kind() == Kind::Function {
                        let mut all = Vec::with_capacity(args.all.len() + 1);
                        all.push(cls.clone());
                        all.extend_from_slice(args.all);
                        self.call_args(&c, Args { all: &all, kwnames: args.kwnames })
                    } else {
                        self.descr_get(&c, Some(cls), &meta).and_then(|bound| self.call_args(&bound, args))
                    };
                    self.native_depth -= 1;
                    return r;
                }
            }
        }
        self.check_recursion()?;
        self.native_depth += 1;
        let r = self.call_type(cls, args);
        self.native_depth -= 1;
        r
    }

    /// `type.__call__(cls, *args, **kwargs)`: `__new__` then `__init__`.
    pub fn call_type(&mut self, cls: &Value, args: Args) -> PyResult {
        let pos = args.pos();
        if cls.as_ptr() == rt().ty_ptr(BT::Type) && pos.len() == 1 && !args.has_kwargs() {
            return Ok(pos[0].class());
        }
        let new = lookup_str(cls, "__new__").ok_or_else(|| type_error(format!("cannot create '{}' instances", tdata(cls).name_str())))?;
        let new_fn = match new.kind() {
            Kind::StaticMethod => crate::types::descr::wrapped(&new).unwrap_or(new),
            _ => new,
        };
        let obj = with_prepended(cls, args.all, |all| self.call_args(&new_fn, Args { all, kwnames: args.kwnames }))?;
        if !is_subtype_ptr(obj.class_ptr(), cls.as_ptr()) {
            return Ok(obj);
        }
        let oc = obj.class();
        if let Some(init) = lookup_str(&oc, "__init__") {
            // object.__init__ after an overridden __new__ accepts any arguments and does
            // nothing (object_init): skip the call.
            let object = rt().ty(BT::Object);
            if lookup_str(&object, "__init__").is_some_and(|oi| init.is(&oi)) {
                if let (Some(cn), Some(on)) = (lookup_str(&oc, "__new__"), lookup_str(&object, "__new__")) {
                    if !cn.is(&on) {
                        return Ok(obj);
                    }
                }
            }
            let r = with_prepended(&obj, args.all, |all| self.call_args(&init, Args { all, kwnames: args.kwnames }))?;
            if r.kind() != Kind::NoneType {
                return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&r))));
            }
        }
        Ok(obj)
    }

    /// Raises RecursionError when the combined Python and native depth exceeds the limit.
    /// Inline (with only the error out of line): at opt-level z a plain `#[inline]` stays a
    /// call, on every builtin call.
    #[inline(always)]
    pub fn check_recursion(&mut self) -> PyResult<()> {
        self.check_recursion_in(" while calling a Python object")
    }

    /// `check_recursion` naming what was being done (CPython's Py_EnterRecursiveCall(where)).
    #[inline(always)]
    pub fn check_recursion_in(&mut self, where_: &'static str) -> PyResult<()> {
        let depth = self.frames.len() + self.native_depth;
        if depth > self.recursion_limit {
            return Err(self.recursion_error(depth, where_));
        }
        Ok(())
    }

    #[cold]
    fn recursion_error(&self, depth: usize, where_: &str) -> PyErr {
        if depth >= self.recursion_limit + 50 {
            // Hard stop well past the limit (error handlers need some room).
            return PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded");
        }
        PyErr::new(ExcType::RecursionError, format!("maximum recursion depth exceeded{where_}"))
    }

    /// A frame from the pool sized for `code`.
    pub(crate) fn new_frame(&mut self, code: Value, func: Option<Value>, globals: Value, locals: Option<Value>) -> PyResult<Box<Frame>> {
        let builtins = match func.as_ref().and_then(|f| f.downcast::<FunctionData>()) {
            Some(fd) => fd.builtins.clone(),
            None => self.builtins_for(&globals),
        };
        self.new_frame_with(code, func, globals, builtins, locals)
    }

    pub(crate) fn new_frame_with(&mut self, code: Value, func: Option<Value>, globals: Value, builtins: Value, locals: Option<Value>) -> PyResult<Box<Frame>> {
        let cd = code.downcast::<CodeData>().ok_or_else(|| type_error("expected a code object"))?;
        let (n, nlp) = (cd.frame_size(), cd.nlocalsplus());
        let mut frame = self.pooled_frame(code, func, globals, builtins, n, nlp);
        frame.locals = locals;
        Ok(frame)
    }

    /// `pooled_frame` taking references: a pooled frame that last ran the same code (or in
    /// the same module) keeps its references instead of swapping them.
    #[inline(always)]
    fn pooled_frame_for(&mut self, code: &Value, func: &Value, globals: &Value, builtins: &Value, n: usize, nlp: usize) -> Box<Frame> {
        match crate::frame::pop_fast(&mut self.frame_pool) {
            Some(mut f) => {
                if f.slots.len() < n {
                    f.slots = vec![None; n].into_boxed_slice();
                }
                // Replaced values are dropped with `discard`: the drop glue stays out of line
                // at opt-level z, a call per field on every Python call.
                if !f.code.is(code) {
                    discard(Some(std::mem::replace(&mut f.code, code.clone())));
                }
                if !f.globals.is(globals) {
                    discard(Some(std::mem::replace(&mut f.globals, globals.clone())));
                }
                if !f.builtins.is(builtins) {
                    discard(Some(std::mem::replace(&mut f.builtins, builtins.clone())));
                }
                // recycle_frame left `func` empty.
                discard(f.func.replace(func.clone()));
                f.ip = 0;
                f.lasti = 0;
                f.sp = 0;
                f.nlocalsplus = nlp;
                f.gen = None;
                f.entry = Entry::Native;
                f
            }
            None => self.pooled_frame(code.clone(), Some(func.clone()), globals.clone(), builtins.clone(), n, nlp),
        }
    }

    /// A frame from the pool (or a new one) with `n` slots, all empty, and no locals mapping.
    #[inline]
    fn pooled_frame(&mut self, code: Value, func: Option<Value>, globals: Value, builtins: Value, n: usize, nlp: usize) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                if f.slots.len() < n {
                    // Pooled frames hold no values (recycle_frame cleared them).
                    f.slots = vec![None; n].into_boxed_slice();
                }
                f.code = code;
                f.func = func;
                f.globals = globals;
                f.builtins = builtins;
                // recycle_frame left locals, kwnames, frame_obj and init_self empty.
                f.ip = 0;
                f.lasti = 0;
                f.sp = 0;
                f.nlocalsplus = nlp;
                f.gen = None;
                f.entry = Entry::Native;
                f
            }
            None => Box::new(Frame {
                code,
                func,
                globals,
                builtins,
                locals: None,
                ip: 0,
                lasti: 0,
                sp: 0,
                slots: vec![None; n.max(8)].into_boxed_slice(),
                nlocalsplus: nlp,
                kwnames: None,
                frame_obj: None,
                gen: None,
                entry: Entry::Native,
                ret_target: 0,
                init_self: None,
            }),
        }
    }

    /// The frame for calling Python function `func` with positional arguments only (an
    /// optional `first` then `args`, moved out of the caller's stack), when binding is
    /// trivial: no `*args`/`**kwargs`/keyword-only parameters, not a generator, and the
    /// arguments fit the parameters with defaults. `None` (nothing moved) otherwise.
    #[inline(always)]
    pub(crate) fn simple_call_frame(&mut self, func: &Value, first: Option<&Value>, args: &mut [Option<Value>]) -> Option<Box<Frame>> {
        let fd = func.downcast::<FunctionData>()?;
        let cd = fd.code_data();
        let c = &cd.code;
        if c.flags & (co::VARARGS | co::VARKEYWORDS | co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR | co::LAZY_BODY) != 0 || c.kwonlyargcount != 0 {
            return None;
        }
        let argcount = c.argcount as usize;
        let given = first.is_some() as usize + args.len();
        let defaults: &[Value] = if given == argcount {
            &[]
        } else {
            // SAFETY: the defaults cell is not replaced while this borrow is used.
            let d: &[Value] = match unsafe { &*fd.defaults.as_ptr() } {
                Some(d) => d.as_tuple().unwrap_or(&[]),
                None => &[],
            };
            if given > argcount || given + d.len() < argcount {
                return None;
            }
            d
        };
        let nlp = cd.nlocalsplus();
        let mut frame = self.pooled_frame_for(fd.code_value(), func, &fd.globals, &fd.builtins, nlp + c.stacksize as usize, nlp);
        let slots = frame.slots.as_mut_ptr();
        // SAFETY: the frame has at least `argcount` (<= nlocalsplus) slots, all empty, so
        // writing without dropping the old contents is fine.
        unsafe {
            let mut i = 0;
            if let Some(x) = first {
                slots.write(Some(x.clone()));
                i = 1;
            }
            for a in args.iter_mut() {
                slots.add(i).write(a.take());
                i += 1;
            }
            let first_default = argcount - defaults.len();
            while i < argcount {
                slots.add(i).write(Some(defaults[i - first_default].clone()));
                i += 1;
            }
        }
        let slots = &mut frame.slots;
        if cd.nfree > 0 {
            if let Some(cl) = fd.closure.as_ref().and_then(|c| c.as_tuple()) {
                let base = cd.nlocalsplus() - cd.nfree;
                for (j, cell) in cl.iter().enumerate() {
                    slots[base + j] = Some(cell.clone());
                }
            }
        }
        Some(frame)
    }

    /// The builtins dict for code running with `globals`.
    fn builtins_for(&mut self, globals: &Value) -> Value {
        if let Some(b) = globals.downcast::<DictData>().and_then(|g| g.get_item_str("__builtins__")) {
            if b.kind() == Kind::Module {
                if let Some(d) = crate::types::module::module_dict(&b) {
                    return d;
                }
            } else if b.kind() == Kind::Dict {
                return b;
            }
        }
        self.builtins.clone()
    }

    /// Returns a finished frame to the pool.
    #[inline]
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub(crate) fn recycle_frame(&mut self, mut f: Box<Frame>) {
        f.clear_values();
        if let Some(fo) = f.frame_obj.take() {
            drop(fo);
        }
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    /// [`Vm::recycle_frame`] for the frame RETURN_VALUE just popped (its frame object is
    /// detached already), written out in the interpreter loop: a call and a return are the
    /// most frequent frame switches.
    #[inline(always)]
    pub(crate) fn recycle_returned(&mut self, mut f: Box<Frame>) {
        f.clear_values();
        self.pool_returned(f);
    }

    /// [`Vm::recycle_returned`] for a frame whose values are released already.
    #[inline(always)]
    pub(crate) fn pool_returned(&mut self, f: Box<Frame>) {
        debug_assert!(f.frame_obj.is_none());
        if self.frame_pool.len() < 64 {
            crate::frame::push_fast(&mut self.frame_pool, f);
        }
    }

    /// Builds the frame for calling a Python function, binding arguments. Generator
    /// functions return the generator via `Ok(None)`... (handled by the caller via
    /// `function_call_value`).
    pub(crate) fn function_frame(&mut self, func: &Value, args: Args) -> PyResult<Option<Box<Frame>>> {
        let fd = func.downcast::<FunctionData>().ok_or_else(|| type_error("expected a function"))?;
        if fd.code_data().code.lazy.is_some() {
            // A stub (never on the fast paths: LAZY_BODY is in their flag test): from now
            // on the function holds its body.
            let body = crate::types::code::body_of(self, &fd.code_value().clone())?;
            fd.code.set(Some(body));
        }
        let code = fd.code_value().clone();
        let cd = fd.code_data();
        let mut frame = self.new_frame(code.clone(), Some(func.clone()), fd.globals.clone(), None)?;
        if let Err(e) = self.bind_args(&mut frame, fd, cd, args) {
            self.recycle_frame(frame);
            return Err(e);
        }
        Ok(Some(frame))
    }

    /// Copies arguments into the frame's locals with CPython's binding rules and errors,
    /// then sets up cells and free variables.
    fn bind_args(&mut self, frame: &mut Frame, fd: &FunctionData, cd: &CodeData, args: Args) -> PyResult<()> {
        let c = &cd.code;
        let argcount = c.argcount as usize;
        let kwonly = c.kwonlyargcount as usize;
        let posonly = c.posonlyargcount as usize;
        let has_varargs = c.flags & co::VARARGS != 0;
        let has_varkw = c.flags & co::VARKEYWORDS != 0;
        let pos = args.pos();
        let slots = &mut frame.slots;
        // Fast path: exact positional arity, no keywords.
        if args.kwnames.is_empty() && pos.len() == argcount && kwonly == 0 && !has_varargs && !has_varkw {
            for (i, a) in pos.iter().enumerate() {
                slots[i] = Some(a.clone());
            }
        } else {
            let fname = || fd.qualname.get_value().and_then(|q| q.as_str().map(|s| s.to_owned())).unwrap_or_default();
            let n = pos.len().min(argcount);
            for (i, a) in pos.iter().take(n).enumerate() {
                slots[i] = Some(a.clone());
            }
            let mut kwdict: Option<Value> = None;
            let varkw_index = argcount + kwonly + has_varargs as usize;
            if has_varkw {
                let d = Value::dict();
                kwdict = Some(d.clone());
                slots[varkw_index] = Some(d);
            }
            if has_varargs {
                let extra: Vec<Value> = if pos.len() > argcount { pos[argcount..].to_vec() } else { Vec::new() };
                slots[argcount + kwonly] = Some(Value::tuple(extra));
            } else if pos.len() > argcount {
                return Err(too_many_positional(fd, cd, pos.len(), args.kwargs().count(), &fname()));
            }
            // Keywords.
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (k, v) in args.kwargs() {
                let key = k.as_str().ok_or_else(|| type_error(format!("{}() keywords must be strings", fname())))?;
                let mut found = None;
                for i in posonly..argcount + kwonly {
                    let vn = &cd.varnames[i];
                    if vn.is(k) || vn.as_str() == Some(key) {
                        found = Some(i);
                        break;
                    }
                }
                match found {
                    Some(i) => {
                        if slots[i].is_some() {
                            return Err(type_error(format!("{}() got multiple values for argument '{key}'", fname())));
                        }
                        slots[i] = Some(v.clone());
                    }
                    None => {
                        if (0..posonly).any(|i| cd.varnames[i].as_str() == Some(key)) && !has_varkw {
                            posonly_as_kw.push(key.to_owned());
                            continue;
                        }
                        match &kwdict {
                            Some(d) => {
                                if let Some(dd) = d.downcast::<DictData>() {
                                    dd.set_str(k.clone(), v.clone());
                                }
                            }
                            None => {
                                return Err(type_error(format!("{}() got an unexpected keyword argument '{key}'", fname())));
                            }
                        }
                    }
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    fname(),
                    posonly_as_kw.join(", ")
                )));
            }
            // Defaults for missing positionals.
            if pos.len() < argcount {
                let defaults = fd.defaults.get_value();
                let defs: &[Value] = defaults.as_ref().and_then(|d| d.as_tuple()).unwrap_or(&[]);
                let first_default = argcount - defs.len();
                let mut missing = Vec::new();
                for i in pos.len()..argcount {
                    if slots[i].is_none() {
                        if i >= first_default {
                            slots[i] = Some(defs[i - first_default].clone());
                        } else {
                            missing.push(cd.varnames[i].as_str().unwrap_or("").to_owned());
                        }
                    }
                }
                if !missing.is_empty() {
                    return Err(missing_args(&fname(), &missing, "positional"));
                }
            }
            // Keyword-only defaults.
            if kwonly > 0 {
                let kwdefs = fd.kwdefaults.get_value();
                let mut missing = Vec::new();
                for i in argcount..argcount + kwonly {
                    if slots[i].is_none() {
                        let name = &cd.varnames[i];
                        let d = kwdefs.as_ref().and_then(|d| d.downcast::<DictData>()).and_then(|d| d.get_str(name));
                        match d {
                            Some(v) => slots[i] = Some(v),
                            None => missing.push(name.as_str().unwrap_or("").to_owned()),
                        }
                    }
                }
                if !missing.is_empty() {
                    return Err(missing_args(&fname(), &missing, "keyword-only"));
                }
            }
        }
        // Free variables come from the closure (COPY_FREE_VARS does it in code, but we do it
        // here too so frames are complete before the first instruction).
        if cd.nfree > 0 {
            if let Some(cl) = fd.closure.as_ref().and_then(|c| c.as_tuple()) {
                let base = cd.nlocalsplus() - cd.nfree;
                for (i, cell) in cl.iter().enumerate() {
                    slots[base + i] = Some(cell.clone());
                }
            }
        }
        Ok(())
    }

    /// Creates a function object (MAKE_FUNCTION).
    pub fn make_function(&mut self, code: Value, globals: Value, closure: Option<Value>) -> PyResult {
        let cd = code.downcast::<CodeData>().ok_or_else(|| type_error("expected a code object"))?;
        // A stub's docstring stays in its body until `__doc__` is read.
        let doc_in_body = cd.code.flags & co::HAS_DOCSTRING != 0 && cd.code.lazy.is_some() && cd.consts.is_empty();
        let doc = if doc_in_body { Some(code.clone()) } else if cd.code.flags & co::HAS_DOCSTRING != 0 { cd.consts.first().cloned() } else { None };
        let module = globals.downcast::<DictData>().and_then(|g| g.get_item_str("__name__"));
        let name = cd.name.clone();
        let qualname = cd.qualname.clone();
        let builtins = self.builtins_for(&globals);
        let f = FunctionData {
            code: Cell::new(Some(code.clone())),
            globals,
            builtins,
            name: Cell::new(Some(name)),
            qualname: Cell::new(Some(qualname)),
            defaults: Cell::new(None),
            kwdefaults: Cell::new(None),
            closure,
            doc: Cell::new(doc),
            doc_in_body: Cell::new(doc_in_body),
            annotations: Cell::new(None),
            module: Cell::new(module),
            dict: Cell::new(None),
        };
        Ok(crate::object::alloc_obj(&rt().ty_borrowed(BT::Function), f, 0))
    }
}

/// Runs `f` on `first` followed by `rest` as one slice, without allocating for short argument
/// lists: the slice holds bitwise copies of values the caller keeps alive for the whole call,
/// and the copies are never dropped, so reference counts stay balanced.
#[inline]
pub fn with_prepended<R>(first: &Value, rest: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    use std::mem::MaybeUninit;
    const N: usize = 8;
    if rest.len() < N {
        let mut buf: [MaybeUninit<Value>; N] = [const { MaybeUninit::uninit() }; N];
        // SAFETY: see above; `buf` is MaybeUninit, so nothing is dropped twice.
        unsafe {
            buf[0].write(std::ptr::read(first));
            for (i, a) in rest.iter().enumerate() {
                buf[i + 1].write(std::ptr::read(a));
            }
            f(std::slice::from_raw_parts(buf.as_ptr() as *const Value, rest.len() + 1))
        }
    } else {
        let mut all = Vec::with_capacity(rest.len() + 1);
        all.push(first.clone());
        all.extend_from_slice(rest);
        f(&all)
    }
}

/// Whether calling `func` with `given` positional arguments (and no keywords) can use
/// `simple_call_frame`.
#[inline]
pub(crate) fn simple_call_fits(func: &Value, given: usize) -> bool {
    let Some(fd) = func.downcast::<FunctionData>() else { return false };
    let c = &fd.code_data().code;
    if c.flags & (co::VARARGS | co::VARKEYWORDS | co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR | co::LAZY_BODY) != 0 || c.kwonlyargcount != 0 {
        return false;
    }
    let argcount = c.argcount as usize;
    if given == argcount {
        return true;
    }
    // SAFETY: the defaults cell is not replaced while this borrow is used.
    let ndefaults = match unsafe { &*fd.defaults.as_ptr() } {
        Some(d) => d.as_tuple().map(|t| t.len()).unwrap_or(0),
        None => 0,
    };
    given < argcount && given + ndefaults >= argcount
}

/// Wraps a fresh frame of a generator/coroutine function in its generator object.
pub fn make_generator(func: &Value, frame: Box<Frame>) -> Value {
    use crate::types::generator::{new_generator, GenKind};
    let kind = GenKind::of_flags(frame.code_data().code.flags);
    let fd = func.downcast::<FunctionData>();
    let name = fd.and_then(|f| f.name.get_value()).unwrap_or_else(Value::none);
    let qualname = fd.and_then(|f| f.qualname.get_value()).unwrap_or_else(Value::none);
    new_generator(frame, kind, name, qualname)
}

fn too_many_positional(fd: &FunctionData, cd: &CodeData, given: usize, kwgiven: usize, fname: &str) -> PyErr {
    let c = &cd.code;
    let argcount = c.argcount as usize;
    let ndefaults = fd.defaults.get_value().and_then(|d| d.as_tuple().map(|t| t.len())).unwrap_or(0);
    let takes = if ndefaults > 0 {
        format!("from {} to {}", argcount - ndefaults, argcount)
    } else {
        argcount.to_string()
    };
    let plural = if argcount == 1 && ndefaults == 0 { "" } else { "s" };
    let kw_part = if kwgiven > 0 {
        format!(" positional argument{} (and {} keyword-only argument{})", if given == 1 { "" } else { "s" }, kwgiven, if kwgiven == 1 { "" } else { "s" })
    } else {
        String::new()
    };
    let was = if given == 1 && kwgiven == 0 { "was" } else { "were" };
    if kwgiven > 0 {
        return type_error(format!("{fname}() takes {takes} positional argument{plural} but {given}{kw_part} were given"));
    }
    type_error(format!("{fname}() takes {takes} positional argument{plural} but {given} {was} given"))
}

fn missing_args(fname: &str, names: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{fname}() missing {} required {kind} argument{}: {list}",
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}

/// Whether CPython implements the builtin method `name` as a type slot (a wrapper_descriptor,
/// whose wrong-self error is worded differently from a method_descriptor's).
fn is_slot_wrapper(name: &str) -> bool {
    const PLAIN_METHODS: &[&str] = &[
        "__format__", "__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__setstate__", "__dir__",
        "__subclasshook__", "__init_subclass__", "__reversed__", "__length_hint__", "__round__", "__trunc__",
        "__floor__", "__ceil__", "__getnewargs__", "__copy__", "__deepcopy__", "__instancecheck__",
        "__subclasscheck__", "__subclasses__", "__class_getitem__", "__bytes__", "__complex__", "__fspath__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !PLAIN_METHODS.contains(&name)
}
