# dict | and |= operators, ** unpacking, update ordering.

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
a = {"x": 1}
a |= [("p", 1), ("q", 2)]
print(a)
a |= {"x": "first"}.items() if False else {"x": "first"}
print(a)
print({} | {}, {1: 1} | {}, {} | {2: 2})
for expr in ["{1: 1} | [(2, 2)]", "{1: 1} | None", "{1: 1} | {1}", "[] | {}", "{1: 2} |= 5"]:
    try:
        print(expr, "->", eval(expr) if "|=" not in expr else exec("t = {1: 2}\nt |= 5"))
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    t = {1: 2}
    t |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t = {1: 2}
    t |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({**{"a": 1}, **{"a": 2, "b": 3}}, {**{}, "k": 1}, {"k": 0, **{"k": 1}})
def f(**kw):
    return kw
print(f(**{"a": 1}, b=2), f(**{"a": 1}, **{"b": 2}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
class D(dict):
    pass
r = D(a=1) | {"b": 2}
print(type(r).__name__, r)
r = {"b": 2} | D(a=1)
print(type(r).__name__, r)
class Loud(dict):
    def __or__(self, other):
        return "Loud.__or__"
    def __ror__(self, other):
        return "Loud.__ror__"
print(Loud() | {}, {} | Loud())
m = {"k": [1]}
n = m | {}
n["k"].append(2)
print(m, n, m["k"] is n["k"])
merged = {}
for part in ({"a": 1}, {"b": 2}, {"a": 3, "c": 4}):
    merged |= part
print(merged, list(merged))
