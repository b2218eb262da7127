# from module import * with and without __all__.

before = set(globals())
from _star import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(public_a, _explicitly_exported, Exported.__name__)
try:
    public_b
except NameError as e:
    print(type(e).__name__, e)

before = set(globals())
from _star_noall import *
added = sorted(set(globals()) - before - {"before"})
print(added)
print(visible, also_visible, func())
try:
    _hidden
except NameError as e:
    print(type(e).__name__, e)
# imported modules are also exported when there's no __all__ (unless underscored)
print("_sys_alias" in globals())

# __all__ naming a missing attribute raises AttributeError
try:
    from _star_badall import *
except AttributeError as e:
    print(type(e).__name__, e)

# star import overwrites existing names
visible = "local value"
from _star_noall import *
print(visible)

# star import of a package without __all__ only gets names from __init__
before = set(globals())
from _pkg import *
added = sorted(set(globals()) - before - {"before"})
print(added)

# star import from builtins-like module works too
import sys
before = set(globals())
exec("from _mod import *", globals())
added = sorted(set(globals()) - before - {"before"})
print(added)

# names imported by star are the same objects as the module attributes
import _star
print(Exported is _star.Exported, public_a is _star.public_a)

# star import does not import submodules of a package unless listed in __all__
import sys
print("_pkg.nested" in sys.modules, "nested" in globals())

# star import in exec with a fresh namespace
ns = {}
exec("from _star import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns2 = {}
exec("from _star_noall import *", ns2)
print(sorted(k for k in ns2 if k != "__builtins__"))

# __all__ may contain names of submodules, which star import then loads
ns3 = {}
exec("from _star_pkg import *", ns3)
print(sorted(k for k in ns3 if k != "__builtins__"), "_star_pkg.part" in sys.modules)
print(ns3["part"].PART)

# a second star import of the same module is harmless and rebinds the same objects
before_ids = (public_a, Exported)
from _star import *
print(before_ids == (public_a, Exported))
