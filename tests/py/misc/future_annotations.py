from __future__ import annotations
# With `from __future__ import annotations`, annotations are stored as strings.

calls = []
def mark(v):
    calls.append(v)
    return v

x: mark(int) = 5
y: list[int]
print(__annotations__)
print(calls)

def f(a: int, b: "already a string", *args: tuple[int, ...], c: Undefined = 1, **kw: dict[str, int]) -> List[Point]:
    pass
for k, v in f.__annotations__.items():
    print(k, repr(v))

class Point:
    x: int
    y: float = 0.0
    nxt: Point | None = None
    def move(self, dx: int, dy: int) -> Point:
        return self
print(Point.__annotations__)
print(Point.move.__annotations__)

# the stringified form normalizes whitespace and formatting
def g(p: dict[ str ,int ], q: (1 + 2), r: lambda: 0, s: [1,2,  3]) -> None:
    pass
for k, v in g.__annotations__.items():
    print(k, repr(v))

# annotations referencing undefined names no longer fail at definition time
def h(p: NotDefinedAnywhere) -> AlsoUndefined:
    return p
print(h(5), h.__annotations__)

# evaluating them later with eval()
def k(n: int, items: list[str]) -> dict[str, int]:
    pass
evaluated = {name: eval(ann, globals()) for name, ann in k.__annotations__.items()}
print(evaluated)

# string annotations are kept as written (already strings get quotes inside)
def m(a: "int") -> "str":
    pass
print(m.__annotations__)

# annotations on nested functions and lambdas (lambdas can't have annotations)
def outer():
    def inner(v: SomeLocalType) -> None:
        pass
    return inner.__annotations__
print(outer())

# complex expressions are unparsed back to source form
def complex_ann(a: x if True else y, b: not z, c: -1, d: a.b.c[0], e: f(*args, **kw), g: {1: 2}):
    pass
for k, v in complex_ann.__annotations__.items():
    print(k, repr(v))
