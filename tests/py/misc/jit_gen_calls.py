# Generator functions, builtin types and nested functions called and made from hot code
# (under PYGMY_JIT=eager, from generated code), and generators resumed by builtins.
import sys

def gen(a, b=2, *, c=3):
    yield a
    yield b
    yield c

def make_adder(n, k=1):
    def add(x, y=k, *, z=n):
        return x + y + z
    return add

def annotated(n):
    def f(x: int = n) -> int:
        return x
    return f

def consumers(rounds):
    out = []
    for i in range(rounds):
        out.append(list(gen(i)))
        out.append(tuple(gen(i, b=i * 2, c=-1)))
        out.append(sorted(set(x * x for x in range(-i, i + 1))))
        out.append(dict.fromkeys(gen(i), 0))
        out.append(make_adder(i)(10))
        out.append(make_adder(i, k=5)(1, z=0))
        out.append(annotated(i)())
        out.append(frozenset(reversed(range(i))))
        out.append(str(i) + str(bytes(2)))
    return out

for r in consumers(4):
    print(r)
print(annotated(3).__annotations__)

# Errors from builtin types called in hot code.
def bad(i):
    try:
        return int("x" * i or "z")
    except ValueError as e:
        return "ValueError: " + str(e)

for i in range(3):
    print(bad(i))
try:
    set(1, 2)
except TypeError as e:
    print("TypeError:", e)

# A generator resumed by builtins: its own exceptions, throw, close, frame state.
def failing(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i

try:
    print(list(failing(5)))
except KeyError as e:
    print("KeyError", e)

def tracked():
    x = yield 1
    yield x
    try:
        yield 3
    except ValueError:
        yield "caught"
    yield sys._getframe().f_lineno

g = tracked()
print(next(g), g.send("sent"), next(g), g.throw(ValueError), next(g))
print(g.gi_frame.f_lineno, g.gi_running)
g.close()
print(g.gi_frame)

# Finalizers of values dropped while a generator runs under a builtin.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def dropping(n):
    for i in range(n):
        d = D(i)
        yield i
        del d

print(sum(dropping(3)))

# Nested generators resumed by builtins inside generators.
def outer(n):
    for i in range(n):
        yield sum(j for j in range(i))

print(list(outer(6)), max(x for x in outer(5)), any(x > 5 for x in outer(6)))
