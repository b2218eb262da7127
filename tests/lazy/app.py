# Lazily fetched function bodies (packer/src/lazy.rs): `pygmy build app.py -- trace` runs the
# app natively with an argument, so its trace run enters none of the functions below; their
# bodies go into a body chunk, and a run without arguments loads them on first call.
import functools
import inspect
import sys

TRACE = len(sys.argv) > 1


def helper(x):
    total = 0
    for i in range(x):
        total += i * x + 1
    return total


def outer(n):
    # A call from one lazily loaded body to another.
    return [helper(i) for i in range(n)] + [sum(helper(j) for j in range(n))]


class Shape:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.name = "shape %d x %d" % (w, h)

    def area(self):
        return self.w * self.h + len(self.name) - len(self.name)

    def __repr__(self):
        return "Shape(%r, %r, area=%r)" % (self.w, self.h, self.area())


def squares(n):
    for i in range(n):
        if i % 2 == 0:
            yield i * i
        else:
            yield -i * i


def make_adder(k):
    def add(x):
        result = x + k
        return result * 1 if result >= 0 else -result
    return add


def logged(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        print("calling", f.__name__, args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@logged
def decorated(a, b=3, *, scale=1):
    return (a - b) * scale + len(str(a)) - len(str(a))


def divide(x):
    y = 10
    return y / x


def fails():
    z = divide(0)
    return z


print("first line")
if not TRACE:
    print(outer(4))
    s = Shape(3, 4)
    print(s.area(), s)
    print(list(squares(5)))
    print(make_adder(10)(5), make_adder(-10)(5))
    print(decorated(10, scale=2))
    print(helper.__code__.co_varnames, helper.__code__.co_argcount, helper.__code__.co_firstlineno)
    print(len(divide.__code__.co_code) > 0, 10 in divide.__code__.co_consts)
    print(inspect.signature(decorated), inspect.signature(Shape.__init__))
    # The module's line table is in the bundle's lines chunk (packer/src/lazy.rs).
    print("f_lineno:", inspect.currentframe().f_lineno, [f.lineno for f in inspect.stack()[:1]])
    try:
        fails()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        while tb is not None:
            print("traceback:", tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next


def documented(a):
    """Read lazily: a stub's docstring stays in its body, which __doc__ loads."""
    return a


def undocumented():
    return 1


def redocumented():
    """before"""


if not TRACE:
    print(documented.__doc__, undocumented.__doc__)
    redocumented.__doc__ = "after"
    print(redocumented.__doc__, documented(7))
