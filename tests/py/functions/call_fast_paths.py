# Positional calls of Python functions, methods and classes, repeated so fast paths engage,
# with the function objects changed in between.

def f(a, b=2, c=3):
    return (a, b, c)

def call1(x):
    return f(x)

for i in range(3):
    print(call1(i), f(1, 2), f(1, 2, 3))
f.__defaults__ = (20, 30)
print(call1(1))
f.__defaults__ = None
try:
    call1(1)
except TypeError as e:
    print("TypeError", e)
f.__defaults__ = (5, 6)

def g(a, b, c):
    return "g", a, b, c
f.__code__ = g.__code__
print(call1(1))

# Too many / too few arguments after the fast path was used.
def two(a, b):
    return a + b
for i in range(3):
    print(two(i, i))
try:
    two(1)
except TypeError as e:
    print("TypeError", e)
try:
    two(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# Closures.
def outer(n):
    def inner(x):
        return x + n
    return inner
add5 = outer(5)
print([add5(i) for i in range(3)])

# Bound methods, called directly and through variables.
class K:
    def __init__(self, v=0):
        self.v = v
    def get(self, extra=0):
        return self.v + extra
k = K(7)
bm = k.get
print(bm(), bm(1), k.get(), k.get(2), K.get(k, 3))

# Generators are not run like plain functions.
def gen(n):
    for i in range(n):
        yield i
print(list(gen(3)), list(gen(2)))

# Recursion limit is still enforced.
import sys
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)

# Classes: __init__ errors, __init__ returning a value, __del__ on failed init.
class Noisy:
    def __init__(self, a, b=1):
        self.a = a
    def __del__(self):
        print("del Noisy")
def mk(*args):
    return Noisy(*args)
n = Noisy(1)
del n
try:
    Noisy()
except TypeError as e:
    print("TypeError", e)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)

# Keyword arguments still bind normally.
print(f(1, c=9), K(v=4).get(extra=1))

# Traceback line numbers inside inlined calls.
def fails(x):
    return 1 / x
def caller():
    return fails(0)
try:
    caller()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines)

# Integer and float arithmetic fast paths at the edges.
big = 2 ** 62
print(big - 1 + 1, (big - 1) * 2, -(big) - big, (2 ** 61) * 4)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
m = -(2 ** 62)
print(m // -1, m % -1, 5 & 3, 5 | 3, 5 ^ 3)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(0.1 + 0.2, 1.5 * 2.0, 1.0 / 3.0, 2.5 - 0.5)
try:
    print(1.0 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print("a" < "b", "b" <= "a", "abc" == "abc", "é" > "z", "" != "", "A" >= "A")
class S(str):
    def __eq__(self, o):
        return "custom eq"
print(S("a") == "a", "a" == S("a"))
