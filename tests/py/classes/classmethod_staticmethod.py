# classmethod and staticmethod.

class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def leap(self):
        return self.is_leap(self.y)


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date(2000, 1, 1).from_string("2001-01-01"))
print(MyDate(1, 1, 1).from_string("2002-02-02"))
print([Date.is_leap(y) for y in (1900, 2000, 2023, 2024)])
print(Date(2024, 1, 1).leap(), Date(2023, 1, 1).is_leap(2023))

# types when accessed
print(type(Date.__dict__["from_string"]).__name__)
print(type(Date.__dict__["is_leap"]).__name__)
print(type(Date.from_string).__name__)
print(type(Date.is_leap).__name__)
print(Date.from_string.__self__ is Date)
print(MyDate.from_string.__self__ is MyDate)
print(Date.__dict__["is_leap"].__func__ is Date.is_leap)
print(Date.__dict__["from_string"].__func__.__name__)

# classmethod counters per subclass
class Tracker:
    count = 0
    @classmethod
    def make(cls):
        cls.count += 1
        return cls()
class T1(Tracker):
    pass
class T2(Tracker):
    pass
T1.make(); T1.make(); T2.make(); Tracker.make()
print(Tracker.count, T1.count, T2.count)

# staticmethod callable directly (3.10+)
sm = staticmethod(lambda x: x + 1)
print(sm(1))
print(callable(sm))

# classmethod wrapping via function call form
class Form:
    def _make(cls, v):
        return (cls.__name__, v)
    make = classmethod(_make)
    def _util(v):
        return v * 2
    util = staticmethod(_util)
print(Form.make(1), Form().make(2), Form.util(3), Form().util(4))

# classmethod as alternative constructors in hierarchy
class Shape:
    sides = 0
    @classmethod
    def describe(cls):
        return "%s has %d sides" % (cls.__name__, cls.sides)
class Triangle(Shape):
    sides = 3
class Square(Shape):
    sides = 4
for cls in (Shape, Triangle, Square):
    print(cls.describe())

# staticmethod doesn't receive instance
class S:
    @staticmethod
    def args(*a):
        return a
print(S.args(1), S().args(1))

# classmethod receiving class when called on instance
class C:
    @classmethod
    def who(cls, *a):
        return cls.__name__, a
class D(C):
    pass
print(C().who(1), D().who(2), D.who())

# attributes of wrappers
print(Date.__dict__["is_leap"].__wrapped__.__name__)
print(Date.__dict__["from_string"].__wrapped__.__name__)
print(Date.is_leap.__name__, Date.from_string.__name__)
print(Date.from_string.__qualname__)

# calling staticmethod with wrong args
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)

# classmethod and staticmethod are not callable-objects requirement checks
try:
    classmethod(5)()
except TypeError as e:
    print(type(e).__name__, e)

class Holder:
    cm = classmethod(5)
try:
    Holder.cm()
except TypeError as e:
    print(type(e).__name__, e)

# classmethod calling another classmethod and staticmethod
class Calc:
    factor = 3
    @staticmethod
    def double(x):
        return 2 * x
    @classmethod
    def triple_double(cls, x):
        return cls.factor * cls.double(x)
class Calc2(Calc):
    factor = 10
print(Calc.triple_double(5), Calc2.triple_double(5))
