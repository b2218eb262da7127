# Closures over loop variables.

fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
i = 100
print([f() for f in fns])

# default-argument capture
fns = []
for i in range(3):
    fns.append(lambda i=i: i)
print([f() for f in fns])

# closure factory captures per-iteration value
def make(n):
    return lambda: n
print([make(j)() for j in range(3)])

# comprehension variables: each comprehension has its own scope but one cell per variable
fns = [lambda: k for k in range(3)]
print([f() for f in fns])
fns = [(lambda k: lambda: k)(k) for k in range(3)]
print([f() for f in fns])

# while loop with closures
fns = []
n = 0
while n < 3:
    fns.append(lambda: n)
    n += 1
print([f() for f in fns])

# closures inside a function loop share the function-local cell
def build():
    out = []
    for x in "abc":
        def show():
            return x
        out.append(show)
    return out
print([f() for f in build()])

def build_fixed():
    out = []
    for x in "abc":
        def show(x=x):
            return x
        out.append(show)
    return out
print([f() for f in build_fixed()])

# nested loops and closures
fns = []
for a in range(2):
    for b in range(2):
        fns.append(lambda a=a, b=b: (a, b))
print([f() for f in fns])

# closures capturing a mutable accumulator
def counters():
    result = []
    for name in ("x", "y"):
        count = [0]
        def inc(count=count):
            count[0] += 1
            return count[0]
        result.append(inc)
    return result
cx, cy = counters()
print(cx(), cx(), cy(), cx())

# generator expressions also bind late
gens = [(m * t for t in range(2)) for m in range(3)]
print([list(g) for g in gens])

# loop variable modified after closure creation within the same iteration
fns = []
for i in range(2):
    fns.append(lambda: i)
    i = i * 10
print([f() for f in fns])

# closures over loop variable in class methods created in a loop
class Ops:
    pass
for op in ("double", "triple"):
    factor = 2 if op == "double" else 3
    setattr(Ops, op, lambda self, v, factor=factor: v * factor)
print(Ops().double(5), Ops().triple(5))

# closures capturing the loop variable of an enclosing function loop via nonlocal
def track():
    last = None
    setters = []
    for v in range(3):
        def setter(v=v):
            nonlocal last
            last = v
        setters.append(setter)
    setters[1]()
    return last
print(track())

# callbacks registry built in a loop
handlers = {}
for event in ("open", "close", "error"):
    handlers[event] = lambda payload, event=event: "%s:%s" % (event, payload)
print(sorted(h("x") for h in handlers.values()))

# the loop variable after the loop keeps the last value
for last_value in range(5):
    pass
print(last_value)

# closures over a with-statement target in a loop
class Ctx:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        return False
readers = []
for v in ("p", "q"):
    with Ctx(v.upper()) as val:
        readers.append(lambda: val)
print([r() for r in readers])

# closure over an except-as name is impossible after the block (the name is deleted)
def except_closure():
    fns = []
    try:
        raise ValueError("boom")
    except ValueError as err:
        saved = err
        fns.append(lambda: saved)
    return fns[0]()
print(repr(except_closure()))

# recursion through a loop-defined closure name
funcs = {}
for name in ("even", "odd"):
    if name == "even":
        funcs[name] = lambda n: True if n == 0 else funcs["odd"](n - 1)
    else:
        funcs[name] = lambda n: False if n == 0 else funcs["even"](n - 1)
print(funcs["even"](10), funcs["odd"](7), funcs["even"](3))
