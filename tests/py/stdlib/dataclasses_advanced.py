# dataclasses: inheritance, slots, kw_only/KW_ONLY, match_args, make_dataclass, fields of
# subclasses, field metadata, descriptors and properties, recursion in repr.
import dataclasses
from dataclasses import dataclass, field, fields, KW_ONLY, make_dataclass, asdict


@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Child(Base):
    z: int = 2
    x: int = 10

print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
print(Child.__mro__[1].__name__, isinstance(Child(), Base))


class Plain(Base):
    pass

print(Plain(5), Plain(5) == Base(5))


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


@dataclass(frozen=True, slots=True)
class FS:
    a: int

print(FS(1), hash(FS(1)) == hash(FS(1)))
import pickle
print(pickle.loads(pickle.dumps(FS(3))), pickle.loads(pickle.dumps(Slotted(4, "q"))))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2

print(KW(a=1), KW(b=3, a=4))
try:
    KW(1)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
    d: int = field(default=4, kw_only=False)

print(Mixed(1, 5, b=2), Mixed.__match_args__, [(f.name, f.kw_only) for f in fields(Mixed)])


@dataclass(match_args=False)
class NoMatch:
    a: int

print(hasattr(NoMatch, "__match_args__"))


@dataclass
class Shape:
    kind: str
    size: int = 1

def describe(s):
    match s:
        case Shape("circle", size):
            return f"circle of {size}"
        case Shape(kind=k, size=1):
            return f"unit {k}"
        case _:
            return "other"

print(describe(Shape("circle", 4)), describe(Shape("square")), describe(Shape("x", 9)))

C = make_dataclass("C", ["c", ("a", int), ("b", str, field(default="q"))], bases=(), namespace={"double": lambda self: self.a * 2})
print(C, C(3, 1), C(5, 2, "z").double(), [f.name for f in fields(C)])
D = make_dataclass("D", ["u", ("v", int, 0)], frozen=True, order=True)
print(D(1) < D(2), D(1, 2))


@dataclass
class Meta:
    a: int = field(default=0, metadata={"unit": "cm"})

print(fields(Meta)[0].metadata["unit"], type(fields(Meta)[0].metadata).__name__, dict(fields(Meta)[0].metadata))


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)

root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
loop = Node(0)
loop.children.append(loop)
print(loop)


@dataclass
class WithProp:
    _v: int = 0

    @property
    def v(self):
        return self._v * 10

print(WithProp(3).v, WithProp(), WithProp() == WithProp(0))


@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
    d: None = None

print(Defaults(), Defaults.a, Defaults.b)
print(dataclasses.fields(Defaults())[0].type)


@dataclass
class Fwd:
    a: "int"
    b: "list[Fwd]" = None

print(Fwd(1), [f.type for f in fields(Fwd)])


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 7
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

@dataclass
class UsesDesc:
    d: int = Desc()

print(UsesDesc().d, UsesDesc(5).d)


@dataclass
class Cmp:
    a: int
    def __eq__(self, other):
        return True

print(Cmp(1) == Cmp(2), Cmp.__repr__(Cmp(3)))
print(dataclasses.replace(Child(), y=99))
print(sorted(dataclasses.__all__))
