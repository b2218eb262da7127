# How exceptions propagate through frames, loops, comprehensions, and special methods.

log = []

def a():
    log.append("a start")
    try:
        b()
    finally:
        log.append("a finally")
    log.append("a end (never)")

def b():
    log.append("b start")
    try:
        c()
    except KeyError:
        log.append("b caught KeyError (never)")
    log.append("b end (never)")

def c():
    log.append("c start")
    raise ValueError("from c")

try:
    a()
except ValueError as e:
    log.append("top caught " + str(e))
for entry in log:
    print(entry)

# exception inside a list comprehension stops it
made = []
def make(i):
    if i == 3:
        raise IndexError("at 3")
    made.append(i)
    return i
try:
    [make(i) for i in range(10)]
except IndexError as e:
    print(e, made)

# exceptions from __init__ prevent object creation binding
class Fails:
    count = 0
    def __init__(self, ok):
        Fails.count += 1
        if not ok:
            raise ValueError("bad init")
obj = "unchanged"
try:
    obj = Fails(False)
except ValueError:
    pass
print(obj, Fails.count)

# exception raised in a key function during sort leaves list in some permutation, but propagates
def bad_key(x):
    if x == 3:
        raise TypeError("cannot key 3")
    return x
data = [5, 3, 1]
try:
    data.sort(key=bad_key)
except TypeError as e:
    print(type(e).__name__, e, sorted(data))

# exception in __eq__ during list.index / in
class Explosive:
    def __eq__(self, other):
        raise RuntimeError("eq exploded")
try:
    [1, 2, 3].index(Explosive())
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    Explosive() in [1]
except RuntimeError as e:
    print(type(e).__name__, e)

# exception in __hash__ while building dict in a comprehension
class BadHash:
    def __hash__(self):
        raise LookupError("no hash")
try:
    {BadHash(): 1 for _ in range(1)}
except LookupError as e:
    print(type(e).__name__, e)

# exception in __iter__/__next__ during unpacking
class BadIter:
    def __iter__(self):
        raise OSError("iter failed")
try:
    x, y = BadIter()
except OSError as e:
    print(type(e).__name__, e)

# exception in __getattr__ bubbling through getattr with default (not AttributeError)
class G:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(G(), "x", None)
except KeyError as e:
    print(type(e).__name__, e)

# exception in __bool__ during `if`, `while`, `and`
class BadBool:
    def __bool__(self):
        raise ArithmeticError("bool failed")
for label, fn in (("if", lambda: 1 if BadBool() else 0), ("and", lambda: BadBool() and 1), ("not", lambda: not BadBool())):
    try:
        fn()
    except ArithmeticError as e:
        print(label, type(e).__name__, e)

# exception in __repr__ during print of a container
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([1, BadRepr()])
except ValueError as e:
    print(type(e).__name__, e)

# exception in a finally of a deeper frame replaces the original
def deep_finally():
    try:
        raise KeyError("original")
    finally:
        raise TypeError("replacement")
try:
    deep_finally()
except TypeError as e:
    print(repr(e), repr(e.__context__))

# exception escaping a while loop leaves loop variables as they were
i = 0
try:
    while True:
        i += 1
        if i == 4:
            raise StopIteration("manual stop")
except StopIteration as e:
    print("stopped at", i, e)

# recursion unwinding counts frames
depth_seen = []
def recurse(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        recurse(n - 1)
    finally:
        depth_seen.append(n)
try:
    recurse(4)
except RuntimeError:
    print(depth_seen)

# exception inside lambda used by map, surfaced when consumed
m = map(lambda v: 10 // v, [5, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(m))
