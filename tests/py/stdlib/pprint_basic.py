# pprint: pformat/pprint/pp of nested containers, width, indent, depth, compact, sort_dicts,
# underscore_numbers, recursion, saferepr, isreadable/isrecursive, PrettyPrinter, dataclasses.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
import types

data = {
    "name": "pygmy",
    "versions": [3.11, 3.12, (1, 2, 3)],
    "nested": {"a": {"b": {"c": {"d": list(range(30))}}}},
    "empty": [[], {}, (), set(), frozenset()],
    "text": "a long string that is split across several lines because it is longer than the width " * 2,
    "bytes": b"some bytes that are fairly long and need wrapping as well in the pretty printer output" * 2,
    "ints": [10**i for i in range(12)],
    "zzz": None,
    3: "int key",
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120, sort_dicts=False))
print(pprint.pformat(data, indent=4, depth=2))
print(pprint.pformat(data["ints"], compact=True, width=30))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40))))
print(pprint.pformat([10**12, 123456789], underscore_numbers=True))
pprint.pp({"b": 1, "a": [1, 2]})
pprint.pp({"b": 1, "a": [1, 2]}, sort_dicts=True)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
import re
def noid(s):
    return re.sub(r"id=\d+", "id=N", s)
print(noid(pprint.pformat(rec)))
print(noid(pprint.pformat(d)))
print(noid(pprint.saferepr(rec)), pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.isreadable({"a": 1}), pprint.isreadable(object()), pprint.saferepr({"b": 1, "a": (2,)}))

print(pprint.pformat(OrderedDict((str(i), i * i) for i in range(12))))
dd = defaultdict(list, {"x": list(range(20)), "y": ["a" * 30, "b" * 30]})
print(pprint.pformat(dd))
print(pprint.pformat(Counter("abracadabra" * 5)))
print(pprint.pformat(deque(range(30), maxlen=40)))
print(pprint.pformat(ChainMap({"a": list(range(15))}, {"b": "x" * 70})))
print(pprint.pformat(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 60, gamma={"k": 1})))
print(pprint.pformat(types.MappingProxyType({"key%d" % i: i for i in range(10)})))
print(pprint.pformat({frozenset(range(i)) for i in range(1, 4)}, width=30))
print(pprint.pformat(set(range(40)), width=50))


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    children: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)

tree = Item("root", ["t" * 20, "u" * 20], [Item("leaf%d" % i, list(range(i * 4))) for i in range(3)])
pprint.pprint(tree)
pprint.pprint(tree, width=200)
pprint.pprint([tree, tree], depth=2)

pp = pprint.PrettyPrinter(indent=2, width=50, depth=3, compact=True, sort_dicts=False)
pp.pprint(data["nested"])
pp.pprint([["x" * 10] * 8])
print(pp.pformat({"k": [1, {"q": [2, [3, [4]]]}]}))
print(pp.isreadable([1, 2]), pp.isrecursive(rec))


class Custom:
    def __repr__(self):
        return "Custom()"

print(pprint.pformat([Custom()] * 12, width=40))
print(pprint.pformat(("a" * 50, "b" * 50)))
print(pprint.pformat(("single",)))
print(pprint.pformat("x" * 200, width=50))
print(pprint.pformat("line one\nline two\n" * 4, width=30))
print(pprint.pformat(b"\x00\x01" * 40, width=30))
print(pprint.pformat(bytearray(b"abc" * 30), width=40))
try:
    pprint.PrettyPrinter(width=0)
except ValueError as e:
    print("ValueError:", e)
try:
    pprint.PrettyPrinter(indent=-1)
except ValueError as e:
    print("ValueError:", e)
