# Class patterns with builtin types: int(x), str(), list vs tuple, etc.

def kind(v):
    match v:
        case bool(b):
            return "bool %r" % b
        case int(i):
            return "int %r" % i
        case float(f):
            return "float %r" % f
        case complex() as c:
            return "complex %r" % c
        case str(s):
            return "str %r" % s
        case bytes(b):
            return "bytes %r" % b
        case list(l):
            return "list of %d" % len(l)
        case tuple(t):
            return "tuple of %d" % len(t)
        case dict(d):
            return "dict with %s" % sorted(d)
        case set(s) | frozenset(s):
            return "set-like of %d" % len(s)
        case None:
            return "None"
        case _:
            return "other " + type(v).__name__

for v in (True, 0, 3.5, 1j, "s", b"b", [1, 2], (1,), {"a": 1}, {1, 2}, frozenset(), None, range(2), object):
    print(kind(v))

# single positional subpattern matches the whole subject for these builtins
match 42:
    case int(42):
        print("int(42) matched")
match "hello":
    case str("hello"):
        print("str('hello') matched")
match 5:
    case int(x) if x > 3:
        print("int captured", x)

# complex is NOT one of the self-matching builtins
try:
    match 1j:
        case complex(c):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# bool before int matters: True is also an int
match True:
    case int(x):
        print("True matches int(), captured", x)

# these builtins accept only one positional subpattern
try:
    match 1:
        case int(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# keyword patterns on builtins use attributes
match 3 + 4j:
    case complex(real=r, imag=i):
        print("real", r, "imag", i)
match 10:
    case int(real=10, imag=0, numerator=n, denominator=d):
        print("int attrs", n, d)
match "abc":
    case str(upper=u):
        print("bound method attribute", u())

# subclasses of builtins
class MyInt(int):
    pass
class MyStr(str):
    pass
match MyInt(7):
    case int(x):
        print("MyInt matches int()", x, type(x).__name__)
match MyStr("s"):
    case str(x):
        print("MyStr matches str()", x, type(x).__name__)

# sequence patterns: str, bytes and bytearray are excluded; list vs tuple are interchangeable
for v in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b")):
    match v:
        case [x, y]:
            print(type(v).__name__, "is a sequence:", x, y)
        case _:
            print(type(v).__name__, "is not a sequence pattern match")

# distinguish list from tuple with class patterns
def lt(v):
    match v:
        case list([x, y]):
            return "list pair"
        case tuple((x, y)):
            return "tuple pair"
        case list() | tuple():
            return "other list/tuple"
    return "neither"
print(lt([1, 2]), lt((1, 2)), lt([1]), lt("12"))

# dict class pattern with mapping subpattern
match {"k": 1}:
    case dict({"k": v}):
        print("dict({...}) matched", v)

# type objects as subjects
match int:
    case type():
        print("int is a type")

# numbers as floats do not match int()
match 1.0:
    case int():
        print("wrong")
    case float(f):
        print("1.0 is float", f)

# class patterns need a (dotted) name: bind NoneType to a name first
NoneType = type(None)
match None:
    case NoneType():
        print("NoneType() pattern matched None")
try:
    compile("match x:\n    case type(None)():\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# custom class whose __match_args__ refers to builtin-like attributes
class Wrapper(int):
    __match_args__ = ("real", "imag")
match Wrapper(5):
    case Wrapper(r, i):
        print("Wrapper positional", r, i)
