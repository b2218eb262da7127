# Binary arithmetic dunders on a user-defined vector type.

class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def _op(self, other, fn):
        if isinstance(other, V):
            return V(*(fn(a, b) for a, b in zip(self.c, other.c)))
        if isinstance(other, (int, float)):
            return V(*(fn(a, other) for a in self.c))
        return NotImplemented
    def __add__(self, o):
        return self._op(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._op(o, lambda a, b: a - b)
    def __mul__(self, o):
        return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o):
        return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o):
        return self._op(o, lambda a, b: a // b)
    def __mod__(self, o):
        return self._op(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is None:
            return self._op(o, lambda a, b: a ** b)
        return self._op(o, lambda a, b: pow(a, b, mod))
    def __divmod__(self, o):
        return (self // o, self % o)
    def __matmul__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n):
        return V(*(self.c[n:] + self.c[:n]))
    def __rshift__(self, n):
        return V(*(self.c[-n:] + self.c[:-n]))
    def __and__(self, o):
        return V(*(a & b for a, b in zip(self.c, o.c)))
    def __or__(self, o):
        return V(*(a | b for a, b in zip(self.c, o.c)))
    def __xor__(self, o):
        return V(*(a ^ b for a, b in zip(self.c, o.c)))

a = V(1, 2, 3)
b = V(4, 5, 6)
print(a + b)
print(a - b)
print(a * b)
print(b / a)
print(b // a)
print(b % a)
print(a ** 2)
print(pow(a, 2))
print(pow(b, 2, 7))
print(divmod(b, 2))
print(a @ b)
print(a << 1, a >> 1)
print(V(12, 10) & V(10, 6), V(12, 10) | V(10, 6), V(12, 10) ^ V(10, 6))
print(a + 10, a * 2.5, a - 1)

# operators that are not defined
for label, fn in (("10 + a", lambda: 10 + a), ("a + 'x'", lambda: a + "x"), ("a @ 3", lambda: a @ 3),
                  ("-a", lambda: -a), ("a < b", lambda: a < b), ("a & 1", lambda: a & 1)):
    try:
        fn()
    except TypeError as e:
        print(label, "->", type(e).__name__, e)
    except AttributeError as e:
        print(label, "->", type(e).__name__, e)

# the dunder method can be called directly
print(a.__add__(b), a.__add__("x"))
print(type(a.__matmul__(3)).__name__)

# chained expressions and precedence
print(a + b * 2)
print((a + b) * 2)
print(a * 2 + b * 3 - 1)
print(a ** 2 @ b)

# dunder returning arbitrary objects
class Weird:
    def __add__(self, o):
        return "added " + repr(o)
    def __sub__(self, o):
        return None
    def __mul__(self, o):
        return [o] * 2
w = Weird()
print(w + 1, w - 1, w * "z")

# operators look up the dunder on the type, not the instance
class OnlyInstance:
    pass
oi = OnlyInstance()
oi.__add__ = lambda other: "instance add"
try:
    oi + 1
except TypeError as e:
    print(type(e).__name__, e)
print(oi.__add__(1))

# dunder added to the class later works
OnlyInstance.__add__ = lambda self, other: "class add " + str(other)
print(oi + 1)

# builtins implementing the same ops
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(3, 4, 5), pow(2, -1, 7), 7 // -2, -7 % 3, 7.5 % 2)
print([1, 2] * 2, "ab" * 3, (1,) + (2,), [0] * 0)
print(6 & 3, 6 | 3, 6 ^ 3, 1 << 10, 1024 >> 3, -1 >> 5)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
