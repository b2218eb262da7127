# Exact TypeError messages for bad calls.

def attempt(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
        print(label, "->", result)
    except TypeError as e:
        print(label, "->", type(e).__name__ + ":", e)

def none():
    return "none"

def one(a):
    return a

def two(a, b):
    return a, b

def three(a, b, c):
    return a, b, c

def opt(a, b=1):
    return a, b

def kwo(*, k):
    return k

def two_kwo(*, k, m):
    return k, m

def star(a, *args):
    return a, args

attempt("none(1)", none, 1)
attempt("none(1,2)", none, 1, 2)
attempt("none(x=1)", none, x=1)
attempt("one()", one)
attempt("one(1,2)", one, 1, 2)
attempt("one(b=1)", one, b=1)
attempt("one(1,a=1)", one, 1, a=1)
attempt("two()", two)
attempt("two(1)", two, 1)
attempt("two(b=1)", two, b=1)
attempt("two(1,2,3)", two, 1, 2, 3)
attempt("three()", three)
attempt("three(1)", three, 1)
attempt("three(c=1)", three, c=1)
attempt("opt()", opt)
attempt("opt(1,2,3)", opt, 1, 2, 3)
attempt("opt(1,2,3,4)", opt, 1, 2, 3, 4)
attempt("opt(1,a=2)", opt, 1, a=2)
attempt("opt(1,c=2)", opt, 1, c=2)
attempt("kwo()", kwo)
attempt("kwo(1)", kwo, 1)
attempt("kwo(1,k=2)", kwo, 1, k=2)
attempt("two_kwo()", two_kwo)
attempt("two_kwo(k=1)", two_kwo, k=1)
attempt("star()", star)
attempt("star(1,2,3)", star, 1, 2, 3)
attempt("star(1,a=2)", star, 1, a=2)

# methods: counts include/exclude self
class C:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, x):
        return x
    @staticmethod
    def sm(x):
        return x

c = C()
attempt("c.m()", c.m)
attempt("c.m(1,2)", c.m, 1, 2)
attempt("C.m(c)", C.m, c)
attempt("C.m()", C.m)
attempt("c.cm()", c.cm)
attempt("C.sm()", C.sm)
attempt("C.sm(1,2)", C.sm, 1, 2)
attempt("c.m(y=1)", c.m, y=1)

# constructor errors
class P:
    def __init__(self, a, b):
        self.a = a
attempt("P()", P)
attempt("P(1)", P, 1)
attempt("P(1,2,3)", P, 1, 2, 3)

class NoInit:
    pass
attempt("NoInit(1)", NoInit, 1)
attempt("NoInit(x=1)", NoInit, x=1)

# lambda names
lam = lambda x: x
attempt("lam()", lam)
attempt("lam(1,2)", lam, 1, 2)

# nested function qualname in messages
def outer():
    def inner(q):
        return q
    return inner
attempt("inner()", outer())

# calling non-callables
attempt("int-call", lambda: (5)())
attempt("str-call", lambda: "abc"())
attempt("none-call", lambda: None())
attempt("list-call", lambda: [1]())

# builtins
attempt("len()", len)
attempt("len(1,2)", len, 1, 2)
attempt("len(5)", len, 5)
attempt("abs()", abs)
attempt("divmod(1)", divmod, 1)
attempt("isinstance(1)", isinstance, 1)
attempt("min()", min)
attempt("sorted(k=1)", sorted, [1], k=1)
