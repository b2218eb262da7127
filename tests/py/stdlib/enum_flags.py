# enum: Flag, IntFlag, StrEnum, membership, bitwise ops, boundaries, verify, member/nonmember
import enum
from enum import Flag, IntFlag, auto, StrEnum

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
RWX = Perm.R | Perm.W | Perm.X
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), RWX, int(RWX))
print(Perm.R in RWX, Perm.X in (Perm.R | Perm.W), bool(Perm(0)), Perm(0), repr(Perm(0)))
print(RWX & ~Perm.W, Perm.R + 1, Perm(7) is RWX or Perm(7) == RWX, list(RWX))
print(Perm.R ^ Perm.W, (Perm.R | Perm.W) ^ Perm.W, Perm(9), repr(Perm(9)))

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([c.value for c in Color], Color.WHITE, Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE))
print(Color(3), Color.WHITE.name, (Color.RED | Color.GREEN).name, list(Color.WHITE), len(Color.WHITE))
print(Color.RED in Color.WHITE, ~Color.RED, Color(0), bool(Color(0)), Color.GREEN & Color.WHITE)
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)

class S(StrEnum):
    A = auto()
    BB = "bee"
print(S.A, S.BB, S.A == "a", S.BB.upper(), repr(S.A), f"{S.BB}!", S("bee") is S.BB, str(S.A))

class Boundary(Flag, boundary=enum.KEEP):
    A = 1
    B = 2
print(Boundary(7), repr(Boundary(7)), Boundary(4).value)
class Strict(Flag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Strict(4)
except ValueError as e:
    print("ValueError:", e)
class Conform(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(Conform(7), repr(Conform(5)))

@enum.verify(enum.UNIQUE)
class U(enum.Enum):
    A = 1
    B = 2
print(list(U))
try:
    @enum.verify(enum.CONTINUOUS)
    class C(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)

class WithMember(enum.Enum):
    A = 1
    f = enum.nonmember(3)
    @enum.member
    def g(x):
        return x
print(list(WithMember.__members__), WithMember.f)

class Prop(enum.Enum):
    X = 1
    @enum.property
    def double(self):
        return self.value * 2
print(Prop.X.double)

class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE | Num.TWO, max(Num), min(Num).name, Num.TWO // 2, -Num.ONE, abs(Num.ONE), divmod(Num.TWO, 2))
print(hasattr(enum, "global_enum_repr"), hasattr(enum, "show_flag_values"))
print(Perm.__members__.keys(), sorted(p.name for p in Perm))
print(Color._flag_mask_, Color._all_bits_, Perm._boundary_, Color._boundary_)
print([m.name for m in Color.WHITE], Color.WHITE.value, Color["BLUE"])
def show(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "g or b"
        case _:
            return "other"
print([show(c) for c in (Color.RED, Color.GREEN, Color.BLUE, Color.WHITE)])
