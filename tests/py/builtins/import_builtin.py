# __import__ and import statements for a sibling helper module and sys.
import sys

mod = __import__("sys")
print(mod is sys, type(mod).__name__, mod.__name__)
helper = __import__("_helper_mod")
print(helper.__name__, helper.VALUE, helper.double(21), helper.loaded_count)
import _helper_mod
print(_helper_mod is helper, _helper_mod.loaded_count)
from _helper_mod import double, VALUE as V
print(double(5), V)
import _helper_mod as hm
print(hm is helper, "_helper_mod" in sys.modules, sys.modules["_helper_mod"] is helper)
pkg = __import__("_helper_pkg.sub", fromlist=["thing"])
print(pkg.__name__, pkg.thing)
top = __import__("_helper_pkg.sub")
print(top.__name__, top.sub.thing, top.PKG_ATTR)
from _helper_pkg import sub
print(sub.thing, sub.__name__)
from _helper_pkg.sub import thing as t
print(t)
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import no_such_module_abc
except ImportError as e:
    print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
try:
    from _helper_mod import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name, e.path == helper.__file__)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    import _helper_pkg.nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(helper.__file__.endswith("_helper_mod.py"), sub.__file__.endswith("sub.py"), hm.__doc__)
print(sorted(n for n in dir(helper) if not n.startswith("__")))
del sys.modules["_helper_mod"]
again = __import__("_helper_mod")
print(again is helper, again.loaded_count)
