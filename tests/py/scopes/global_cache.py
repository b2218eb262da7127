# Global and builtin lookups that run many times must see later changes to the module
# namespace and to builtins (the interpreter caches them per instruction).
import builtins

def use_len(x):
    return len(x)

def use_g():
    return G

G = 1
for i in range(3):
    print(use_len("abc"), use_g())

# A global shadows the builtin, then goes away again.
def len(x):
    return "my len"
print(use_len("abc"))
del len
print(use_len("abc"))

# Changing builtins.
builtins.len = lambda x: "patched builtin"
print(use_len("abc"))
del builtins.len
try:
    use_len("abc")
except NameError as e:
    print("NameError", e)
import sys
builtins.len = type(sys.getrecursionlimit).__call__ and (lambda x: 42)
print(use_len("abc"))

# Rebinding and deleting globals.
G = 2
print(use_g())
for i in range(3):
    G = i
    print(use_g())
del G
try:
    use_g()
except NameError as e:
    print("NameError", e)
G = "back"
print(use_g())

# Many new globals (the namespace grows and is rebuilt) between lookups.
for i in range(40):
    globals()["g%d" % i] = i
    print(use_g(), end=" ")
print()
for i in range(40):
    del globals()["g%d" % i]
print(use_g())

# The same code object run with different globals.
src = "def f():\n    return X\n"
ns1 = {"X": "ns1"}
ns2 = {"X": "ns2"}
exec(src, ns1)
exec(src, ns2)
for i in range(3):
    print(ns1["f"](), ns2["f"]())
f1 = ns1["f"]
import types
f3 = types.FunctionType(f1.__code__, {"X": "ns3"})
print(f1(), f3(), f1())
