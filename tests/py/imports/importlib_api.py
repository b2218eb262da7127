# importlib's API reaches the same import system as the import statement: import_module
# (absolute, relative, submodules, missing modules), util.find_spec, reload, and namespace
# packages (a directory without __init__.py).
import importlib
import importlib.util
import sys


tw = importlib.import_module("textwrap")
print(tw.__name__, tw is sys.modules["textwrap"], tw.__spec__.name)
print(importlib.import_module("json.decoder").__name__, "json.decoder" in sys.modules)
print(importlib.import_module(".encoder", "json").__name__)
print(importlib.import_module("math").sqrt(16.0))

for name in ["no_such_module_here", "json.no_such_sub"]:
    try:
        importlib.import_module(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)

print(importlib.util.find_spec("no_such_module_either"))
spec = importlib.util.find_spec("_reloaded")
print(spec.name, spec.origin.endswith("_reloaded.py"))

m = importlib.import_module("_reloaded")
print("runs after import:", m.RUNS)
again = importlib.import_module("_reloaded")
print("same module:", again is m, "runs:", m.RUNS)
r = importlib.reload(m)
print("reload returns the module:", r is m, "runs:", m.RUNS, sys._reloaded_runs)

# A directory without __init__.py is a namespace package.
import _nspkg.inner.leaf
print(_nspkg.inner.leaf.VALUE)
print(getattr(_nspkg, "__file__", None), [p.rsplit("/", 1)[-1] for p in _nspkg.__path__])
print(_nspkg.__spec__.origin, list(_nspkg.__spec__.submodule_search_locations) == list(_nspkg.__path__))
leaf = importlib.import_module("_nspkg.inner.leaf")
print(leaf is _nspkg.inner.leaf)

# An error inside the imported module's code propagates as itself.
try:
    importlib.import_module("_raises")
except Exception as e:
    print("raised:", type(e).__name__)
