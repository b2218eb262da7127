# Packages: __init__, submodules, attribute binding on the parent.
import sys

print("importing _pkg")
import _pkg
print(_pkg.__name__, _pkg.__package__, _pkg.__doc__)
print(_pkg.PKG_VALUE, _pkg.package_function())
print(hasattr(_pkg, "__path__"), type(_pkg.__path__).__name__ if hasattr(_pkg, "__path__") else None)
print("sub loaded yet?", "_pkg.sub" in sys.modules, hasattr(_pkg, "sub"))

print("importing _pkg.sub")
import _pkg.sub
print(_pkg.sub.__name__, _pkg.sub.__package__)
print(_pkg.sub.SUB_VALUE, _pkg.sub.sub_function())
print("sub attribute on package:", hasattr(_pkg, "sub"), _pkg.sub is sys.modules["_pkg.sub"])
print("helpers_ref also bound on package:", hasattr(_pkg, "helpers_ref"))

# `import a.b` binds only `a` in the namespace
def check_binding():
    import _pkg.sub
    return sorted(locals())
print(check_binding())

# `import a.b as c` binds the submodule
import _pkg.sub as sub_alias
print(sub_alias is _pkg.sub)

# from package import submodule
from _pkg import sub
print(sub is _pkg.sub)

# from package import name from __init__
from _pkg import PKG_VALUE, package_function
print(PKG_VALUE, package_function())

# from package.submodule import names
from _pkg.sub import SubClass, SUB_VALUE
print(SubClass.__module__, SubClass.__qualname__, SUB_VALUE)

# nested subpackage
print("importing _pkg.nested.deep")
import _pkg.nested.deep
print(_pkg.nested.deep.report())
print(_pkg.nested.parent_value, _pkg.nested.NESTED)
print(_pkg.nested.__package__, _pkg.nested.deep.__package__)

# from-import of a not-yet-imported submodule loads it
print("sibling loaded:", "_pkg.nested.sibling" in sys.modules)
from _pkg.nested import sibling
print(sibling.SIBLING)

# private subpackage
from _pkg._private_sub import HIDDEN
print(HIDDEN)

# package __init__ ran once
print(_pkg.init_runs)

# sorted list of loaded _pkg modules
print(sorted(name for name in sys.modules if name.startswith("_pkg")))

# submodule shadowing: setting an attribute with the same name as a submodule
_pkg.helpers_ref = "replaced attribute"
import _pkg.helpers_ref
print(_pkg.helpers_ref)
from _pkg import helpers_ref
print(helpers_ref)
print(type(sys.modules["_pkg.helpers_ref"]).__name__)
