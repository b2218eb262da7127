# Capture patterns and the wildcard.

def f(x):
    match x:
        case 0:
            return "zero"
        case other:
            return "captured %r" % (other,)

print(f(0), f(5), f("s"), f(None))

# capture binds the name in the enclosing scope, even after match
match [1, 2]:
    case whole:
        pass
print(whole)

# wildcard never binds
match 10:
    case _:
        pass
try:
    _
except NameError as e:
    print(type(e).__name__, e)

# irrefutable pattern must be last
for src in ("match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# capture in nested positions
def pair(p):
    match p:
        case (a, b):
            return "pair a=%r b=%r" % (a, b)
        case (a, b, c):
            return "triple sum=%r" % (a + b + c)
        case _:
            return "other"
print(pair((1, 2)), pair([3, 4, 5]), pair("ab"), pair(7))

# same name twice in a pattern is an error
try:
    compile("match x:\n    case (a, a):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# names bound by a failed case may or may not be set; just check a successful one
def classify(v):
    match v:
        case [x, 0]:
            return "second is zero, first=%r" % (x,)
        case [x, y]:
            return "x=%r y=%r" % (x, y)
    return "no"
print(classify([5, 0]), classify([5, 6]), classify([1]))

# wildcard in sequences
def first_of_three(v):
    match v:
        case [first, _, _]:
            return first
    return None
print(first_of_three([1, 2, 3]), first_of_three([1, 2]), first_of_three("xyz"))

# capture of dotted names is not allowed (those are value patterns)
import sys
match sys.maxsize:
    case sys.maxsize:
        print("value pattern with dotted name matched")

# capture binds in function scope (locals)
def binds():
    match (1, 2):
        case (p, q):
            pass
    return sorted(k for k in locals())
print(binds())

# capture inside a loop reassigns each time
results = []
for item in [("add", 1), ("sub", 2), ("mul", 3)]:
    match item:
        case (op, n):
            results.append(op + str(n))
print(results, op, n)

# underscore in a class pattern keyword and mapping value
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
match P(1, 2):
    case P(x=_, y=yy):
        print("y captured", yy)
match {"k": 1, "other": 2}:
    case {"k": _}:
        print("mapping with wildcard value matched")

# capture pattern with walrus-free guard
match 15:
    case n if n > 10:
        print("big", n)

# "case _" vs "case (_)" vs "case __" : the last one is a capture
match 5:
    case (_):
        print("parenthesized wildcard")
match 6:
    case __:
        print("double underscore is a capture:", __)

# capture binds the exact object (identity preserved)
obj = ["shared"]
match obj:
    case captured:
        print(captured is obj)

# capture in or-pattern alternatives must bind the same names
try:
    compile("match x:\n    case [a] | (b,):\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
match (3,):
    case [a] | (a, _):
        print("or-pattern capture a =", a)

# capturing in a comprehension-free loop of shapes
shapes = [("circle", 2), ("rect", 3, 4), ("point",), ("tri", 1, 2, 3)]
for s in shapes:
    match s:
        case ("circle", r):
            print("circle area ~", 3 * r * r)
        case ("rect", w, h):
            print("rect area", w * h)
        case (name,):
            print("bare", name)
        case (name, *sides):
            print(name, "with", len(sides), "sides")
