# Module objects: attributes, module-level __getattr__/__dir__, ModuleType.
import sys
import _lazy

print(_lazy.real)
print(_lazy.computed_hello)
try:
    _lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(_lazy))
from _lazy import computed_value
print(computed_value)
print(getattr(_lazy, "computed_x", None), getattr(_lazy, "nope", "default"))
print(hasattr(_lazy, "computed_anything"), hasattr(_lazy, "nothing"))

# module attribute errors for ordinary modules
import _mod
try:
    _mod.not_there
except AttributeError as e:
    print(type(e).__name__, e)

# creating module objects
ModuleType = type(sys)
m = ModuleType("made_by_hand", "doc string")
print(type(m).__name__, m.__name__, m.__doc__)
m.value = 5
print(m.value, sorted(k for k in vars(m) if not k.startswith("__")))
exec("def f():\n    return value * 2", m.__dict__)
print(m.f())
print(repr(m).startswith("<module 'made_by_hand'"))

# module __dict__ keys that always exist
print(sorted(k for k in ("__name__", "__doc__", "__package__", "__loader__", "__spec__") if k in vars(_mod)))
print(_mod.__package__ == "", _mod.__spec__.name, _mod.__spec__.parent == "")

# modules are hashable and compared by identity
print(_mod == sys.modules["_mod"], {_mod: 1}[_mod])

# module attributes can be functions that close over module globals
def patched():
    return "patched " + str(_mod.CONSTANT)
_mod.greet = patched
print(_mod.greet())

# a module's globals are its __dict__
print(_mod.double.__globals__ is vars(_mod))

# __all__ absent by default
print(hasattr(_mod, "__all__"))

# deleting a module attribute
del _mod.Widget
try:
    _mod.Widget
except AttributeError as e:
    print(type(e).__name__, e)

# sys.modules is a dict mapping names to modules
print(type(sys.modules).__name__, sys.modules["sys"] is sys)

# a module can replace itself in sys.modules with another object
sys.modules["_mod"] = "not a module"
import _mod as replaced
print(replaced)
