//! The import system: `import`, `from … import`, relative imports, packages, `sys.modules`.
//! Modules come from native initializers (`vm.register_native_module`) or from the host's
//! module finder (source files natively, bytecode chunks in the browser).

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::types::builtin::{Args, NativeFn};
use crate::host::ModuleCode;
use crate::types::dict::DictData;
use crate::types::module::{module_dict, new_module};
use crate::value::Value;
use crate::vm::Vm;

fn module_not_found(name: &str) -> PyErr {
    let e = PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{name}'"));
    if let Some(d) = crate::types::exception::exc_data(&e.0) {
        d.set_extra("name", Value::str(name));
    }
    e
}

impl Vm {
    /// Runs the init function of the native module `fullname` (if there is one) and puts the
    /// module in sys.modules. Its code must be loaded first (see `Host::native_code_ready`).
    pub(crate) fn init_native_module(&mut self, fullname: &str) -> PyResult<Option<Value>> {
        let Some(&(_, init)) = self.native_modules.iter().find(|(n, _)| *n == fullname) else { return Ok(None) };
        if let Err(why) = self.host.native_code_ready(fullname) {
            let e = PyErr::new(ExcType::ImportError, why);
            if let Some(d) = crate::types::exception::exc_data(&e.0) {
                d.set_extra("name", Value::str(fullname));
            }
            return Err(e);
        }
        let m = init(self)?;
        self.sys_modules().set_str(Value::str(fullname), m.clone());
        Ok(Some(m))
    }

    fn sys_modules(&self) -> &DictData {
        self.modules.downcast::<DictData>().expect("sys.modules is a dict")
    }

    /// A module already in `sys.modules`.
    pub fn loaded_module(&self, name: &str) -> Option<Value> {
        self.sys_modules().get_item_str(name).filter(|m| !m.is_none())
    }

    /// `import name` (absolute, dotted): returns the module `name` itself.
    pub fn import_module(&mut self, name: &str) -> PyResult {
        match self.sys_modules().get_item_str(name) {
            Some(m) if m.is_none() => {
                let e = PyErr::new(ExcType::ModuleNotFoundError, format!("import of {name} halted; None in sys.modules"));
                if let Some(d) = crate::types::exception::exc_data(&e.0) {
                    d.set_extra("name", Value::str(name));
                }
                return Err(e);
            }
            Some(m) => return Ok(m),
            None => {}
        }
        self.find_and_load(name)
    }

    /// IMPORT_NAME / `__import__`: returns the top-level package unless `fromlist` is set.
    pub fn import_name(&mut self, name: &Value, globals: &Value, fromlist: &Value, level: usize) -> PyResult {
        let n = name.as_str().ok_or_else(|| type_error("module name must be str"))?;
        let full = if level > 0 { self.resolve_relative(n, globals, level)? } else { n.to_owned() };
        if full.is_empty() {
            return Err(PyErr::new(ExcType::ValueError, "Empty module name"));
        }
        let module = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none() && self.truthy(fromlist)?;
        if !has_fromlist {
            if level == 0 || !n.is_empty() {
                let first = if level == 0 { n.split('.').next().unwrap_or(n).to_owned() } else {
                    // `from . import x` style handled with fromlist; `import .a.b` is a syntax error.
                    let cut = full.len() - n.len();
                    format!("{}{}", &full[..cut], n.split('.').next().unwrap_or(n))
                };
                return self.import_module(&first);
            }
            return Ok(module);
        }
        // Packages: import submodules named in fromlist.
        if module_dict(&module).and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_item_str("__path__"))).is_some() {
            let items = self.collect_iter(fromlist)?;
            for item in items {
                let Some(s) = item.as_str() else {
                    return Err(type_error(format!("Item in {full}.__all__ must be str, not {}", crate::types::typeobj::type_name(&item))));
                };
                if s == "*" {
                    if let Some(all) = self.getattr_opt(&module, &Value::intern("__all__"))? {
                        let names = self.collect_iter(&all)?;
                        for a in names {
                            if let Some(a) = a.as_str() {
                                self.ensure_submodule(&module, &full, a)?;
                            }
                        }
                    }
                    continue;
                }
                self.ensure_submodule(&module, &full, s)?;
            }
        }
        Ok(module)
    }

    fn ensure_submodule(&mut self, module: &Value, full: &str, name: &str) -> PyResult<()> {
        if self.getattr_opt(module, &Value::intern(name))?.is_some() {
            return Ok(());
        }
        let sub = format!("{full}.{name}");
        match self.import_module(&sub) {
            Ok(_) => Ok(()),
            Err(e) if e.matches(ExcType::ModuleNotFoundError) => {
                // Only swallow the error for the submodule itself (CPython's _handle_fromlist).
                let missing = crate::types::exception::exc_data(&e.0).and_then(|d| d.get_extra("name")).and_then(|n| n.as_str().map(|s| s.to_owned()));
                if missing.as_deref() == Some(sub.as_str()) {
                    Ok(())
                } else {
                    Err(e)
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Resolves `from ..x import y` against the importing module's package.
    fn resolve_relative(&mut self, name: &str, globals: &Value, level: usize) -> PyResult<String> {
        let g = globals.downcast::<DictData>();
        let package = g.and_then(|g| g.get_item_str("__package__")).filter(|p| !p.is_none());
        let package = match package {
            Some(p) => p.as_str().map(|s| s.to_owned()).ok_or_else(|| type_error("package must be a string"))?,
            None => {
                let modname = g.and_then(|g| g.get_item_str("__name__")).and_then(|n| n.as_str().map(|s| s.to_owned()));
                let is_pkg = g.and_then(|g| g.get_item_str("__path__")).is_some();
                match modname {
                    Some(m) if is_pkg => m,
                    Some(m) => m.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default(),
                    None => String::new(),
                }
            }
        };
        if package.is_empty() {
            return Err(PyErr::new(ExcType::ImportError, "attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level > parts.len() {
            return Err(PyErr::new(ExcType::ImportError, "attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() { base } else { format!("{base}.{name}") })
    }

    /// Finds and executes a module not yet in `sys.modules` (importing parents first).
    fn find_and_load(&mut self, fullname: &str) -> PyResult {
        let (parent, child) = match fullname.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_owned()), c.to_owned()),
            None => (None, fullname.to_owned()),
        };
        let mut search: Vec<String> = Vec::new();
        if let Some(p) = &parent {
            let pm = self.import_module(p)?;
            if let Some(m) = self.loaded_module(fullname) {
                return Ok(m);
            }
            let path = module_dict(&pm).and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_item_str("__path__")));
            let Some(path) = path else {
                let e = PyErr::new(ExcType::ModuleNotFoundError, format!("No module named '{fullname}'; '{p}' is not a package"));
                if let Some(d) = crate::types::exception::exc_data(&e.0) {
                    d.set_extra("name", Value::str(fullname));
                }
                return Err(e);
            };
            for entry in self.collect_iter(&path)? {
                if let Some(s) = entry.as_str() {
                    search.push(s.to_owned());
                }
            }
        } else {
            // Native (Rust) modules first.
            if let Some(m) = self.init_native_module(fullname)? {
                return Ok(m);
            }
            let sys_path = self.sys_attr("path")?;
            for entry in self.collect_iter(&sys_path)? {
                if let Some(s) = entry.as_str() {
                    search.push(s.to_owned());
                }
            }
        }
        if parent.is_some() {
            if let Some(m) = self.init_native_module(fullname)? {
                self.bind_in_parent(fullname, &m)?;
                return Ok(m);
            }
        }
        if self.import_site && self.suspend(crate::host::Suspension::Import(fullname.to_owned())) {
            // Never seen: IMPORT_NAME stops and runs again when the host resumes.
            return Err(PyErr::new(ExcType::ImportError, "suspended"));
        }
        let found = self.host.find_module(fullname, &child, &search);
        let Some(found) = found else { return self.load_namespace_package(fullname, &child, &search, parent.is_some()) };
        let module = new_module(fullname);
        let d = module_dict(&module).ok_or_else(|| type_error("module without dict"))?;
        let dd = d.downcast::<DictData>().ok_or_else(|| type_error("module dict"))?;
        dd.set_str(Value::intern("__file__"), Value::str(&found.origin));
        let package = if found.is_package {
            let dir = found.origin.rsplit_once('/').map(|(d, _)| d.to_owned()).unwrap_or_default();
            dd.set_str(Value::intern("__path__"), Value::list(vec![Value::str(&dir)]));
            fullname.to_owned()
        } else {
            parent.clone().unwrap_or_default()
        };
        dd.set_str(Value::intern("__package__"), Value::str(&package));
        dd.set_str(Value::intern("__builtins__"), self.builtins_mod.clone());
        let spec = self.module_spec(fullname, Some(&found.origin), found.is_package)?;
        if let Some(path) = dd.get_str(&Value::intern("__path__")) {
            self.setattr(&spec, &Value::intern("submodule_search_locations"), &path)?;
        }
        dd.set_str(Value::intern("__spec__"), spec.clone());
        self.sys_modules().set_str(Value::str(fullname), module.clone());
        let code = match found.code {
            ModuleCode::Source(src) => self.compile_source(&src, &found.origin, "exec", 0),
            ModuleCode::Bytecode(b) => self.load_code(&b),
        };
        // While the body runs, errors about missing attributes say "partially initialized".
        let initializing = Value::intern("_initializing");
        self.setattr(&spec, &initializing, &Value::bool(true))?;
        let r = code.and_then(|c| self.run_code(&c, &d, None));
        self.setattr(&spec, &initializing, &Value::bool(false))?;
        if let Err(e) = r {
            self.sys_modules().del_str(&Value::str(fullname));
            return Err(e);
        }
        // The module may have replaced itself in sys.modules.
        let m = self.loaded_module(fullname).unwrap_or(module);
        if parent.is_some() {
            self.bind_in_parent(fullname, &m)?;
        }
        Ok(m)
    }

    /// `importlib.reload`: runs the code of the source module `name` again in `module`'s
    /// namespace (a native module is left as it is).
    pub(crate) fn reexec_module(&mut self, name: &str, module: &Value) -> PyResult<()> {
        let (parent, child) = match name.rsplit_once('.') {
            Some((p, c)) => (Some(p), c),
            None => (None, name),
        };
        if parent.is_none() && self.native_modules.iter().any(|(n, _)| *n == name) {
            return Ok(());
        }
        let path = match parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                self.getattr(&pm, &Value::intern("__path__"))?
            }
            None => self.sys_attr("path")?,
        };
        let search: Vec<String> = self.collect_iter(&path)?.iter().filter_map(|e| e.as_str().map(str::to_owned)).collect();
        let Some(found) = self.host.find_module(name, child, &search) else { return Err(module_not_found(name)) };
        let d = module_dict(module).ok_or_else(|| type_error("reload() argument must be a module"))?;
        let code = match found.code {
            ModuleCode::Source(src) => self.compile_source(&src, &found.origin, "exec", 0)?,
            ModuleCode::Bytecode(b) => self.load_code(&b)?,
        };
        self.run_code(&code, &d, None)?;
        Ok(())
    }

    /// A directory `name` without `__init__.py` on the search path is a namespace package
    /// (PEP 420): a module with no code whose `__path__` is every such directory.
    fn load_namespace_package(&mut self, fullname: &str, name: &str, search: &[String], has_parent: bool) -> PyResult {
        let mut portions = Vec::new();
        for dir in search {
            let candidate = if dir.is_empty() { name.to_owned() } else { format!("{}/{name}", dir.trim_end_matches('/')) };
            if self.host.is_dir(&candidate) {
                portions.push(Value::str(&candidate));
            }
        }
        if portions.is_empty() {
            return Err(module_not_found(fullname));
        }
        let module = new_module(fullname);
        let d = module_dict(&module).ok_or_else(|| type_error("module without dict"))?;
        let dd = d.downcast::<DictData>().ok_or_else(|| type_error("module dict"))?;
        dd.set_str(Value::intern("__path__"), Value::list(portions.clone()));
        dd.set_str(Value::intern("__package__"), Value::str(fullname));
        let spec = self.module_spec(fullname, None, true)?;
        self.setattr(&spec, &Value::intern("submodule_search_locations"), &Value::list(portions))?;
        dd.set_str(Value::intern("__spec__"), spec);
        self.sys_modules().set_str(Value::str(fullname), module.clone());
        if has_parent {
            self.bind_in_parent(fullname, &module)?;
        }
        Ok(module)
    }

    /// Makes `pkg.sub` reachable as an attribute of `pkg`.
    fn bind_in_parent(&mut self, fullname: &str, m: &Value) -> PyResult<()> {
        if let Some((p, c)) = fullname.rsplit_once('.') {
            if let Some(pm) = self.loaded_module(p) {
                self.setattr(&pm, &Value::intern(c), m)?;
            }
        }
        Ok(())
    }

    /// A minimal `__spec__` (a SimpleNamespace-like object with name/origin/parent), with the
    /// attributes `importlib._bootstrap` reads from a spec and a parent's spec.
    pub(crate) fn module_spec(&mut self, name: &str, origin: Option<&str>, is_pkg: bool) -> PyResult {
        let spec = crate::builtins::simple_namespace(self)?;
        self.setattr(&spec, &Value::intern("name"), &Value::str(name))?;
        self.setattr(&spec, &Value::intern("origin"), &origin.map_or_else(Value::none, Value::str))?;
        let parent = if is_pkg { name.to_owned() } else { name.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default() };
        self.setattr(&spec, &Value::intern("parent"), &Value::str(&parent))?;
        self.setattr(&spec, &Value::intern("submodule_search_locations"), &Value::none())?;
        let loader = crate::import::native_importer(self)?;
        self.setattr(&spec, &Value::intern("loader"), &loader)?;
        self.setattr(&spec, &Value::intern("has_location"), &Value::bool(origin.is_some()))?;
        self.setattr(&spec, &Value::intern("cached"), &Value::none())?;
        self.setattr(&spec, &Value::intern("_uninitialized_submodules"), &Value::list(vec![]))?;
        Ok(spec)
    }

    /// IMPORT_FROM.
    pub fn import_from(&mut self, m: &Value, name: &Value) -> PyResult {
        match self.getattr(m, name) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcType::AttributeError) => {
                let modname = self
                    .getattr_opt(m, &Value::intern("__name__"))?
                    .and_then(|n| n.as_str().map(|s| s.to_owned()));
                let n = name.as_str().unwrap_or("");
                if let Some(mn) = &modname {
                    if let Some(sub) = self.loaded_module(&format!("{mn}.{n}")) {
                        return Ok(sub);
                    }
                }
                let file = self.getattr_opt(m, &Value::intern("__file__"))?.and_then(|f| f.as_str().map(|s| s.to_owned()));
                let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
                let initializing = self
                    .getattr_opt(m, &Value::intern("__spec__"))?
                    .map(|s| self.getattr_opt(&s, &Value::intern("_initializing")))
                    .transpose()?
                    .flatten()
                    .map(|v| v.is(&Value::bool(true)))
                    .unwrap_or(false);
                let loc = match &file {
                    Some(f) => f.clone(),
                    None => "unknown location".into(),
                };
                let msg = if initializing {
                    format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import) ({loc})")
                } else {
                    format!("cannot import name '{n}' from '{mn}' ({loc})")
                };
                let err = PyErr::new(ExcType::ImportError, msg);
                if let Some(d) = crate::types::exception::exc_data(&err.0) {
                    d.set_extra("name", Value::str(&mn));
                    d.set_extra("path", file.map(|f| Value::str(&f)).unwrap_or_else(Value::none));
                }
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `from m import *` into `locals`.
    pub fn import_star(&mut self, m: &Value, locals: &Value) -> PyResult<()> {
        let names: Vec<Value> = match self.getattr_opt(m, &Value::intern("__all__"))? {
            Some(all) => self.collect_iter(&all)?,
            None => {
                let d = self.getattr(m, &Value::intern("__dict__"))?;
                let keys = self.call_method(&d, "keys", &[])?;
                self.collect_iter(&keys)?.into_iter().filter(|k| !k.as_str().map(|s| s.starts_with('_')).unwrap_or(true)).collect()
            }
        };
        for n in names {
            let v = self.getattr(m, &n)?;
            self.setitem(locals, &n, &v)?;
        }
        Ok(())
    }
}

/// `_imp.NativeImporter` (here, not in `modules/imp.rs`: `sys` is set up with it at start,
/// and `_imp` is in a lazily loaded wasm chunk): the one finder in `sys.meta_path` and the loader of every module
/// spec, so that `importlib.import_module`, `importlib.util.find_spec` and `importlib.reload`
/// reach pygmy's native import (`import.rs`) as `import` does. `find_spec` imports the module
/// then and there (a spec found is a module loaded: pygmy has no separate finding step) and
/// `exec_module` leaves that import alone; on a reload it runs the module's code again.
pub fn native_importer(vm: &mut Vm) -> PyResult {
    let key = Value::intern("__pygmy_NativeImporter__");
    let builtins = vm.builtins.clone();
    let Some(cache) = builtins.downcast::<crate::types::dict::DictData>() else { return Ok(Value::none()) };
    if let Some(t) = cache.get_str(&key) {
        return Ok(t);
    }
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<crate::types::dict::DictData>() {
        d.set_str(Value::intern("__module__"), Value::intern("_imp"));
        for (name, f) in IMPORTER_METHODS {
            let func = crate::types::new_builtin_function(name, *f, None);
            d.set_str(Value::intern(name), crate::types::descr::new_staticmethod(func));
        }
    }
    let meta = crate::runtime::rt().ty(crate::runtime::BT::Type);
    let t = crate::types::typeobj::new_class(vm, &meta, &Value::intern("NativeImporter"), &[], &ns, &[])?;
    cache.set_str(key, t.clone());
    Ok(t)
}

const IMPORTER_METHODS: &[(&str, NativeFn)] = &[("find_spec", importer_find_spec), ("create_module", importer_create_module), ("exec_module", importer_exec_module)];

thread_local! {
    /// Modules `find_spec` has just imported, whose `exec_module` is to do nothing.
    static JUST_IMPORTED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The spec of a loaded module: its `__spec__`, or a new one for a native module.
fn spec_of(vm: &mut Vm, module: &Value, name: &str) -> PyResult {
    if let Some(spec) = vm.getattr_opt(module, &Value::intern("__spec__"))?.filter(|s| !s.is_none()) {
        return Ok(spec);
    }
    let spec = vm.module_spec(name, None, false)?;
    vm.setattr(&spec, &Value::intern("origin"), &Value::intern("built-in"))?;
    Ok(spec)
}

/// `find_spec(name, path=None, target=None)`: None when there is no such module.
fn importer_find_spec(vm: &mut Vm, args: Args) -> PyResult {
    let name = vm.str_string(&args.check("find_spec", 1, 3)?[0])?;
    if let Some(m) = vm.loaded_module(&name) {
        // A reload (importlib asks only then for a loaded module): its exec_module runs the code.
        JUST_IMPORTED.with(|j| j.borrow_mut().retain(|n| *n != name));
        return spec_of(vm, &m, &name);
    }
    match vm.import_module(&name) {
        Ok(m) => {
            JUST_IMPORTED.with(|j| j.borrow_mut().push(name.clone()));
            spec_of(vm, &m, &name)
        }
        Err(e) if e.matches(ExcType::ModuleNotFoundError) && crate::types::exception::exc_data(&e.0).and_then(|d| d.get_extra("name")).is_some_and(|n| n.as_str() == Some(name.as_str())) => Ok(Value::none()),
        Err(e) => Err(e),
    }
}

/// `create_module(spec)`: the module `find_spec` loaded.
fn importer_create_module(vm: &mut Vm, args: Args) -> PyResult {
    let spec = &args.check("create_module", 1, 1)?[0];
    let name = vm.getattr(spec, &Value::intern("name"))?;
    let name = vm.str_string(&name)?;
    Ok(vm.loaded_module(&name).unwrap_or_else(Value::none))
}

/// `exec_module(module)`: nothing after `find_spec`'s import; the module's code again otherwise.
fn importer_exec_module(vm: &mut Vm, args: Args) -> PyResult {
    let module = &args.check("exec_module", 1, 1)?[0];
    let name = vm.getattr(module, &Value::intern("__name__"))?;
    let name = vm.str_string(&name)?;
    let fresh = JUST_IMPORTED.with(|j| {
        let mut j = j.borrow_mut();
        let at = j.iter().rposition(|n| *n == name);
        at.map(|i| j.remove(i)).is_some()
    });
    if !fresh {
        vm.reexec_module(&name, module)?;
    }
    Ok(Value::none())
}
