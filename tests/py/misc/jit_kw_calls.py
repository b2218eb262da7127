# Calls with keyword arguments, keyword-only parameters, *args and **kwargs from code the
# JIT compiles (KW_NAMES, then CALL): Python functions, bound methods, builtins, classes,
# generator functions, and the errors binding raises.


def f(a, b=2, *, c=3, d):
    return a + b + c + d


def g(*args, **kw):
    return len(args), sorted(kw.items())


def gen(n, *, step=1):
    yield from range(0, n, step)


class K:
    def __init__(self, x, *, y=1):
        self.v = x * y

    def m(self, x, *, y=1):
        return x * y + self.v


def bad(a, *, b):
    return a


def deep(n, *, acc=0):
    return acc if n == 0 else deep(n - 1, acc=acc + n)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def loop(n):
    t = 0
    k = K(2, y=3)
    for i in range(n):
        t += f(i, d=1)
        t += f(i, 5, c=i, d=2)
        t += g(i, 2, z=i)[0]
        t += len(g(a=i, b=2)[1])
        t += k.m(i, y=2)
        t += K(i, y=2).v
        t += sum(gen(i % 7, step=2))
        t += len(sorted([3, 1, 2], key=None, reverse=True))
        t += int("7", base=10)
        t += deep(5, acc=i)
    return t


print(loop(300))


def errs():
    for i in range(3):
        for call in (lambda: bad(1, c=2), lambda: f(1), lambda: f(1, d=1, a=2), lambda: int("x", base=10), lambda: K(1, z=2), lambda: g(**{1: 2})):
            try:
                call()
            except (TypeError, ValueError) as e:
                print(type(e).__name__, e)


errs()


def drops():
    # Arguments dropped when the call binds them, and when binding fails.
    f(1, d=len([Noisy("a")]))
    try:
        bad(Noisy("b"), c=Noisy("c"))
    except TypeError as e:
        print("TypeError", e)
    print("after")


drops()


def tb():
    return bad(1, zz=1)


def outer():
    return tb()


try:
    outer()
except TypeError as e:
    import traceback

    print([(fr.name, fr.lineno, fr.line) for fr in traceback.extract_tb(e.__traceback__)], e)
