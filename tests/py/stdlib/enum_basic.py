# enum: Enum, IntEnum, auto, unique, lookup, iteration, aliases, members, functional API
import enum
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(sorted(Color.__members__), Color.__members__["CRIMSON"])
print(Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE + 1, Shape.SQUARE * 3, Shape.CIRCLE < Shape.SQUARE, Shape(2), int(Shape.SQUARE))
print(repr(Shape.SQUARE), str(Shape.SQUARE), format(Shape.SQUARE), f"{Shape.CIRCLE}")
print(sorted([Shape.SQUARE, Shape.CIRCLE]), Shape.CIRCLE == 1, [1, 2, 3][Shape.CIRCLE])

class Auto(Enum):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in Auto], Auto.C)

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()
print(Lower.X.value, Lower.Y.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.value, Planet.MERCURY.mass)

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.ANT.value, Animal(3))
Pets = Enum('Pets', [('CAT', 10), ('DOG', 20)])
print(Pets.DOG.value, Pets(10).name)
Nums = IntEnum('Nums', {'ONE': 1, 'TWO': 2})
print(Nums.TWO + Nums.ONE, list(Nums))

class Str(str, Enum):
    A = "a"
    B = "b"
print(Str.A == "a", Str.A.upper(), Str("b"), repr(Str.B), sorted(Str, key=lambda m: m.value, reverse=True))

class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    LOW = 1
    HIGH = 2
print(Ordered.LOW < Ordered.HIGH, sorted([Ordered.HIGH, Ordered.LOW]))
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError:", e)

class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Derived(Base):
    ONE = 1
print(Derived.ONE.hello(), Derived.ONE.__class__.__mro__[1].__name__)
print(Color.RED.__class__ is Color, Color._member_names_, Color._value2member_map_[3])
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], Color.RED in d)
import copy
print(copy.copy(Color.GREEN) is Color.GREEN, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print(enum.Enum.__name__, issubclass(IntEnum, int), isinstance(Shape.CIRCLE, int))
class WithIgnore(Enum):
    _ignore_ = ['tmp']
    tmp = 5
    A = 1
print(list(WithIgnore))
