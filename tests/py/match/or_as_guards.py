# Or-patterns, as-patterns, and guards.

def classify(v):
    match v:
        case 0 | 1 | 2:
            return "tiny"
        case int(n) | float(n) if n < 0:
            return "negative %r" % n
        case [x] | (x, None):
            return "singleton-ish %r" % (x,)
        case {"k": x} | {"key": x}:
            return "keyed %r" % (x,)
        case str() | bytes() as text:
            return "text of length %d" % len(text)
        case _:
            return "other"

for v in (0, 2, 5, -3, -2.5, [7], (8, None), (8, 9), {"k": 1}, {"key": 2}, "abc", b"xy", None):
    print(repr(v), "->", classify(v))

# as-pattern binds the whole matched subpattern
match [1, [2, 3]]:
    case [first, [_, _] as inner] as whole:
        print(first, inner, whole, inner is whole[1])

# as with or-pattern
match "b":
    case ("a" | "b" | "c") as letter:
        print("letter", letter)

# as-pattern in class and mapping patterns
class Box:
    __match_args__ = ("content",)
    def __init__(self, content):
        self.content = content
match Box([1, 2]):
    case Box([*_] as items) as box:
        print(type(box).__name__, items)
match {"user": {"name": "ann", "age": 3}}:
    case {"user": {"name": str() as name} as user}:
        print(name, sorted(user))

# guard evaluation order and side effects
log = []
def check(label, result):
    log.append(label)
    return result
match 5:
    case 1 if check("guard1", True):
        pass
    case int() if check("guard2", False):
        pass
    case int() if check("guard3", True):
        print("third case taken")
print(log)

# guard can use names bound by the pattern; names stay bound even if guard fails
match (3, 4):
    case (a, b) if a > b:
        print("wrong")
    case _:
        print("guard failed; a and b bound anyway:", a, b)

# guard exceptions propagate
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# or-pattern alternatives tried left to right, first match wins
calls = []
class Spy:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        calls.append(self.name)
        return other == self.name
class Vals:
    A = Spy("a")
    B = Spy("b")
    C = Spy("c")
match "b":
    case Vals.A | Vals.B | Vals.C:
        print("matched b after", calls)

# nested or-patterns
def shape(s):
    match s:
        case ("circle" | "disk", r) | ("round", r):
            return "round thing radius %r" % r
        case ("square" | "rect", *dims):
            return "angular %r" % dims
    return "unknown"
print(shape(("disk", 2)), shape(("round", 3)), shape(("rect", 1, 2)), shape(("tri",)))

# or-pattern with irrefutable alternative must be last
try:
    compile("match x:\n    case y | 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# as-pattern target restrictions
for src in ("match x:\n    case 1 as _:\n        pass\n", "match x:\n    case 1 as a.b:\n        pass\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# guard with walrus
match [1, 2, 3, 4]:
    case [*items] if (total := sum(items)) > 5:
        print("total", total)

# guards referencing outer variables
threshold = 10
def over(n):
    match n:
        case int(v) if v > threshold:
            return "over"
        case int():
            return "under"
print(over(5), over(15))
threshold = 1
print(over(5))

# same value in or-pattern alternatives with different structure
def point(p):
    match p:
        case (x, 0) | (0, x):
            return "on axis at %r" % x
        case _:
            return "off axis"
print(point((5, 0)), point((0, 7)), point((0, 0)), point((1, 1)))
