# The paths the wasm VM's JIT runs inline (issue 8), each next to the case that must leave
# for the interpreter: run with PYGMY_JIT=eager the output must not change.
import sys
import traceback


def sum_to(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


# small ints, then sums that leave the small range (31 bits on wasm32) for big ints
print(sum_to(10), sum_to(100000), sum_to(70000) * 3)


def mix(a, b):
    r = []
    r.append(a + b)
    r.append(a - b)
    r.append(a * b)
    r.append(a & b)
    r.append(a | b)
    r.append(a ^ b)
    r.append(a < b)
    r.append(a <= b)
    r.append(a == b)
    r.append(a != b)
    r.append(a > b)
    r.append(a >= b)
    return r


for a, b in [(3, 5), (-7, 2), (2**29, 2**29), (-2**30, -1), (1 << 40, 3), (True, 2)]:
    print(mix(a, b))


def add_less(a, b):
    return a + b, a < b


for a, b in [(1.5, 2), ("a", "b"), ([1], [2])]:
    print(add_less(a, b))
try:
    add_less(1, "x")
except TypeError as e:
    print(type(e).__name__, e)


def truthy(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
        if not v:
            out.append("n")
    return out


print(truthy([0, 1, -1, True, False, None, "", "x", [], [0], 2**40, 0.0]))


class Obj:
    pass


def identity(a, b):
    return a is b, a is not b, a is None, b is not None


o = Obj()
print(identity(o, o), identity(o, Obj()), identity(None, None), identity(1, 1))


def none_jumps(items):
    n = 0
    for x in items:
        if x is None:
            n += 100
        elif x is not None:
            n += 1
    return n


print(none_jumps([None, 1, None, "a", Obj()]))


def unbound(flag):
    if flag:
        x = 1
    return x


for flag in (True, False):
    try:
        print(unbound(flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def fails_in_loop(n):
    k = 0
    while k < n:
        k += 1
        if k == 3:
            k = k + "x"
    return k


try:
    fails_in_loop(5)
except TypeError:
    tb = traceback.format_exc().splitlines()
    print(tb[-1])
    print([line.split("line ")[1] for line in tb if ", line " in line])


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def rebind():
    x = Loud("first")
    x = Loud("second")
    y = x
    x = None
    print("before return")
    return y is not None


print(rebind())


def swaps(a, b, c):
    a, b, c = c, a, b
    return a, b, c


print(swaps(1, 2, 3), swaps("x", None, 2**50))


def gen(n):
    i = 0
    while i < n:
        yield i * i
        i += 1


print(list(gen(6)))


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


print(deep(200))
print(sys.getrefcount(o) >= 2)
