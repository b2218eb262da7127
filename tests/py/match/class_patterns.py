# Class patterns: positional via __match_args__ and keyword patterns.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return "on y axis at %r" % y
        case Point(x, 0):
            return "on x axis at %r" % x
        case Point3(x, y, z) if z != 0:
            return "3d point %r %r %r" % (x, y, z)
        case Point(x=x, y=y) if x == y:
            return "diagonal %r" % x
        case Point():
            return "somewhere " + repr(p)
        case _:
            return "not a point"

for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 3), Point3(4, 4, 0), (0, 0)):
    print(repr(p), "->", where(p))

# keyword patterns on arbitrary attributes
class Car:
    def __init__(self, make, year, electric=False):
        self.make, self.year, self.electric = make, year, electric
def car_kind(c):
    match c:
        case Car(electric=True, make=m):
            return m + " (electric)"
        case Car(year=y) if y < 1980:
            return "classic from %d" % y
        case Car(make="Volvo" | "Saab"):
            return "Swedish"
        case Car():
            return "car"
for c in (Car("Tesla", 2020, True), Car("Ford", 1965), Car("Volvo", 2001), Car("Fiat", 2010)):
    print(car_kind(c))

# missing attribute just fails the match
match Car("X", 2000):
    case Car(color="red"):
        print("wrong")
    case _:
        print("missing attribute -> no match")

# too many positional patterns
class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2
try:
    match Two():
        case Two(1, 2, 3):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# no __match_args__ at all
class NoArgs:
    def __init__(self):
        self.v = 1
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match NoArgs():
    case NoArgs(v=1):
        print("keywords work without __match_args__")

# positional and keyword for the same attribute
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# __match_args__ must be a tuple
class BadArgs:
    __match_args__ = ["x"]
    x = 1
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# __match_args__ entries must be strings
class BadArgs2:
    __match_args__ = (1,)
try:
    match BadArgs2():
        case BadArgs2(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# class pattern with a non-class
not_a_class = 5
try:
    match 5:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)

# isinstance semantics: subclasses match; __instancecheck__ is honoured
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("duck")
class Duck(metaclass=Meta):
    pass
for v in ("duck soup", "goose", Duck()):
    match v:
        case Duck():
            print(repr(v) if isinstance(v, str) else "Duck()", "is a Duck")
        case _:
            print(repr(v) if isinstance(v, str) else "Duck()", "is not a Duck")

# attribute access goes through properties and __getattr__
class Computed:
    __match_args__ = ("double",)
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        print("  property computed")
        return self.v * 2
    def __getattr__(self, name):
        return "dynamic " + name
match Computed(4):
    case Computed(8, anything=a):
        print("matched", a)

# nested class patterns
class Line:
    __match_args__ = ("start", "end")
    def __init__(self, start, end):
        self.start, self.end = start, end
def line_kind(l):
    match l:
        case Line(Point(x1, _), Point(x2, _)) if x1 == x2:
            return "vertical"
        case Line(Point(_, y1), Point(_, y2)) if y1 == y2:
            return "horizontal"
        case Line(start=Point(0, 0)):
            return "from origin"
        case Line():
            return "diagonal-ish"
print([line_kind(Line(Point(a, b), Point(c, d))) for a, b, c, d in ((1, 0, 1, 5), (0, 3, 7, 3), (0, 0, 5, 9), (1, 2, 3, 4))])

# subclass inherits __match_args__
class Sub(Point):
    pass
match Sub(5, 6):
    case Point(a, b):
        print("Sub matched Point pattern", a, b)
match Sub(5, 6):
    case Sub(a, b):
        print("Sub matched Sub pattern", a, b)
