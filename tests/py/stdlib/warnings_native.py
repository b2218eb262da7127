# warnings without re: the native _warnings decides (filters, registries, once/error/always),
# warnings.showwarning prints. No source lines here (linecache needs tokenize and re).
import os
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"{os.path.basename(filename)}:{lineno}: {category.__name__}: {message}")


warnings.showwarning = show


def f(n):
    warnings.warn(f"careful {n}")


for i in range(3):
    f(0)
f(1)
warnings.warn("in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)


def g():
    warnings.warn("attributed to the caller", DeprecationWarning, stacklevel=2)


g()
print(sorted(type(k).__name__ for k in __warningregistry__))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    f(0)
    f(0)
    warnings.warn(RuntimeWarning("an instance"))
    warnings.warn("bytes", BytesWarning)
    print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        f(5)
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    f(6)
    print("ignored")
with warnings.catch_warnings():
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
        warnings.warn("once only", RuntimeWarning)
with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        f(7)
        f(8)
for bad in (int, "x", None.__class__):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        print(e)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 12, registry={})
reg = {}
for i in range(2):
    warnings.warn_explicit("with registry", UserWarning, "other.py", 3, module="other", registry=reg)
print(sorted(str(k) for k in reg))
try:
    warnings.warn_explicit("x", UserWarning, 5, 1)
except TypeError as e:
    print(e)
print(int(type("T", (), {"__trunc__": lambda self: 7})()))
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
warnings._filters_mutated()
try:
    warnings.warn("bad action")
except RuntimeError as e:
    print(str(e).splitlines()[0])
