# eval() with expressions, globals/locals mappings, and errors.

print(eval("1 + 2 * 3"), eval("'a' * 3"), eval("[x * 2 for x in range(3)]"), eval("(lambda: 7)()"))
print(eval("  42  "), eval("\t1\n"), eval("x", {"x": "from globals"}), eval("x", {}, {"x": "from locals"}))
x = "module x"
print(eval("x"), eval("x", None, None) if False else eval("x", globals()), eval("x + y", {"x": 1}, {"y": 2}))
g = {"a": 10}
print(eval("a * 2", g), sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
print(eval("len('abc')", {}), eval("len('abc')", {"len": lambda s: "shadowed"}), eval("abs(-1)", {"__builtins__": {"abs": abs}}))
try:
    eval("len('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
class Locals:
    def __getitem__(self, key):
        if key == "magic":
            return 99
        raise KeyError(key)
print(eval("magic + 1", {}, Locals()))
try:
    eval("other", {}, Locals())
except NameError as e:
    print(type(e).__name__, e)
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__, code.co_filename)
print(eval(b"1 + 1"), eval("# comment\n5"))
def scope():
    local_v = "local"
    return eval("local_v"), eval("local_v + suffix", {"suffix": "!"}, {"local_v": "L"})
print(scope())
print(eval("[i for i in range(3)]", {}), eval("{k: v for k, v in d.items()}", {"d": {1: 2}}))
for src in ["1 +", "x = 1", "import sys", "def f(): pass", "", "1 2", "(", "return 5", "yield 1", "else"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(f"{src!r:<18} -> {type(e).__name__}: {e.msg}")
for src, label in [("undefined_name", "name"), ("1 / 0", "zero"), ("[][0]", "index"), ("{}['k']", "key"),
                   ("int('x')", "value"), ("None.attr", "attr")]:
    try:
        eval(src)
    except Exception as e:
        print(f"{label:<6} -> {type(e).__name__}: {e}")
for args in [(5,), ("1", 5), ("1", {}, 5), ()]:
    try:
        eval(*args)
    except TypeError as e:
        print(args, type(e).__name__ + ":", e)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}), eval("dir()", {}, {"q": 1}))
