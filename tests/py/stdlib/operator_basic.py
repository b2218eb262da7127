# operator: arithmetic/comparison functions, itemgetter/attrgetter/methodcaller, in-place ops, index, length_hint
import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(2, 3), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.lshift(1, 4), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1, 1], 1), op.indexOf("hello", "l"), op.getitem({"a": 1}, "a"))
print(op.index(7), op.matmul.__name__, op.length_hint([1, 2, 3]), op.length_hint(iter(range(10))), op.length_hint(object(), 42))
l = [1, 2, 3, 4]
op.setitem(l, 0, 10); op.delitem(l, 1)
print(l, op.getitem(l, slice(0, 2)))
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    op.indexOf([1, 2], 5)
except ValueError as e:
    print("ValueError:", e)

g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g("abc"), g2("abc"), g([5, 6]), op.itemgetter("k")({"k": "v"}), repr(g), repr(g2))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=op.itemgetter(1)), sorted(data, key=op.itemgetter(0)), list(map(op.itemgetter(0), data)))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
p = P("outer", P("inner"))
a = op.attrgetter("name")
a2 = op.attrgetter("name", "child.name")
print(a(p), a2(p), op.attrgetter("child.child")(p), repr(a), repr(op.attrgetter("child.name")))
mc = op.methodcaller("greet", "Hello")
mc2 = op.methodcaller("greet", "Hi", punct="?")
print(mc(p), mc2(p), repr(mc), repr(mc2), op.methodcaller("upper")("abc"))
try:
    op.attrgetter("missing")(p)
except AttributeError as e:
    print("AttributeError:", e)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print("IndexError:", e)

x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.iadd(1, 2), op.isub(5, 2), op.imul([0], 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat("a", "b"))
print(reduce(op.mul, range(1, 8)), reduce(op.add, ["a", "b", "c"]), list(map(op.pow, [2, 3], [3, 2])))
print(op.__add__(1, 1), op.__lt__(1, 2), op.__not__(True), op.__getitem__([9], 0), op.__abs__(-2))
class V:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return self.v * o.v
    def __imatmul__(self, o): self.v = self.v * o.v * 10; return self
    def __index__(self): return self.v
    def __length_hint__(self): return 99
print(op.matmul(V(3), V(4)), op.imatmul(V(2), V(3)).v, op.index(V(8)), op.length_hint(V(1)), hex(V(255)))
print(op.call(len, "abcd") if hasattr(op, "call") else "no call", sorted(n for n in op.__all__ if n.startswith("i"))[:6])
import _operator
print(_operator.add(1, 2), op._compare_digest(b"abc", b"abc") if hasattr(op, "_compare_digest") else _operator._compare_digest("x", "x"))
print(op.itemgetter(slice(1, None))("hello"), op.attrgetter("real", "imag")(3 + 4j))
