from typing import (Any, Callable, ClassVar, Dict, Final, Generic, List, Literal, NamedTuple,
                    Optional, Protocol, Tuple, TypedDict, TypeVar, Union, cast, get_args,
                    get_origin, get_type_hints, overload, runtime_checkable, NewType, Sequence,
                    Iterator, Annotated, TYPE_CHECKING, no_type_check, ParamSpec, Concatenate,
                    Self, LiteralString, Never, assert_never, reveal_type, dataclass_transform)
import typing

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
print(T, K, N, K.__bound__, N.__constraints__, T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, type(s).__name__)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Union[int, int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(Literal["a", "b"], get_args(Literal[1, 2]), Annotated[int, "meta"], get_args(Annotated[int, "m", 2]))
print(int | str, list[int], dict[str, tuple[int, ...]], type(int | None))

class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__)

class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "X"}
print(m, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)

def f(a: int, b: "str" = "x", *args: float, **kw: Optional[int]) -> List[str]:
    return []
print(get_type_hints(f))

class C:
    x: ClassVar[int] = 1
    y: Final = 2
    z: "Optional[C]" = None
print(get_type_hints(C))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g("a"), cast(int, "not really"), TYPE_CHECKING)
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[Concatenate[int, P], int])
print(typing.get_overloads(g)[0].__name__ if hasattr(typing, "get_overloads") else "")
try:
    assert_never(1)
except AssertionError as e:
    print("AssertionError", str(e)[:40])
print(Sequence[int].__origin__, Iterator.__name__ if hasattr(Iterator, "__name__") else Iterator)
try:
    Union[int]()
except TypeError as e:
    print("TypeError", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError", e)
