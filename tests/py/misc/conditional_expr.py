# Conditional expressions (x if cond else y).

for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")

# only one branch is evaluated
def side(label, value):
    print("  evaluated", label)
    return value
print(side("a", 1) if True else side("b", 2))
print(side("a", 1) if False else side("b", 2))

# condition evaluated first, once
print(side("then", "T") if side("cond", 0) else side("else", "E"))

# precedence: lower than `or`, higher than lambda
x = 1 or 2 if False else 3
print(x)
f = lambda v: "big" if v > 10 else "small"
print(f(5), f(50))
print((lambda: 1) if False else (lambda: 2)())

# nested inside other expressions
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print({k: (v if v else None) for k, v in (("a", 0), ("b", 1))})
print(", ".join(str(i) if i % 3 else "fizz" for i in range(1, 7)))
print(sum(i if i % 2 else -i for i in range(10)))

# conditional with tuple results and unpacking
a, b = (1, 2) if True else (3, 4)
print(a, b)

# condition uses truthiness
for cond in (0, 1, "", "x", [], [0], None):
    print(repr(cond), "->", "truthy" if cond else "falsy")

# conditional expression as function argument and default
def greet(name=None):
    return "Hello, " + (name if name is not None else "stranger")
print(greet(), greet("Ann"))

# chained conditional selecting a function
op = "mul"
fn = (lambda p, q: p + q) if op == "add" else (lambda p, q: p * q) if op == "mul" else None
print(fn(6, 7))

# conditional expressions on the left side are not allowed
try:
    compile("(a if c else b) = 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# conditional in f-string
score = 72
print(f"{'pass' if score >= 60 else 'fail'} with {score}")

# conditional with walrus
print((y := 10) if (y := 5) > 3 else -1, y)

# conditional expression in return and yield
def absval(n):
    return n if n >= 0 else -n
print([absval(n) for n in (-3, 0, 4)])
def gen():
    for i in range(4):
        yield i * 10 if i % 2 else None
print(list(gen()))

# bool() of the condition raising propagates
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
try:
    1 if Bad() else 2
except ValueError as e:
    print(type(e).__name__, e)

# max/min style via conditional
def bigger(p, q):
    return p if p >= q else q
print(bigger(3, 9), bigger("pear", "apple"), bigger([1, 2], [1, 3]))
