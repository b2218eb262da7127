# Basic import forms with a helper module living beside the test.
import sys

print("before import")
import _mod
print("after import")
print(type(_mod).__name__, _mod.__name__, _mod.__doc__)
print(_mod.CONSTANT, _mod.greet("world"), _mod.double(21), _mod.Widget(3))
print(_mod.load_count)

# second import does not execute the module again
import _mod
import _mod as again
print(again is _mod, _mod.load_count)

# alias
import _mod as m
print(m.CONSTANT, m is sys.modules["_mod"])

# from-import of several names, with aliases
from _mod import greet, double as dbl, Widget
print(greet("from-import"), dbl(5), Widget(1))
print(greet is _mod.greet)

# from-import binds the object; rebinding the module attribute doesn't change it
_mod.CONSTANT = 100
from _mod import CONSTANT
print(CONSTANT)
_mod.CONSTANT = 200
print(CONSTANT, _mod.CONSTANT)

# private names can be imported explicitly
from _mod import _private
print(_private)

# module attributes can be added and deleted
_mod.new_attr = "added at runtime"
print(m.new_attr)
del _mod.new_attr
print(hasattr(m, "new_attr"))

# dir() of module is sorted and contains the public names
names = [n for n in dir(_mod) if not n.startswith("__")]
print(names)
print(names == sorted(names))

# module __dict__
print(_mod.__dict__ is vars(_mod), "greet" in vars(_mod))

# the module object is in sys.modules under its name
print("_mod" in sys.modules, sys.modules["_mod"].__name__)

# import statement inside a function binds locally
def local_import():
    import _mod as local_mod
    from _mod import double
    return local_mod.CONSTANT, double(4), sorted(k for k in locals())
print(local_import())
print("local_mod" in globals())

# multiple modules in one import statement
import sys as system, _mod as mod2
print(system is sys, mod2 is _mod)

# __import__ builtin returns the module
mod3 = __import__("_mod")
print(mod3 is _mod)

# importing a builtin module
import builtins
print(builtins.__name__, builtins.len is len)

# module __name__ of this program
print(__name__)
