# Circular imports and partially initialized modules.
import sys

print("importing _circ_a")
import _circ_a
print("done")
print(_circ_a.a_func())
print(_circ_a._circ_b.b_value, _circ_a._circ_b._circ_a is _circ_a)

def short(e):
    """Error message without the trailing file path, if any."""
    text = str(e)
    if text.endswith(".py)"):
        text = text[:text.rindex(" (")]
    return text

# from-import cycle fails with a "partially initialized module" ImportError
try:
    import _circ_c
except ImportError as e:
    print(type(e).__name__, short(e))
    print("name:", e.name)
print(sorted(k for k in sys.modules if k.startswith("_circ")))

# retrying the failed cycle fails the same way (nothing was left half-imported)
try:
    from _circ_d import d_value
except ImportError as e:
    print(type(e).__name__, short(e))
print(sorted(k for k in sys.modules if k.startswith("_circ")))

# importing the other half of the first cycle first gives the mirror-image order
for name in ("_circ_a", "_circ_b"):
    del sys.modules[name]
# _circ_a then needs _circ_b.b_value before _circ_b has defined it
print("importing _circ_b first")
try:
    import _circ_b
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in sys.modules if k.startswith("_circ")))

# a module can import itself: it gets the partially initialized module
import _self_import
print(_self_import.report)
