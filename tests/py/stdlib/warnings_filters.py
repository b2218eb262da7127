# warnings over the native _warnings: default filters, registries, once/error/ignore, catch_warnings, warn_explicit, VM-issued warnings.
import warnings
import sys
import linecache
import os


def show(message, category, filename, lineno, file=None, line=None):
    # What warnings would print, with the file's base name (the path depends on the checkout).
    line = linecache.getline(filename, lineno) if line is None else line
    print(warnings.formatwarning(message, category, os.path.basename(filename), lineno, line), end="")


warnings.showwarning = show
def f():
    warnings.warn("careful", UserWarning)
for i in range(3):
    f()
warnings.warn("dep in main", DeprecationWarning)
def g():
    warnings.warn("dep elsewhere", DeprecationWarning, stacklevel=2)
g()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn(RuntimeWarning("instance"))
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno, w[2].category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", e)
warnings.filterwarnings("ignore", message="careful")
f()
print("after ignore")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once msg")
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12)
print(int(type("T", (), {"__trunc__": lambda self: 7})()))
print(sorted(k for k in globals() if k.startswith("__warn")))
