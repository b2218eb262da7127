# reprlib: Repr limits per type, recursive_repr, subclassing repr_ methods.
import reprlib
from collections import deque
from array import array

r = reprlib.Repr()
r.maxlist = 4; r.maxtuple = 3; r.maxdict = 2; r.maxset = 3; r.maxstring = 12; r.maxother = 15; r.maxlevel = 2; r.maxlong = 10
vals = [list(range(10)), tuple(range(10)), {i: str(i) for i in range(5)}, set(range(10)), frozenset(range(5)),
        "a long string indeed", 2 ** 100, [[1, [2, [3, [4]]]]], deque(range(8)), array("i", range(9)), b"bytes" * 5, 3.14159, object]
for v in vals:
    print(r.repr(v))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({"k": list(range(20))}))

class Tree:
    def __init__(self, name):
        self.name, self.kids = name, []
    @reprlib.recursive_repr(fillvalue="<loop>")
    def __repr__(self):
        return f"Tree({self.name}, {self.kids})"

t = Tree("root"); c = Tree("kid"); t.kids.append(c); c.kids.append(t)
print(repr(t), Tree.__repr__.__name__, Tree.__repr__.__qualname__)

class MyRepr(reprlib.Repr):
    def repr_str(self, x, level):
        return "S:" + x[:3]
    def repr_Tree(self, x, level):
        return f"<tree {x.name}>"
m = MyRepr()
print(m.repr(["abcdef", t, 5]), m.repr({"key": "value"}))
