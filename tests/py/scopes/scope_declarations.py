# global / nonlocal declarations: semantics and compile-time errors.

errors = [
    ("nonlocal at module level", "nonlocal x\n"),
    ("nonlocal without binding", "def f():\n    nonlocal q\n"),
    ("nonlocal to a global", "g = 1\ndef f():\n    nonlocal g\n"),
    ("used before global", "def f():\n    x = 1\n    global x\n"),
    ("read before global", "def f():\n    print(x)\n    global x\n"),
    ("param declared global", "def f(a):\n    global a\n"),
    ("param declared nonlocal", "def o():\n    def f(a):\n        nonlocal a\n"),
    ("global and nonlocal", "def o():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n"),
    ("nonlocal in class at module level", "class C:\n    nonlocal x\n"),
    ("annotated global", "def f():\n    global x\n    x: int = 1\n"),
    ("used before nonlocal", "def o():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n"),
]
for label, src in errors:
    try:
        compile(src, "<s>", "exec")
        print(label, "-> compiled")
    except SyntaxError as e:
        print(label, "-> SyntaxError:", e.msg)

# nonlocal skips class scopes
def outer():
    v = "function v"
    class K:
        v = "class v"
        def get(self):
            nonlocal v
            v = "changed by method"
            return v
    K().get()
    return v, K.v
print(outer())

# nonlocal reaches through several levels to the nearest binding
def a():
    n = 0
    def b():
        def c():
            nonlocal n
            n += 1
        c(); c()
    b(); b()
    return n
print(a())

# intermediate level that rebinds shadows the outer one
def a2():
    n = "a2"
    def b2():
        n = "b2"
        def c2():
            nonlocal n
            n = "set by c2"
        c2()
        return n
    return b2(), n
print(a2())

# global in nested function and enclosing local with the same name
value = "global"
def outer2():
    value = "local to outer2"
    def setter():
        global value
        value = "set globally"
    setter()
    return value
print(outer2(), value)

# global declared in one function is not global in another
counter = 0
def inc():
    global counter
    counter += 1
def local_counter():
    counter = 100
    return counter
inc(); inc()
print(counter, local_counter(), counter)

# global statement with names that don't exist yet creates them
def creator():
    global created_a, created_b
    created_a, created_b = "A", "B"
creator()
print(created_a, created_b)

# nonlocal with augmented assignment in nested generator
def gen_counter():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return list(gen()), count
print(gen_counter())

# nonlocal in lambda is impossible, but lambdas read enclosing variables
def lam():
    x = 1
    f = lambda: x + 1
    x = 10
    return f()
print(lam())

# global declaration inside a class method affects module globals
class Setter:
    def set(self):
        global from_method
        from_method = "via method"
Setter().set()
print(from_method)

# global inside exec'd code with explicit namespace
ns = {}
exec("def f():\n    global z\n    z = 5\nf()", ns)
print(ns["z"])
