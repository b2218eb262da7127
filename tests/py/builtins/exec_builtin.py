# exec() with statements, namespaces, function/class definitions, and return value.

ns = {}
r = exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\nclass C:\n    attr = 'c'\n", ns)
print(r, ns["a"], ns["b"], ns["f"](5), ns["C"].attr, sorted(k for k in ns if k != "__builtins__"))
g = {"base": 100}
l = {}
exec("result = base + 1\nother = 2", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
exec("for i in range(3):\n    print('loop', i)")
exec("import sys as _s\nprint(type(_s).__name__)", {})
exec(compile("print('compiled exec')", "<c>", "exec"))
exec(b"print('bytes source')")
counter = 0
exec("counter += 1")
print("module-level exec sees globals:", counter)
def in_function():
    v = 1
    exec("v = 2")
    loc = {}
    exec("w = 3", globals(), loc)
    return v, loc
print(in_function())
src = """
total = 0
for n in data:
    if n % 2:
        continue
    total += n
"""
env = {"data": [1, 2, 3, 4, 5, 6]}
exec(src, env)
print(env["total"])
exec("def gen():\n    yield from range(3)\nout = list(gen())", env)
print(env["out"])
exec("class K:\n    def m(self):\n        return __class__.__name__\nname = K().m()", env)
print(env["name"])
exec("try:\n    1/0\nexcept ZeroDivisionError as e:\n    msg = str(e)", env)
print(env["msg"])
exec("x = 1; y = 2; z = x + y", env)
print(env["z"])
exec("", env)
exec("pass\n\n\n", env)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
for src in ["x = ", "def f(:", "  indented", "if True:\nprint(1)", "return 1", "break", "a b"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(f"{src!r:<22} -> {type(e).__name__}: {e.msg}")
for args in [(5,), ("x=1", 5), ("x=1", {}, 5), ()]:
    try:
        exec(*args)
    except TypeError as e:
        print(args, type(e).__name__ + ":", e)
print(exec("1 + 1"), eval("None"))
