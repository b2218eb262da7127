# Annotation evaluation without `from __future__ import annotations`.

order = []
def mark(label, value):
    order.append(label)
    return value

x: mark("x", int) = mark("x-value", 5)
y: mark("y", str)
print(order)
print(__annotations__)
print(x, "y" in globals())

# annotations on attribute and subscript targets are evaluated but not stored
class Obj:
    pass
o = Obj()
o.attr: mark("attr", float) = 1.5
d = {}
d["key"]: mark("key", list) = []
print(order[-2:], sorted(__annotations__))
print(o.attr, d)

# parenthesized names are not stored either
(z): int = 3
print("z" in __annotations__, z)

# class annotations
class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    def method(self) -> None:
        pass
print(Point.__annotations__)
print(hasattr(Point, "x"), Point.y, Point.label)

# annotations inherited? no: each class has its own
class Point3(Point):
    z: float = 0.0
print(Point3.__annotations__)
print("x" in Point3.__annotations__)

# annotations in functions are evaluated at definition time
def f(a: mark("param a", int), b: mark("param b", str) = "x") -> mark("return", bool):
    local: mark("local annotation (never evaluated)", int) = 1
    return True
print(order[-3:])
print(f.__annotations__)
f(1)
print("local annotation" in " ".join(order))

# complex annotation expressions
def g(p: list[int], q: dict[str, "Point"], r: int | None = None) -> tuple[int, ...]:
    pass
print(g.__annotations__)

# annotation errors happen at definition time
try:
    def h(p: undefined_annotation_name):
        pass
except NameError as e:
    print(type(e).__name__, e)

# annotated assignment without a value in a function makes the name local
value = "global"
def uses_value():
    value: int
    try:
        return value
    except UnboundLocalError as e:
        return type(e).__name__
print(uses_value())

# annotation of a tuple target is not allowed
try:
    compile("a, b: int = 1, 2", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# module __annotations__ is a plain dict and can be modified
__annotations__["added"] = "manual"
print(sorted(__annotations__))

# class without annotations
class Empty:
    pass
print(Empty.__dict__.get("__annotations__", "no annotations in class dict"))

# annotations with side effects in loops are evaluated every iteration at module level
order.clear()
for i in range(3):
    loop_var: mark("loop %d" % i, int) = i
print(order)

# annotations inside class bodies are evaluated in order with the values
order.clear()
class Ordered:
    a: mark("a-ann", int) = mark("a-val", 1)
    b: mark("b-ann", int)
print(order, Ordered.__annotations__)

# the same name annotated twice keeps the last annotation
class Twice:
    v: int
    v: str = "s"
print(Twice.__annotations__)
