//! `_warnings`: the warning machinery CPython implements in C (Python/_warnings.c). With it,
//! `import warnings` does not need `re` at start-up, and the VM's own warnings (int() via
//! __trunc__, line buffering in binary mode…) go through the same filters whether or not the
//! `warnings` module was imported.
//!
//! State lives in the module (`filters`, `_onceregistry`, `_defaultaction`) plus a filters
//! version counter. As in CPython, once `warnings` is imported its attributes win
//! (`warnings.filters`, `onceregistry`, `defaultaction`, `_showwarnmsg`), since
//! `catch_warnings` rebinds them.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::Kind;
use crate::types::builtin::Args;
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

use super::util::{new_module, set};

thread_local! {
    /// Bumped by `_filters_mutated()`; registries remember the version they were filled under.
    static FILTERS_VERSION: Cell<i64> = const { Cell::new(1) };
}

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_warnings", &[("warn", warn), ("warn_explicit", warn_explicit), ("_filters_mutated", filters_mutated)]);
    // CPython's default filters for a release build (init_filters).
    let filter = |action: &str, cat: ExcType, module: Option<&str>| {
        Value::tuple(vec![
            Value::intern(action),
            Value::none(),
            cat.type_value(),
            module.map(Value::str).unwrap_or_else(Value::none),
            Value::int(0),
        ])
    };
    let filters = vec![
        filter("default", ExcType::DeprecationWarning, Some("__main__")),
        filter("ignore", ExcType::DeprecationWarning, None),
        filter("ignore", ExcType::PendingDeprecationWarning, None),
        filter("ignore", ExcType::ImportWarning, None),
        filter("ignore", ExcType::ResourceWarning, None),
    ];
    set(&m, "filters", Value::list(filters));
    set(&m, "_onceregistry", Value::dict());
    set(&m, "_defaultaction", Value::intern("default"));
    Ok(m)
}

/// `warnings.<name>` if the Python module has been imported (never imports it).
fn warnings_attr(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let Some(w) = vm.modules.downcast::<DictData>().and_then(|m| m.get_item_str("warnings")) else { return Ok(None) };
    if w.kind() != Kind::Module {
        return Ok(None);
    }
    vm.getattr_opt(&w, &Value::intern(name))
}

/// This module's own attribute `name`.
fn own_attr(vm: &mut Vm, name: &str) -> PyResult {
    let m = vm.import_module("_warnings")?;
    vm.getattr(&m, &Value::intern(name))
}

fn filters(vm: &mut Vm) -> PyResult {
    let f = match warnings_attr(vm, "filters")? {
        Some(f) => f,
        None => own_attr(vm, "filters")?,
    };
    if f.kind() != Kind::List {
        return Err(value_error("_warnings.filters must be a list"));
    }
    Ok(f)
}

fn once_registry(vm: &mut Vm) -> PyResult {
    let r = match warnings_attr(vm, "onceregistry")? {
        Some(r) => r,
        None => own_attr(vm, "_onceregistry")?,
    };
    if r.kind() != Kind::Dict {
        return Err(type_error(format!("warnings.onceregistry must be a dict, not '{}'", type_name(&r))));
    }
    Ok(r)
}

fn default_action(vm: &mut Vm) -> PyResult {
    let a = match warnings_attr(vm, "defaultaction")? {
        Some(a) => a,
        None => own_attr(vm, "_defaultaction")?,
    };
    if a.as_str().is_none() {
        return Err(type_error(format!("warnings.defaultaction must be a string, not '{}'", type_name(&a))));
    }
    Ok(a)
}

/// A filter's message or module pattern against `arg`: None matches all, a plain str must be
/// equal, anything else is a compiled regex whose `match` decides.
fn check_matched(vm: &mut Vm, pattern: &Value, arg: &Value) -> PyResult<bool> {
    if pattern.is_none() {
        return Ok(true);
    }
    if pattern.class_ptr() == crate::runtime::rt().ty(crate::runtime::BT::Str).as_ptr() {
        return Ok(pattern.as_str().is_some() && pattern.as_str() == arg.as_str());
    }
    let r = vm.call_method(pattern, "match", std::slice::from_ref(arg))?;
    vm.truthy(&r)
}

/// The action of the first matching filter (and that filter), else the default action.
fn get_filter(vm: &mut Vm, category: &Value, text: &Value, lineno: i64, module: &Value) -> PyResult<(Value, Value)> {
    let filters = filters(vm)?;
    let mut i = 0;
    loop {
        let Some(item) = filters.as_list().and_then(|l| l.snapshot().get(i).cloned()) else { break };
        let parts = item.as_tuple().filter(|t| t.len() == 5).map(|t| t.to_vec());
        let Some(parts) = parts else {
            return Err(value_error(format!("_warnings.filters item {i} isn't a 5-tuple")));
        };
        let action = &parts[0];
        if action.as_str().is_none() {
            return Err(type_error(format!("action must be a string, not '{}'", type_name(action))));
        }
        let good_msg = check_matched(vm, &parts[1], text)?;
        let is_subclass = vm.issubclass(category, &parts[2])?;
        let good_mod = check_matched(vm, &parts[3], module)?;
        let ln = vm.to_isize(&parts[4])? as i64;
        if good_msg && is_subclass && good_mod && (ln == 0 || lineno == ln) {
            return Ok((action.clone(), item));
        }
        i += 1;
    }
    Ok((default_action(vm)?, Value::none()))
}

/// Whether `key` is already in `registry` (resetting a registry filled under older filters);
/// records it when `should_set`.
fn already_warned(vm: &mut Vm, registry: &Value, key: &Value, should_set: bool) -> PyResult<bool> {
    let d = registry.downcast::<DictData>().ok_or_else(|| type_error("'registry' must be a dict or None"))?;
    let version = FILTERS_VERSION.with(Cell::get);
    let vkey = Value::intern("version");
    let current = d.get(vm, &vkey)?;
    if current.as_ref().and_then(|v| v.as_small()) != Some(version as isize) {
        d.clear_all();
        d.set(vm, vkey, Value::int(version))?;
    } else if let Some(seen) = d.get(vm, key)? {
        if vm.truthy(&seen)? {
            return Ok(true);
        }
    }
    if should_set {
        d.set(vm, key.clone(), Value::bool(true))?;
    }
    Ok(false)
}

/// `filename` without its ".py", CPython's guess of a module name.
fn normalize_module(filename: &Value) -> Value {
    match filename.as_str().unwrap_or("") {
        "" => Value::str("<unknown>"),
        f => match f.strip_suffix(".py") {
            Some(stem) => Value::str(stem),
            None => filename.clone(),
        },
    }
}

struct Context {
    filename: Value,
    lineno: i64,
    module: Value,
    registry: Value,
}

/// The caller `stacklevel` frames up: its file, line, module name and `__warningregistry__`.
fn setup_context(vm: &mut Vm, stacklevel: isize) -> PyResult<Context> {
    let n = vm.frames.len();
    let up = (stacklevel.max(1) - 1) as usize;
    let (globals, filename, lineno) = if up < n {
        let f = &vm.frames[n - 1 - up];
        let (globals, filename, code, lasti) = (f.globals.clone(), f.code_data().filename.clone(), f.code.clone(), f.lasti as u32);
        (globals, filename, crate::types::code::line_of(vm, &code, lasti) as i64)
    } else {
        let sysdict = crate::types::module::module_dict(&vm.sys_mod).unwrap_or_else(Value::dict);
        (sysdict, Value::str("sys"), 1)
    };
    let mut registry = Value::none();
    let mut module = Value::str("<string>");
    if let Some(g) = globals.downcast::<DictData>() {
        registry = match g.get_item_str("__warningregistry__") {
            Some(r) => r,
            None => {
                let r = Value::dict();
                g.set_str(Value::intern("__warningregistry__"), r.clone());
                r
            }
        };
        if let Some(m) = g.get_item_str("__name__") {
            if m.is_none() || m.kind() == Kind::Str {
                module = m;
            }
        }
    }
    Ok(Context { filename, lineno, module, registry })
}

/// CPython's warn_explicit: decide by filters and registries, then show (or raise).
#[allow(clippy::too_many_arguments)]
fn do_warn_explicit(
    vm: &mut Vm,
    category: &Value,
    message: &Value,
    filename: &Value,
    lineno: i64,
    module: Option<Value>,
    registry: &Value,
    source: &Value,
) -> PyResult {
    let module = module.unwrap_or_else(|| normalize_module(filename));
    let warning = ExcType::Warning.type_value();
    let (text, category, message) = if vm.isinstance(message, &warning)? {
        (vm.str(message)?, message.class(), message.clone())
    } else {
        let m = vm.call(category, std::slice::from_ref(message))?;
        (message.clone(), category.clone(), m)
    };
    let key = Value::tuple(vec![text.clone(), category.clone(), Value::int(lineno)]);
    let has_registry = !registry.is_none();
    if has_registry && already_warned(vm, registry, &key, false)? {
        return Ok(Value::none());
    }
    let (action, item) = get_filter(vm, &category, &text, lineno, &module)?;
    let action_s = action.as_str().unwrap_or("").to_owned();
    if action_s == "error" {
        return Err(PyErr(message));
    }
    if action_s == "ignore" {
        return Ok(Value::none());
    }
    let mut warned = false;
    if action_s != "always" {
        if has_registry {
            if let Some(d) = registry.downcast::<DictData>() {
                d.set(vm, key.clone(), Value::bool(true))?;
            }
        }
        let altkey = Value::tuple(vec![text.clone(), category.clone()]);
        match action_s.as_str() {
            "once" => {
                let reg = if has_registry { registry.clone() } else { once_registry(vm)? };
                warned = already_warned(vm, &reg, &altkey, true)?;
            }
            "module" => {
                if has_registry {
                    warned = already_warned(vm, registry, &altkey, true)?;
                }
            }
            "default" => {}
            _ => {
                let (a, it) = (vm.repr_string(&action)?, vm.repr_string(&item)?);
                return Err(PyErr::new(ExcType::RuntimeError, format!("Unrecognized action ({a}) in warnings.filters:\n {it}")));
            }
        }
    }
    if !warned {
        show_warning(vm, &category, &text, &message, filename, lineno, source)?;
    }
    Ok(Value::none())
}

/// Hands the warning to `warnings._showwarnmsg` when the module is loaded, else prints
/// "file:line: Category: text" and the source line to sys.stderr.
fn show_warning(vm: &mut Vm, category: &Value, text: &Value, message: &Value, filename: &Value, lineno: i64, source: &Value) -> PyResult<()> {
    if let Some(show) = warnings_attr(vm, "_showwarnmsg")? {
        if !crate::builtins::is_callable(&show) {
            return Err(type_error("warnings._showwarnmsg() must be set to a callable"));
        }
        let cls = warnings_attr(vm, "WarningMessage")?.ok_or_else(|| PyErr::new(ExcType::RuntimeError, "unable to get warnings.WarningMessage"))?;
        let msg = vm.call(&cls, &[message.clone(), category.clone(), filename.clone(), Value::int(lineno), Value::none(), Value::none(), source.clone()])?;
        vm.call(&show, &[msg])?;
        return Ok(());
    }
    let name = vm.getattr(category, &Value::intern("__name__"))?;
    let mut out = format!("{}:{lineno}: {}: {}\n", vm.str_string(filename)?, vm.str_string(&name)?, vm.str_string(text)?);
    if let Some(line) = crate::traceback::source_line(vm, filename.as_str().unwrap_or(""), lineno.max(0) as u32) {
        out.push_str("  ");
        out.push_str(line.trim());
        out.push('\n');
    }
    vm.flush();
    let stderr = vm.sys_attr("stderr")?;
    if !stderr.is_none() {
        vm.call_method(&stderr, "write", &[Value::string(out)])?;
    }
    Ok(())
}

/// `category` for `message`: its class when it is a Warning instance, else the given
/// category (UserWarning when None), which must subclass Warning.
fn get_category(vm: &mut Vm, message: &Value, category: Option<Value>) -> PyResult {
    let warning = ExcType::Warning.type_value();
    if vm.isinstance(message, &warning)? {
        return Ok(message.class());
    }
    let category = match category {
        Some(c) if !c.is_none() => c,
        _ => ExcType::UserWarning.type_value(),
    };
    let ok = category.kind() == Kind::Type && vm.issubclass(&category, &warning).unwrap_or(false);
    if !ok {
        return Err(type_error(format!("category must be a Warning subclass, not '{}'", type_name(&category))));
    }
    Ok(category)
}

/// Issues a warning from native code: `stacklevel` 1 is the Python frame running now.
pub fn warn_from_native(vm: &mut Vm, category: ExcType, message: &str, stacklevel: isize) -> PyResult<()> {
    let ctx = setup_context(vm, stacklevel)?;
    do_warn_explicit(vm, &category.type_value(), &Value::str(message), &ctx.filename, ctx.lineno, Some(ctx.module), &ctx.registry, &Value::none())?;
    Ok(())
}

fn warn(vm: &mut Vm, args: Args) -> PyResult {
    let [message, category, stacklevel, source] = args.bind("warn", ["message", "category", "stacklevel", "source"], 1, 0)?;
    let message = message.unwrap_or_else(Value::none);
    let category = get_category(vm, &message, category)?;
    let stacklevel = match stacklevel {
        Some(s) => vm.to_isize(&s)?,
        None => 1,
    };
    let ctx = setup_context(vm, stacklevel)?;
    let source = source.unwrap_or_else(Value::none);
    do_warn_explicit(vm, &category, &message, &ctx.filename, ctx.lineno, Some(ctx.module), &ctx.registry, &source)
}

fn warn_explicit(vm: &mut Vm, args: Args) -> PyResult {
    let [message, category, filename, lineno, module, registry, module_globals, source] = args.bind(
        "warn_explicit",
        ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"],
        4,
        0,
    )?;
    let none = Value::none;
    let (message, category, filename, lineno) = (message.unwrap_or_else(none), category.unwrap_or_else(none), filename.unwrap_or_else(none), lineno.unwrap_or_else(none));
    if filename.kind() != Kind::Str {
        return Err(type_error(format!("warn_explicit() argument 3 must be str, not {}", type_name(&filename))));
    }
    let lineno = vm.to_isize(&lineno)? as i64;
    if let Some(g) = module_globals.as_ref().filter(|g| !g.is_none()) {
        if g.kind() != Kind::Dict {
            return Err(type_error(format!("module_globals must be a dict, not '{}'", type_name(g))));
        }
    }
    let registry = registry.unwrap_or_else(none);
    if !registry.is_none() && registry.kind() != Kind::Dict {
        return Err(type_error("'registry' must be a dict or None"));
    }
    do_warn_explicit(vm, &category, &message, &filename, lineno, module, &registry, &source.unwrap_or_else(none))
}

fn filters_mutated(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("_filters_mutated", 0, 0)?;
    FILTERS_VERSION.with(|v| v.set(v.get() + 1));
    Ok(Value::none())
}
