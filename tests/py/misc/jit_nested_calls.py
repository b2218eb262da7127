# Calls between compiled functions: callees that stop for the interpreter part way (a dict,
# a generator, keyword arguments) at several depths, frames seen from inside (f_back,
# f_lineno), methods and bound methods, defaults and closures, deep recursion past the
# nesting the JIT allows itself, and RecursionError through such calls.
import sys


def inner(i):
    d = {"i": i}  # BUILD_MAP: not compiled, so the callee stops here
    return d["i"] * 2


def middle(i):
    a = inner(i)
    b = inner(i + 1)
    return a + b


def outer(n):
    t = 0
    i = 0
    while i < n:
        t += middle(i)
        i += 1
    return t


print(outer(500))


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno - f.f_code.co_firstlineno, f.f_back.f_code.co_name


def two():
    return where()


def one():
    return two()


for _ in range(300):
    r = one()
print(r)


class Acc:
    def __init__(self, start=0):
        self.total = start

    def add(self, x, scale=1):
        self.total += x * scale
        return self

    def run(self, n):
        i = 0
        add = self.add
        while i < n:
            self.add(i)
            add(i, 2)
            self.add(i, scale=3)
            i += 1
        return self.total


print(Acc(5).run(400))


def make_counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


def drive(bump, n):
    i = 0
    last = 0
    while i < n:
        last = bump(i)
        i += 1
    return last


print(drive(make_counter(), 600))


def gen_sum(n):
    return sum(x for x in range(n))


def use_gen(n):
    t = 0
    i = 0
    while i < n:
        t += gen_sum(i % 7)
        i += 1
    return t


print(use_gen(700))


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


sys.setrecursionlimit(5000)
print(depth(3000))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1) + 1


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)


def raiser(i):
    if i == 450:
        raise KeyError(i)
    return i


def mid_raise(i):
    return raiser(i) + 1


def top_raise(n):
    i = 0
    t = 0
    while i < n:
        t += mid_raise(i)
        i += 1
    return t


try:
    top_raise(1000)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
        tb = tb.tb_next
    print("KeyError", e, names)
