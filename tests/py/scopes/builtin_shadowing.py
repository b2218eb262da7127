# Shadowing builtins at various scopes.

print(list("ab"), str(5), type(3).__name__)

# module-level shadowing
def list(*args):
    return "my list" + repr(args)
print(list("ab"))
del list
print(list("ab"))

# local shadowing does not affect other functions
def f():
    str = "not a function"
    return str
def g():
    return str(123)
print(f(), g())

# parameter named like a builtin
def h(len, max=None):
    return len, max
print(h(1, 2))
print(len("still works"))

# shadowing True-like names is impossible (keywords), but builtins like id/input/type are names
id = "my id"
type = "my type"
print(id, type)
del id, type
print(type(1).__name__)

# shadowing in class body
class K:
    print = "class attribute named print"
    def show(self):
        print("method uses builtin print")
K().show()
print(K.print)

# shadowing via for-loop target
for sum in range(3):
    pass
print(sum)
del sum
print(sum([1, 2, 3]))

# shadowing via import alias
import sys as len
print(type(len).__name__)
del len
print(len([1]))

# builtins still reachable through the builtins module
import builtins
abs = lambda x: "shadowed abs"
print(abs(-1), builtins.abs(-1))
del abs

# exceptions are builtins too
ValueError = KeyError
try:
    raise ValueError("actually KeyError")
except KeyError as e:
    print(type(e).__name__, e)
del ValueError
try:
    int("x")
except ValueError as e:
    print(type(e).__name__)

# shadowing in comprehensions
print([str for str in range(3)])
print(str(3))

# shadowing None/True/False is a SyntaxError
for src in ("None = 1", "True = 0", "def f(None): pass", "import x as True", "__debug__ = 1"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# globals() assignment shadows builtins
globals()["min"] = lambda *a: "min from globals"
print(min(1, 2))
del globals()["min"]
print(min(1, 2))

# nested function sees enclosing shadow over builtin
def outer():
    map = "enclosing map"
    def inner():
        return map
    return inner()
print(outer(), list(map(str, [1])))

# replacing a builtin in the builtins module affects all modules
original_len = builtins.len
builtins.len = lambda x: 42
print(len("abc"))
builtins.len = original_len
print(len("abc"))

# __builtins__ in the main module is the builtins module
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)

# names that look like builtins but aren't
try:
    print(printf)
except NameError as e:
    print(type(e).__name__, e)
