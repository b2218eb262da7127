# Call-site argument binding in many combinations.

def f(a, b, c=3, *rest, d, e=5, **kw):
    return "a=%r b=%r c=%r rest=%r d=%r e=%r kw=%r" % (a, b, c, rest, d, e, sorted(kw.items()))

print(f(1, 2, d=4))
print(f(1, 2, 30, d=4))
print(f(1, 2, 30, 40, 50, d=4))
print(f(*[1, 2, 30, 40], d=4))
print(f(1, *[2], *[3, 4], d=4, **{"e": 6, "z": 7}))
print(f(d=4, b=2, a=1))
print(f(**{"a": 1, "b": 2, "d": 4}))
print(f(1, **{"b": 2}, d=4, x=1))
print(f(*(1, 2), **dict(d=4, extra="x")))
print(f(*"ab", d="D"))
print(f(*range(6), d=0))

# keyword argument multiple values errors
try:
    f(1, 2, a=1, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"b": 5, "d": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, d=1, **{"d": 2})
except TypeError as e:
    print(type(e).__name__, e)

# evaluation order of arguments is left to right
def t(label, value):
    print("eval", label)
    return value
def sink(*a, **k):
    return a, sorted(k.items())
print(sink(t("p1", 1), *[t("star", 2)], k1=t("k1", 3), **{"k2": t("dstar", 4)}))
print(sink(t("x", 1), y=t("y", 2), *[t("z", 3)]))

# unpacking iterators / generators, consumed once
gen = (i * i for i in range(4))
print(sink(*gen))
print(sink(*gen))

# unpack a dict's items, values
d = {"p": 1, "q": 2}
print(sink(*d.values()))
print(sink(*d.items()))

# large number of arguments
print(len(sink(*range(300))[0]))
print(len(sink(**{"k%d" % i: i for i in range(100)})[1]))

# method calls with unpacking
class Calc:
    def __init__(self, base):
        self.base = base
    def add(self, *nums, scale=1):
        return (self.base + sum(nums)) * scale
c = Calc(10)
print(c.add(*[1, 2, 3], **{"scale": 2}))
print(Calc.add(c, 5))
print(Calc.add(*[c, 1, 1]))

# builtin function calls with unpacking
print(max(*[3, 7, 2]))
print(sorted(*[[3, 1, 2]], **{"reverse": True}))
print("{}-{}-{}".format(*"xyz"))
print("{a}/{b}".format(**{"a": 1, "b": 2}))
print(dict(*[[("one", 1)]], two=2))

# calling with keyword names that equal builtins
def kwb(**k):
    return sorted(k)
print(kwb(list=1, print=2, id=3))

# call result chained
def returns_fn():
    return lambda *a: sum(a)
print(returns_fn()(1, 2, 3))
print(returns_fn()(*range(10)))
