import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field
from types import SimpleNamespace

data = {"name": "pygmy", "tags": ["python", "wasm", "rust"] * 4, "nested": {"a": {"b": {"c": {"d": [1, 2, {"e": "deep"}]}}}},
        "nums": list(range(30)), "tuple": tuple(range(15)), "set": set(range(12)), "fs": frozenset("abcdefghijklmno"),
        "text": "a long string " * 8, "bytes": b"some bytes " * 9}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["nested"], indent=4, compact=True)
print(pprint.pformat(list(range(50)), compact=True, width=60))
pprint.pprint({"b": 1, "a": 2, "c": 3}, sort_dicts=False)
pprint.pprint(OrderedDict(z=1, y=[2] * 30))
pprint.pprint(defaultdict(list, {"k": list(range(25))}))
pprint.pprint(Counter("abracadabra" * 5))
pprint.pprint(deque(range(40), maxlen=45))
pprint.pprint(ChainMap({"a": 1}, {"b": list(range(30))}))
pprint.pprint(SimpleNamespace(alpha=list(range(20)), beta="x" * 70))

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    weight: float = 1.0

tree = Node("root", [Node("a" * 20, [Node("leaf", [], 0.5)] * 3), Node("b" * 30)])
pprint.pprint(tree, width=50)
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable({"x": 1}), pprint.isrecursive([1]))
r = [1, 2]
r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable(r))
pp = pprint.PrettyPrinter(width=20, underscore_numbers=True)
pp.pprint([10 ** 12, 12345.678, -10 ** 7])
print(pp.pformat({"key": "value " * 5}))
pprint.pp({"z": 1, "a": [1, 2, 3]}, width=10)
