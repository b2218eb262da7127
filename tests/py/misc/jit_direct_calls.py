# Calls the JIT makes itself (CALL of Python functions, bound methods and simple-init
# classes, run by their generated code): results, errors, tracebacks, frames, finalizers
# and recursion must be the interpreter's. Loops make the code hot under PYGMY_JIT=on.
import sys
import traceback


def add(a, b=10):
    return a + b


class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


class BadInit:
    def __init__(self, v):
        self.v = v
        return v


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag)


def make_noisy(tag):
    n = Noisy(tag)
    return tag * 2


def fail_at(n, depth):
    if depth == n:
        raise ValueError("deep %d" % depth)
    return fail_at(n, depth + 1) + 1


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno


def caller_line():
    x = 1
    return where()


def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + 1


def closure_maker(k):
    def inner(v):
        return v * k
    return inner


def gen(n):
    for i in range(n):
        yield i


def main():
    total = 0
    for i in range(300):
        total += add(i) + add(i, 1)
        p = Point(i, -i)
        total += p.norm1()
        total += Point(3).norm1()
    print("total", total)

    triple = closure_maker(3)
    print("closure", sum(triple(i) for i in range(5)), [triple(i) for i in range(3)])
    print("gen", [sum(gen(i)) for i in range(6)])
    print("kw", add(a=1, b=2), add(5, b=1))

    for i in range(3):
        try:
            BadInit(i)
        except TypeError as e:
            print("init:", e)

    for i in range(3):
        print("noisy", make_noisy(i))

    for i in range(2):
        try:
            fail_at(5, 0)
        except ValueError as e:
            print(e, [(t.name, t.lineno, t.line) for t in traceback.extract_tb(e.__traceback__)])

    for i in range(2):
        print("where", caller_line())

    print("rec", rec(200), rec(400))
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(120)
    for i in range(2):
        try:
            rec(500)
        except RecursionError as e:
            print("recursion:", e)
    sys.setrecursionlimit(old)
    print("rec again", rec(300))

    rebind()


def rebind():
    # Rebinding a called global and a class's __init__ while the code is hot.
    global add
    saved = add
    for i in range(4):
        if i == 2:
            add = lambda a, b=0: a - b
        print("rebind", add(i, 1))
    add = saved

    def init2(self, x, y=5):
        self.x = x * 10
        self.y = y
    for i in range(4):
        if i == 2:
            Point.__init__ = init2
        print("reinit", Point(i).x)


main()
