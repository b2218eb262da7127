# Lambda expressions.

sq = lambda x: x * x
print(sq(5), sq(-3))
print(sq.__name__, sq.__qualname__)
print((lambda: "no args")())
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, sorted(e)))(1, 2, 3, f=6))

# lambdas in data structures
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "//": lambda a, b: a // b,
}
for sym in sorted(ops):
    print(sym, ops[sym](17, 5))

# as sort keys
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: -len(w)))
pairs = [(1, "b"), (3, "a"), (2, "c"), (1, "a")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (p[1], -p[0])))

# map/filter
print(list(map(lambda x: x * 10, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
print(list(map(lambda a, b: a ** b, [2, 3, 4], [3, 2, 1])))

# conditional expression inside lambda
sign = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print([sign(n) for n in (-2, 0, 5)])

# lambda returning lambda (currying)
add = lambda a: lambda b: lambda c: a + b + c
print(add(1)(2)(3))
print(add("x")("y")("z"))

# immediately invoked with closure
y = 10
f = (lambda y: lambda: y * 2)(7)
print(f(), y)

# lambda capturing global late
g = lambda: y
y = 99
print(g())

# lambda with default capturing value
h = lambda y=y: y
y = 0
print(h())

# recursion through name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print([fact(i) for i in range(8)])

# Y-combinator-ish self application
fib = (lambda f: lambda n: f(f, n))(lambda self, n: n if n < 2 else self(self, n - 1) + self(self, n - 2))
print([fib(i) for i in range(12)])

# lambda with tuple return and star unpack in body
swap = lambda *t: t[::-1]
print(swap(1, 2, 3))

# lambda body is an expression: walrus allowed when parenthesized
acc = lambda xs: [(total := 0)] + [(total := total + x) for x in xs]
print(acc([1, 2, 3, 4]))

# lambdas have no docstring
print(sq.__doc__)

# lambdas in class bodies become methods
class C:
    double = lambda self, v: v * 2
    name = lambda self: type(self).__name__
print(C().double(21), C().name())
print(C.double.__qualname__)

# lambda in default args
def apply(x, fn=lambda v: v + 1):
    return fn(x)
print(apply(1), apply(1, lambda v: v * 100))

# nested lambda qualnames
def factory():
    return lambda: None
print(factory().__qualname__)

# lambda with keyword-only and positional-only params
lp = lambda a, /, b, *, c: (a, b, c)
print(lp(1, 2, c=3), lp(1, b=2, c=3))

# lambda errors
try:
    sq()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)()
except TypeError as e:
    print(type(e).__name__, e)

# min/max with lambda key
data = [("a", 5), ("b", 2), ("c", 9), ("d", 2)]
print(min(data, key=lambda t: t[1]))
print(max(data, key=lambda t: t[1]))
print(max(data, key=lambda t: (t[1], t[0])))
