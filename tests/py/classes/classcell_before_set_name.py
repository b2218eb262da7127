# type.__new__ fills the __class__ cell before __set_name__ runs, so methods that call
# super() work while the class is being made (enum makes its members in __set_name__).
import enum

class Desc:
    def __set_name__(self, owner, name):
        print("set_name:", name, owner.who(), owner.parent_repr())

class Base:
    def __repr__(self):
        return "Base-repr"

class A(Base):
    @classmethod
    def who(cls):
        return __class__.__name__
    @classmethod
    def parent_repr(cls):
        return super().__repr__(cls())
    d = Desc()

try:
    class BadSuper(enum.IntEnum):
        def __new__(cls, value):
            obj = super().__new__(cls, value)
            return obj
        failed = 1
except TypeError as e:
    print("TypeError:", e)

class Color(enum.Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    def describe(self):
        return f"{super().__repr__()} is {self.label}"
    RED = 1, "red"
    GREEN = 2, "green"

print(Color.RED.describe(), Color(2).label)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("made", name, cls.check())
        return cls

class WithMeta(metaclass=Meta):
    @classmethod
    def check(cls):
        return __class__ is cls
