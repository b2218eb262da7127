# Function annotations (evaluated eagerly in 3.11 without the future import).

def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True

for k, v in f.__annotations__.items():
    print(k, v)

print(list(f.__annotations__))

def none():
    pass
print(none.__annotations__)

def only_return() -> None:
    pass
print(only_return.__annotations__)

# annotations are evaluated at definition time
def trace(x):
    print("evaluating annotation", x)
    return x

def g(a: trace("A"), b: trace("B")) -> trace("R"):
    pass
print(g.__annotations__)

# annotations can be any expression
def h(x: 1 + 2, y: [1, 2], z: {"k": "v"}) -> (lambda: 0).__name__:
    pass
print(h.__annotations__)

# annotations are a mutable dict
f.__annotations__["extra"] = "added"
print(sorted(f.__annotations__))
none.__annotations__ = {"q": int}
print(none.__annotations__)
try:
    none.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# lambdas cannot have annotations, but have the attribute
lam = lambda x: x
print(lam.__annotations__)

# annotations on methods
class C:
    def m(self, v: int) -> "C":
        return self
print(C.m.__annotations__)
print(C().m.__annotations__)

# variable annotations in functions are not stored
def local_ann():
    x: int = 5
    y: str
    return x
print(local_ann(), local_ann.__annotations__)

# annotated but unassigned local is not bound
def unbound_local():
    y: int
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(unbound_local())

# module-level annotations
mod_a: int = 1
mod_b: "forward"
print(__annotations__)
print("mod_b" in globals())

# class annotations
class Point:
    x: int
    y: int = 0
    label: str = "p"
print(Point.__annotations__)
print(hasattr(Point, "x"), Point.y)

# annotation names with keyword only and positional only
def k(a: 1, /, b: 2, *, c: 3):
    pass
print(k.__annotations__)

# annotations referencing undefined names fail at def time
try:
    def bad(x: undefined_name):
        pass
except NameError as e:
    print(type(e).__name__, e)
