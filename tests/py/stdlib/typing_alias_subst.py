# Builtin generic aliases (types.GenericAlias) with type variables: __parameters__,
# substitution (list[T][int], nested dict[str, list[T]]), wrong argument counts, and PEP 646
# unpacking (*tuple[int, str], iterating an alias gives the starred alias)
from typing import TypeVar, TypeVarTuple, Generic, List, Tuple
import collections.abc
import types

T = TypeVar("T")
K = TypeVar("K")
Ts = TypeVarTuple("Ts")

a = list[T]
print(a, a.__parameters__, a[int], a[int] == list[int], a[T] == a)
d = dict[K, list[T]]
print(d.__parameters__, d[str, int], d[str, T], d[str, T].__parameters__)
print(list[int].__parameters__, dict[str, list[int]].__parameters__, tuple[T, ...][bytes])
print(type[T][int], tuple[T, K, T][int, str], tuple[T, K, T].__parameters__)

star = [*tuple[int, str]][0]
print(star, star.__unpacked__, tuple[int].__unpacked__, star.__args__, star.__origin__)
print(star.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__, [*list[int]][0].__typing_unpacked_tuple_args__)
print(star == [*tuple[int, str]][0], star == tuple[int, str], len(list(iter(list[int]))))

tests = [
    "list[T][()]", "list[T][int, str]", "list[T][*tuple[int]]", "list[T][*tuple[()]]",
    "list[T][*tuple[int, str]]", "list[T][*tuple[int, ...]]", "list[T][tuple[int, ...]]",
    "list[T][*Ts]", "List[T][*tuple[int]]", "list[T, *tuple[int, ...]][int]",
    "tuple[T, *Ts][int, str, bytes]", "tuple[*Ts][int, str]", "tuple[T, *Ts][int]",
    "tuple[*Ts, T][int, *tuple[str, ...]]", "list[int][str]", "dict[T, T][int]",
    "Tuple[T, *Ts][*tuple[int, str]]", "collections.abc.Callable[[T], K][int, str]",
]
for t in tests:
    try:
        print(t, "->", eval(t))
    except TypeError as e:
        print(t, "-> TypeError:", e)


class Box(Generic[T]):
    pass


print(list[Box[T]][int], list[Box[T]].__parameters__)
print(isinstance(list[T], types.GenericAlias), type(list[T][int]) is types.GenericAlias)
