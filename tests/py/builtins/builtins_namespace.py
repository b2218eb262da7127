# The builtins module: presence of every builtin function/type, shadowing, and restoring.
import builtins

names = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable",
         "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec",
         "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "int",
         "isinstance", "issubclass", "iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object",
         "oct", "open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice",
         "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__", "__build_class__"]
missing = [n for n in names if not hasattr(builtins, n)]
print("missing:", missing)
kinds = {}
for n in names:
    kinds.setdefault(type(getattr(builtins, n)).__name__, []).append(n)
for k in sorted(kinds):
    print(k, kinds[k])
consts = ["None", "True", "False", "Ellipsis", "NotImplemented", "__debug__"]
print([(c, getattr(builtins, c)) for c in consts])
exc_names = sorted(n for n in dir(builtins) if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))
print(len(exc_names) > 60, exc_names[:8])
print(builtins.len is len, builtins.__name__, __builtins__ is builtins or __builtins__ is vars(builtins))

len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_print():
    return print.__name__
print(uses_print())
builtins.my_global_helper = lambda: "installed into builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print(type(e).__name__, e)
original_abs = builtins.abs
builtins.abs = lambda x: "patched abs"
print(abs(-1))
builtins.abs = original_abs
print(abs(-1))
def local_shadow():
    sum = "local sum"
    return sum
print(local_shadow(), sum([1, 2]))
class UsesBuiltinInBody:
    max = "class max"
    value = min(3, 4)
    def method(self):
        return max(1, 2)
print(UsesBuiltinInBody.max, UsesBuiltinInBody.value, UsesBuiltinInBody().method())
try:
    undefined_builtin_name
except NameError as e:
    print(type(e).__name__, e)
try:
    del abs
except NameError as e:
    print(type(e).__name__, e)
print(callable(builtins.__build_class__), builtins.__build_class__.__name__)
C = builtins.__build_class__(lambda: None, "ViaBuildClass")
print(C.__name__, type(C).__name__, C.__bases__)
B2 = builtins.__build_class__(lambda: None, "WithBase", C)
print(B2.__name__, B2.__bases__ == (C,), isinstance(B2(), C))
try:
    builtins.__build_class__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    builtins.__build_class__(5, "X")
except TypeError as e:
    print(type(e).__name__, e)
