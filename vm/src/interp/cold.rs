//! The rarely executed instructions of the interpreter loop, out of line: `run_frames` (in
//! `interp.rs`) keeps the instructions that benchmarks and ordinary programs spend their time
//! in (counted with an opcode histogram over pystone and the pyperformance subset), and sends
//! every other opcode here. V8 compiles the loop with its optimizing tier in one piece, and the
//! time that takes grows with the function's size; run 1 of a program runs in baseline code
//! until it is done.
//!
//! An instruction here may not switch frames or set the loop's re-raise state; those stay in
//! `run_frames`. The stack top and instruction pointer travel by value, so that the loop keeps
//! them in locals.

use super::*;

/// What an out-of-line instruction leaves: the new stack top and instruction pointer, and
/// `Ok(true)` when the VM suspends (the instruction runs again when it resumes).
pub(super) struct ColdStep {
    pub sp: usize,
    pub ip: usize,
    pub flow: PyResult<bool>,
}

impl Vm {
    /// Runs one rarely executed instruction of frame `f` (whose code is `cd`), `op` with `arg`
    /// at `this_ip`; `sp`/`ip` are the loop's stack top and next instruction.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    pub(super) fn run_cold(&mut self, f: &mut Frame, cd: &CodeData, op: Opcode, arg: usize, this_ip: usize, base: usize, sp: usize, ip: usize) -> ColdStep {
        let (mut sp, mut ip) = (sp, ip);
        let nlp = f.nlocalsplus;
        let sl: *mut Option<Value> = f.slots.as_mut_ptr();
        let err: PyErr = 'dispatch: {
            stack_ops!($ f sl sp nlp 'dispatch);
            'done: {
                match op {
                        Opcode::UNARY_POSITIVE => {
                            let v = pop!();
                            push!(tri!(self.unary_op(&v, "__pos__", "+")));
                        }
                        Opcode::UNARY_INVERT => {
                            let v = pop!();
                            push!(tri!(self.unary_op(&v, "__invert__", "~")));
                        }
                        Opcode::DELETE_SUBSCR => {
                            let k = pop!();
                            let o = pop!();
                            tri!(self.delitem(&o, &k));
                        }
                        Opcode::GET_LEN => {
                            let v = peek!(1);
                            let n = tri!(self.len(&v));
                            push!(Value::int(n as i64));
                        }
                        Opcode::MATCH_MAPPING => {
                            let v = peek!(1);
                            let r = tri!(self.match_is_mapping(&v));
                            push!(Value::bool(r));
                        }
                        Opcode::MATCH_SEQUENCE => {
                            let v = peek!(1);
                            let r = tri!(self.match_is_sequence(&v));
                            push!(Value::bool(r));
                        }
                        Opcode::MATCH_KEYS => {
                            let keys = peek!(1);
                            let subject = peek!(2);
                            let r = tri!(self.match_keys(&subject, &keys));
                            push!(r);
                        }
                        Opcode::MATCH_CLASS => {
                            let names = pop!();
                            let cls = pop!();
                            let subject = pop!();
                            let r = tri!(self.match_class(&subject, &cls, arg, &names));
                            push!(r);
                        }
                        Opcode::PUSH_EXC_INFO => {
                            let exc = pop!();
                            let top = self.exc_stack.last_mut();
                            let prev = match top {
                                Some(slot) => slot.replace(exc.clone()),
                                None => None,
                            };
                            push!(prev.unwrap_or_else(Value::none));
                            push!(exc);
                        }
                        Opcode::POP_EXCEPT => {
                            let v = pop!();
                            if let Some(slot) = self.exc_stack.last_mut() {
                                let old = std::mem::replace(slot, if v.is_none() { None } else { Some(v) });
                                drop(old);
                            }
                        }
                        Opcode::CHECK_EXC_MATCH => {
                            let t = pop!();
                            let exc = peek!(1);
                            tri!(check_except_type(&t));
                            let r = tri!(self.isinstance(&exc, &t));
                            push!(Value::bool(r));
                        }
                        Opcode::CHECK_EG_MATCH => {
                            let t = pop!();
                            let exc = pop!();
                            tri!(check_except_star_type(&t));
                            let (rest, m) = tri!(self.exception_group_match(&exc, &t));
                            if !m.is_none() {
                                // The handler runs with the matched part as the handled exception.
                                if let Some(slot) = self.exc_stack.last_mut() {
                                    *slot = Some(m.clone());
                                }
                            }
                            push!(rest);
                            push!(m);
                        }
                        Opcode::PREP_RERAISE_STAR => {
                            let excs = pop!();
                            let orig = pop!();
                            push!(tri!(self.prep_reraise_star(&orig, &excs)));
                        }
                        Opcode::WITH_EXCEPT_START => {
                            let exc = peek!(1);
                            let exit = peek!(4);
                            let tb = exc_data(&exc).and_then(|d| d.traceback.get_value()).unwrap_or_else(Value::none);
                            let r = tri!(self.call(&exit, &[exc.class(), exc.clone(), tb]));
                            push!(r);
                        }
                        Opcode::BEFORE_WITH => {
                            let mgr = pop!();
                            let cls = mgr.class();
                            let enter = match lookup_str(&cls, "__enter__") {
                                Some(e) => e,
                                None => break 'dispatch type_error(format!("'{}' object does not support the context manager protocol", type_name(&mgr))),
                            };
                            let exit = match lookup_str(&cls, "__exit__") {
                                Some(e) => e,
                                None => break 'dispatch type_error(format!("'{}' object does not support the context manager protocol (missed __exit__ method)", type_name(&mgr))),
                            };
                            let bound_exit = tri!(self.descr_get(&exit, Some(&mgr), &cls));
                            push!(bound_exit);
                            let r = tri!(self.call(&enter, std::slice::from_ref(&mgr)));
                            push!(r);
                        }
                        Opcode::BEFORE_ASYNC_WITH => {
                            let mgr = pop!();
                            let cls = mgr.class();
                            let enter = match lookup_str(&cls, "__aenter__") {
                                Some(e) => e,
                                None => break 'dispatch type_error(format!("'{}' object does not support the asynchronous context manager protocol", type_name(&mgr))),
                            };
                            let exit = match lookup_str(&cls, "__aexit__") {
                                Some(e) => e,
                                None => break 'dispatch type_error(format!("'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)", type_name(&mgr))),
                            };
                            let bound_exit = tri!(self.descr_get(&exit, Some(&mgr), &cls));
                            push!(bound_exit);
                            let r = tri!(self.call(&enter, std::slice::from_ref(&mgr)));
                            push!(r);
                        }
                        Opcode::GET_AITER => {
                            let obj = pop!();
                            let m = match lookup_str(&obj.class(), "__aiter__") {
                                Some(m) => m,
                                None => break 'dispatch type_error(format!("'async for' requires an object with __aiter__ method, got {}", type_name(&obj))),
                            };
                            let it = tri!(self.call(&m, std::slice::from_ref(&obj)));
                            if lookup_str(&it.class(), "__anext__").is_none() {
                                break 'dispatch type_error(format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", type_name(&it)));
                            }
                            push!(it);
                        }
                        Opcode::GET_ANEXT => {
                            let it = peek!(1);
                            let m = match lookup_str(&it.class(), "__anext__") {
                                Some(m) => m,
                                None => break 'dispatch type_error(format!("'async for' requires an iterator with __anext__ method, got {}", type_name(&it))),
                            };
                            let aw = tri!(self.call(&m, std::slice::from_ref(&it)));
                            let aw = match self.get_awaitable(&aw, 0) {
                                Ok(a) => a,
                                Err(_) => break 'dispatch type_error(format!("'async for' received an invalid object from __anext__: {}", type_name(&aw))),
                            };
                            push!(aw);
                        }
                        Opcode::GET_YIELD_FROM_ITER => {
                            let v = pop!();
                            let r = if let Some(g) = v.downcast::<GenData>() {
                                if g.kind == GenKind::Coroutine && cd.code.flags & (co::COROUTINE | co::ITERABLE_COROUTINE) == 0 {
                                    break 'dispatch type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                }
                                v
                            } else {
                                tri!(self.iter(&v))
                            };
                            push!(r);
                        }
                        Opcode::ASYNC_GEN_WRAP => {
                            let v = pop!();
                            push!(crate::types::generator::wrap_async_gen_value(v));
                        }
                        Opcode::GET_AWAITABLE => {
                            let v = pop!();
                            push!(tri!(self.get_awaitable(&v, arg)));
                        }
                        Opcode::PRINT_EXPR => {
                            let v = pop!();
                            let hook = tri!(self.sys_attr("displayhook"));
                            tri!(self.call(&hook, &[v]));
                        }
                        Opcode::LOAD_BUILD_CLASS => {
                            let b = f.builtins.downcast::<DictData>().and_then(|d| d.get_item_str("__build_class__"));
                            match b {
                                Some(b) => push!(b),
                                None => break 'dispatch PyErr::new(ExcType::NameError, "__build_class__ not found"),
                            }
                        }
                        Opcode::LOAD_ASSERTION_ERROR => push!(ExcType::AssertionError.type_value()),
                        Opcode::LIST_TO_TUPLE => {
                            let l = pop!();
                            let items = l.as_list().map(|l| l.snapshot()).unwrap_or_default();
                            push!(Value::tuple(items));
                        }
                        Opcode::IMPORT_STAR => {
                            let m = pop!();
                            let locals = match &f.locals {
                                Some(l) => l.clone(),
                                None => break 'dispatch PyErr::new(ExcType::SystemError, "no locals found during 'import *'"),
                            };
                            tri!(self.import_star(&m, &locals));
                        }
                        Opcode::SETUP_ANNOTATIONS => {
                            let Some(locals) = f.locals.clone() else { break 'dispatch PyErr::new(ExcType::SystemError, "no locals found when setting up annotations") };
                            let key = Value::intern("__annotations__");
                            let has = match locals.downcast::<DictData>() {
                                Some(d) if locals.class_ptr() == rt().ty_ptr(BT::Dict) => d.get_str(&key).is_some(),
                                _ => match self.getitem(&locals, &key) {
                                    Ok(_) => true,
                                    Err(e) if e.matches(ExcType::KeyError) => false,
                                    Err(e) => break 'dispatch e,
                                },
                            };
                            if !has {
                                tri!(self.setitem(&locals, &key, &Value::dict()));
                            }
                        }
                        Opcode::STORE_NAME => {
                            let name = cd.names[arg].clone();
                            let v = pop!();
                            match &f.locals {
                                Some(l) => {
                                    if l.class_ptr() == rt().ty_ptr(BT::Dict) {
                                        if let Some(d) = l.downcast::<DictData>() {
                                            set_str_hinted(d, &cd.name_hints[arg], name, v);
                                            break 'done;
                                        }
                                    }
                                    let l = l.clone();
                                    tri!(self.setitem(&l, &name, &v));
                                }
                                None => break 'dispatch PyErr::new(ExcType::SystemError, format!("no locals found when storing {}", name.as_str().unwrap_or(""))),
                            }
                        }
                        Opcode::DELETE_NAME => {
                            let name = cd.names[arg].clone();
                            let Some(l) = f.locals.clone() else { break 'dispatch PyErr::new(ExcType::SystemError, "no locals when deleting") };
                            let ok = match l.downcast::<DictData>() {
                                Some(d) if l.class_ptr() == rt().ty_ptr(BT::Dict) => d.del_str(&name).is_some(),
                                _ => match self.delitem(&l, &name) {
                                    Ok(()) => true,
                                    Err(e) if e.matches(ExcType::KeyError) => false,
                                    Err(e) => break 'dispatch e,
                                },
                            };
                            if !ok {
                                break 'dispatch name_error(&name);
                            }
                        }
                        Opcode::LOAD_NAME => {
                            let name = &cd.names[arg];
                            let v = tri!(self.load_name(f, name, &cd.name_hints[arg]));
                            push!(v);
                        }
                        Opcode::UNPACK_EX => {
                            let before = arg & 0xff;
                            let after = arg >> 8;
                            let seq = pop!();
                            let mut items = tri!(self.unpack_iterable(&seq, before + after, Some(())));
                            if items.len() < before + after {
                                break 'dispatch PyErr::new(
                                    ExcType::ValueError,
                                    format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len()),
                                );
                            }
                            let tail = items.split_off(items.len() - after);
                            let middle = items.split_off(before);
                            for v in tail.into_iter().rev() {
                                push!(v);
                            }
                            push!(Value::list(middle));
                            for v in items.into_iter().rev() {
                                push!(v);
                            }
                        }
                        Opcode::DELETE_ATTR => {
                            let obj = pop!();
                            let name = cd.names[arg].clone();
                            tri!(self.delattr(&obj, &name));
                        }
                        Opcode::DELETE_GLOBAL => {
                            let name = cd.names[arg].clone();
                            if f.globals.downcast::<DictData>().and_then(|g| g.del_str(&name)).is_none() {
                                break 'dispatch name_error(&name);
                            }
                        }
                        Opcode::BUILD_SET => {
                            let items = pop_n!(arg);
                            let s = Value::new_set();
                            if let Some(c) = crate::types::set::set_core(&s) {
                                for it in items {
                                    tri!(c.add(self, it));
                                }
                            }
                            push!(s);
                        }
                        Opcode::BUILD_MAP => {
                            let items = pop_n!(2 * arg);
                            let d = Value::dict();
                            if let Some(dd) = d.downcast::<DictData>() {
                                let mut it = items.into_iter();
                                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                                    tri!(dd.set(self, k, v));
                                }
                            }
                            push!(d);
                        }
                        Opcode::BUILD_CONST_KEY_MAP => {
                            let keys = pop!();
                            let values = pop_n!(arg);
                            let d = Value::dict();
                            if let (Some(dd), Some(ks)) = (d.downcast::<DictData>(), keys.as_tuple()) {
                                for (k, v) in ks.iter().zip(values) {
                                    tri!(dd.set(self, k.clone(), v));
                                }
                            }
                            push!(d);
                        }
                        Opcode::BUILD_STRING => {
                            let items = pop_n!(arg);
                            let mut s = String::new();
                            for it in &items {
                                s.push_str(it.as_str().unwrap_or(""));
                            }
                            push!(Value::string(s));
                        }
                        Opcode::SET_ADD => {
                            let v = pop!();
                            let s = peek!(arg);
                            if let Some(c) = crate::types::set::set_core(&s) {
                                tri!(c.add(self, v));
                            }
                        }
                        Opcode::MAP_ADD => {
                            let v = pop!();
                            let k = pop!();
                            let d = peek!(arg);
                            if let Some(dd) = d.downcast::<DictData>() {
                                tri!(dd.set(self, k, v));
                            }
                        }
                        Opcode::LIST_EXTEND => {
                            let it = pop!();
                            let l = peek!(arg);
                            let items = match self.collect_iter(&it) {
                                Ok(i) => i,
                                Err(e) if e.matches(ExcType::TypeError) && lookup_str(&it.class(), "__iter__").is_none() && lookup_str(&it.class(), "__getitem__").is_none() => {
                                    break 'dispatch type_error(format!("Value after * must be an iterable, not {}", type_name(&it)))
                                }
                                Err(e) => break 'dispatch e,
                            };
                            if let Some(l) = l.as_list() {
                                l.get_mut().extend(items);
                            }
                        }
                        Opcode::SET_UPDATE => {
                            let it = pop!();
                            let s = peek!(arg);
                            if let Some(c) = crate::types::set::set_core(&s) {
                                tri!(c.update(self, &it));
                            }
                        }
                        Opcode::DICT_UPDATE => {
                            let other = pop!();
                            let d = peek!(arg);
                            if other.kind() != Kind::Dict && self.getattr_opt(&other, &Value::intern("keys")).ok().flatten().is_none() {
                                break 'dispatch type_error(format!("'{}' object is not a mapping", type_name(&other)));
                            }
                            tri!(crate::types::dict::update_from(self, &d, &other));
                        }
                        Opcode::DICT_MERGE => {
                            let other = pop!();
                            let d = peek!(arg);
                            let func = peek!(arg + 2);
                            tri!(self.dict_merge(&d, &other, &func));
                        }
                        Opcode::FORMAT_VALUE => {
                            let spec = if arg as u32 & format_value::HAVE_SPEC != 0 { Some(pop!()) } else { None };
                            let v = pop!();
                            let v = match arg as u32 & format_value::CONV_MASK {
                                format_value::CONV_STR => tri!(self.str(&v)),
                                format_value::CONV_REPR => tri!(self.repr(&v)),
                                format_value::CONV_ASCII => {
                                    let r = tri!(self.repr_string(&v));
                                    Value::string(crate::builtins::ascii_escape(&r))
                                }
                                _ => v,
                            };
                            let r = if spec.is_none() && v.class_ptr() == rt().ty_ptr(BT::Str) {
                                v
                            } else {
                                let spec = spec.unwrap_or_else(|| Value::str(""));
                                tri!(self.format(&v, &spec))
                            };
                            push!(r);
                        }
                        Opcode::IMPORT_NAME => {
                            let fromlist = pop!();
                            let level = pop!();
                            let name = cd.names[arg].clone();
                            let globals = f.globals.clone();
                            let lvl = level.as_small().unwrap_or(0) as usize;
                            let site = std::mem::replace(&mut self.import_site, true);
                            let r = self.import_name(&name, &globals, &fromlist, lvl);
                            self.import_site = site;
                            if r.is_err() && matches!(self.suspension, Some(crate::host::Suspension::Import(_))) && base == self.suspend_base {
                                // The module arrives while suspended: run this instruction again.
                                push!(level);
                                push!(fromlist);
                                ip = this_ip;
                                return ColdStep { sp, ip, flow: Ok(true) };
                            }
                            push!(tri!(r));
                        }
                        Opcode::IMPORT_FROM => {
                            let m = peek!(1);
                            let name = cd.names[arg].clone();
                            let v = tri!(self.import_from(&m, &name));
                            push!(v);
                        }
                        Opcode::DELETE_FAST => {
                            if slot!(arg).is_none() {
                                break 'dispatch unbound_local(&cd.varnames[arg]);
                            }
                            let old = slot!(arg).take();
                            drop(old);
                        }
                        Opcode::MAKE_CELL => {
                            let already = slot!(arg).as_ref().map(|v| v.kind() == Kind::Cell).unwrap_or(false)
                                && cd.code.localsplus_kinds[arg] & local_kind::LOCAL == 0;
                            if !already {
                                let v = slot!(arg).take();
                                *slot!(arg) = Some(crate::types::function::new_cell(v));
                            }
                        }
                        Opcode::COPY_FREE_VARS => {
                            if let Some(func) = &f.func {
                                if let Some(cl) = func.downcast::<crate::types::function::FunctionData>().and_then(|fd| fd.closure.clone()) {
                                    if let Some(cells) = cl.as_tuple() {
                                        let base_i = cd.nlocalsplus() - arg;
                                        for (i, c) in cells.iter().enumerate().take(arg) {
                                            *slot!(base_i + i) = Some(c.clone());
                                        }
                                    }
                                }
                            }
                        }
                        Opcode::DELETE_DEREF => {
                            let c = slot!(arg).as_ref().and_then(|c| c.downcast::<CellData>());
                            match c {
                                Some(c) if c.get().is_some() => c.set(None),
                                _ => break 'dispatch deref_error(cd, arg),
                            }
                        }
                        Opcode::LOAD_CLASSDEREF => {
                            let name = cd.varnames[arg].clone();
                            let from_locals = match &f.locals {
                                Some(l) => match l.downcast::<DictData>() {
                                    Some(d) if l.class_ptr() == rt().ty_ptr(BT::Dict) => d.get_str(&name),
                                    _ => {
                                        let l = l.clone();
                                        match self.getitem(&l, &name) {
                                            Ok(v) => Some(v),
                                            Err(e) if e.matches(ExcType::KeyError) => None,
                                            Err(e) => break 'dispatch e,
                                        }
                                    }
                                },
                                None => None,
                            };
                            match from_locals {
                                Some(v) => push!(v),
                                None => match slot!(arg).as_ref().and_then(|c| c.downcast::<CellData>().and_then(|c| c.get())) {
                                    Some(v) => push!(v),
                                    None => break 'dispatch deref_error(cd, arg),
                                },
                            }
                        }
                        Opcode::CALL_FUNCTION_EX => {
                            // As CALL: a body not here yet stops before anything is popped.
                            if base == self.suspend_base && self.stop_for_body(slot!(sp - 2 - (arg & 1) as usize).as_ref().unwrap_or(&Value::none())) {
                                ip = this_ip;
                                return ColdStep { sp, ip, flow: Ok(true) };
                            }
                            let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                            let callargs = pop!();
                            let func = pop!();
                            let _null = pop!();
                            let pos: Vec<Value> = match callargs.as_tuple() {
                                Some(t) => t.to_vec(),
                                None => match self.collect_iter(&callargs) {
                                    Ok(v) => v,
                                    Err(e) if e.matches(ExcType::TypeError) => {
                                        break 'dispatch type_error(format!(
                                            "{} argument after * must be an iterable, not {}",
                                            self.callable_name(&func),
                                            type_name(&callargs)
                                        ))
                                    }
                                    Err(e) => break 'dispatch e,
                                },
                            };
                            let mut names = Vec::new();
                            let mut all = pos;
                            if let Some(kw) = kwargs {
                                let items = match kw.downcast::<DictData>() {
                                    Some(d) => d.items(),
                                    None => {
                                        let d = Value::dict();
                                        tri!(self.dict_merge(&d, &kw, &func));
                                        d.downcast::<DictData>().map(|d| d.items()).unwrap_or_default()
                                    }
                                };
                                for (k, v) in items {
                                    if k.as_str().is_none() {
                                        break 'dispatch type_error("keywords must be strings");
                                    }
                                    names.push(k);
                                    all.push(v);
                                }
                            }
                            let a = crate::types::builtin::Args { all: &all, kwnames: &names };
                            let r = match self.prepare_call(&func, a) {
                                crate::call::CallOutcome::Done(r) => r,
                                crate::call::CallOutcome::Frame(nf) => self.run_frame(nf),
                            };
                            push!(tri!(r));
                        }
                        Opcode::MAKE_FUNCTION => {
                            let code_v = pop!();
                            let closure = if arg as u32 & make_function::CLOSURE != 0 { Some(pop!()) } else { None };
                            let annotations = if arg as u32 & make_function::ANNOTATIONS != 0 { Some(pop!()) } else { None };
                            let kwdefaults = if arg as u32 & make_function::KWDEFAULTS != 0 { Some(pop!()) } else { None };
                            let defaults = if arg as u32 & make_function::DEFAULTS != 0 { Some(pop!()) } else { None };
                            let func = tri!(self.make_function(code_v, f.globals.clone(), closure));
                            if let Some(fd) = func.downcast::<crate::types::function::FunctionData>() {
                                fd.defaults.set(defaults);
                                fd.kwdefaults.set(kwdefaults);
                                if let Some(a) = annotations {
                                    let d = if let Some(t) = a.as_tuple() {
                                        let d = Value::dict();
                                        if let Some(dd) = d.downcast::<DictData>() {
                                            for pair in t.chunks(2) {
                                                if pair.len() == 2 {
                                                    tri!(dd.set(self, pair[0].clone(), pair[1].clone()));
                                                }
                                            }
                                        }
                                        d
                                    } else {
                                        a
                                    };
                                    fd.annotations.set(Some(d));
                                }
                            }
                            push!(func);
                        }
                    _ => break 'dispatch PyErr::new(ExcType::SystemError, "unknown opcode"),
                }
            }
            return ColdStep { sp, ip, flow: Ok(false) };
        };
        ColdStep { sp, ip, flow: Err(err) }
    }
}
