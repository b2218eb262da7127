//! The import system: `import`, `from … import`, relative imports, packages, `sys.modules`.
//! Modules come from native initializers (`vm.register_native_module`) or from the host's
//! module finder (source files natively, bytecode chunks in the browser).

use crate::error::{type_error, ExcType, PyErr, PyResult};
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
        let Some(found) = found else { return Err(module_not_found(fullname)) };
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
        let spec = self.make_spec(fullname, &found.origin, found.is_package)?;
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

    /// Makes `pkg.sub` reachable as an attribute of `pkg`.
    fn bind_in_parent(&mut self, fullname: &str, m: &Value) -> PyResult<()> {
        if let Some((p, c)) = fullname.rsplit_once('.') {
            if let Some(pm) = self.loaded_module(p) {
                self.setattr(&pm, &Value::intern(c), m)?;
            }
        }
        Ok(())
    }

    /// A minimal `__spec__` (a SimpleNamespace-like object with name/origin/parent).
    fn make_spec(&mut self, name: &str, origin: &str, is_pkg: bool) -> PyResult {
        let spec = crate::builtins::simple_namespace(self)?;
        self.setattr(&spec, &Value::intern("name"), &Value::str(name))?;
        self.setattr(&spec, &Value::intern("origin"), &Value::str(origin))?;
        let parent = if is_pkg { name.to_owned() } else { name.rsplit_once('.').map(|(p, _)| p.to_owned()).unwrap_or_default() };
        self.setattr(&spec, &Value::intern("parent"), &Value::str(&parent))?;
        self.setattr(&spec, &Value::intern("submodule_search_locations"), &Value::none())?;
        self.setattr(&spec, &Value::intern("loader"), &Value::none())?;
        self.setattr(&spec, &Value::intern("has_location"), &Value::bool(true))?;
        self.setattr(&spec, &Value::intern("cached"), &Value::none())?;
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
