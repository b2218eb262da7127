# Value patterns (dotted names).

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Codes:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        TEAPOT = 418

def color_name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"

for c in ("red", "green", "blue", "purple"):
    print(c, color_name(c))

def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND:
            return "not found"
        case Codes.Nested.TEAPOT:
            return "teapot"
    return "other"
print([status(c) for c in (200, 404, 418, 500)])

# value patterns are looked up at match time
class Config:
    LIMIT = 10
def at_limit(n):
    match n:
        case Config.LIMIT:
            return True
    return False
print(at_limit(10))
Config.LIMIT = 20
print(at_limit(10), at_limit(20))

# value patterns compare with ==
class Approx:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return abs(self.v - other) < 0.01
class Consts:
    PI = Approx(3.14159)
match 3.14:
    case Consts.PI:
        print("approximately pi")
    case _:
        print("not pi")

# module attributes as value patterns
import sys
def platform_kind(name):
    match name:
        case sys.platform:
            return "this platform"
    return "other platform"
print(platform_kind(sys.platform), platform_kind("not-a-platform"))

# plain names are captures, not values: the classic pitfall
RED = "red"
def pitfall(c):
    match c:
        case RED:
            return "captured as RED=%r" % RED
print(pitfall("blue"))

# value patterns inside sequences and mappings
def route(req):
    match req:
        case (Codes.OK, body):
            return "success: " + body
        case {"status": Codes.NOT_FOUND, "path": p}:
            return "missing " + p
        case _:
            return "?"
print(route((200, "hi")), route({"status": 404, "path": "/x"}), route((404, "x")))

# enum-like class with instances
class Direction:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Direction.%s" % self.name
Direction.NORTH = Direction("NORTH")
Direction.SOUTH = Direction("SOUTH")
def opposite(d):
    match d:
        case Direction.NORTH:
            return Direction.SOUTH
        case Direction.SOUTH:
            return Direction.NORTH
print(opposite(Direction.NORTH), opposite(Direction.SOUTH), opposite(Direction("EAST")))

# value pattern attribute lookup failure raises AttributeError at match time
class Empty:
    pass
try:
    match 1:
        case Empty.MISSING:
            pass
except AttributeError as e:
    print(type(e).__name__, e)

# evaluation is lazy: later case values not evaluated if earlier case matches
class Lazy:
    lookups = []
    def __getattr__(self, name):
        Lazy.lookups.append(name)
        return name
L = Lazy()
match "A":
    case L.A:
        pass
    case L.B:
        pass
print(Lazy.lookups)

# value patterns with float and None-valued attributes
class Limits:
    HALF = 0.5
    NOTHING = None
    ZERO = 0
for v in (0.5, None, 0, False, 0.0):
    match v:
        case Limits.HALF:
            print(repr(v), "-> HALF")
        case Limits.NOTHING:
            print(repr(v), "-> NOTHING")
        case Limits.ZERO:
            print(repr(v), "-> ZERO (compared with ==)")

# arithmetic on value patterns is not allowed: only attribute lookups
try:
    compile("match x:\n    case Codes.OK + 1:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# (while `case Codes.get():` is valid syntax: it is a class pattern)
compile("match x:\n    case Codes.get():\n        pass\n", "<s>", "exec")
print("class pattern with dotted name compiles")

# value patterns in or-patterns with captures elsewhere
def http(resp):
    match resp:
        case (Codes.OK | Codes.Nested.TEAPOT) as code, payload:
            return "good %d %s" % (code, payload)
        case code, _:
            return "bad %d" % code
print(http((200, "body")), http((418, "tea")), http((500, "err")))

# value pattern on a module-level object's attribute that changes
class Current:
    user = "alice"
def is_current(u):
    match u:
        case Current.user:
            return "current"
        case _:
            return "other"
print(is_current("alice"), is_current("bob"))
Current.user = "bob"
print(is_current("alice"), is_current("bob"))
