# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, field(),
# fields(), asdict/astuple, replace, __post_init__, InitVar, ClassVar.
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, FrozenInstanceError
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p))
print(Point(3), Point(x=4, y=5), Point(y=6, x=7))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__)  # eq without frozen: unhashable
print(Point.__match_args__, Point.__dataclass_params__)
print([(f.name, f.type, f.default is dataclasses.MISSING) for f in fields(Point)])
print(dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="hidden", compare=False)
    tag: ClassVar[str] = "inv"

a = Inventory("a")
b = Inventory("a")
a.items.append("apple")
print(a, b, a.items is b.items)
print(Inventory("x", secret="s1") == Inventory("x", secret="s2"))
print([f.name for f in fields(Inventory)], Inventory.tag)
print(asdict(a), astuple(a))
f0 = fields(Inventory)[1]
print(f0.name, f0.default is dataclasses.MISSING, f0.default_factory is list, f0.repr, f0.compare, f0.init, f0.hash, f0.kw_only)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
    t: tuple

n = Nested(Point(1, 2), [Point(3, 4), 5], {"k": Point(6, 7)}, (Point(8, 9), "s"))
print(asdict(n))
print(astuple(n))
print(asdict(n, dict_factory=lambda kv: sorted(kv)))
print(replace(p, y=10), p)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 5), [f.name for f in fields(WithPost)])
print(replace(w, a=4, scale=10))
print(WithPost.__init__.__annotations__ if hasattr(WithPost.__init__, "__annotations__") else None)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = "a"

fr = Frozen(1)
print(fr, hash(fr) == hash(Frozen(1)), {fr: 1}[Frozen(1)])
try:
    fr.x = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del fr.y
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(isinstance(FrozenInstanceError(), AttributeError))


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(0, 9), Version(1, 0, "rc"), Version(1, 2, "x")]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 2) <= Version(1, 2, "z"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(eq=False)
class Ident:
    v: int

i1 = Ident(1)
print(i1 == Ident(1), i1 == i1, Ident.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(hash=False, default=None)

print(hash(Hashed(1)) == hash(Hashed(1, [1])))


@dataclass(repr=False)
class NoRepr:
    a: int

print(repr(NoRepr(1)).startswith("<__main__.NoRepr object"))


@dataclass(init=False)
class NoInit:
    a: int = 5

print(NoInit(), NoInit().a)
