import reprlib

print(reprlib.repr(list(range(100))))
print(reprlib.repr("x" * 100))
print(reprlib.repr({i: str(i) for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr(frozenset("abcdefghij")))
print(reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]))
print(reprlib.repr(10 ** 50), reprlib.repr(b"y" * 80))
import array, collections
print(reprlib.repr(array.array("i", range(20))), reprlib.repr(collections.deque(range(12))))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
print(r.repr([1, [2, [3, [4]]], "a long string here", 5, 6]))
print(r.repr({"k": {"k2": {"k3": 1}}}))

class Node:
    def __init__(self, children):
        self.children = children
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.children!r})"

n = Node([])
n.children.append(n)
n.children.append(Node([1, 2]))
print(repr(n))

class MyRepr(reprlib.Repr):
    def repr_int(self, obj, level):
        return hex(obj)
print(MyRepr().repr([1, 255, 4096]))

class Boom:
    def __repr__(self):
        raise RuntimeError("no")
print(reprlib.repr(Boom()).split(" at 0x")[0])
