# Starred expressions in displays and calls: *iterables, **mappings, ordering and evaluation.

a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"xy", *range(2), *{5: 0}], [*[], *()], (*a,))
print({**{"k": 1}, "j": 2, **dict(z=3)}, {"a": 0, **{"a": 1}}, {**{}})
print(*a, *b)
print(*a, sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 9, *b), f(*[], **{}), f(1, *"ab", x=1, **{"y": 2}), f(**{"a": 1}, b=2))
print(f(*(i for i in range(3))), f(*{1: "one"}), f(*b"ab"))
first, *others = *a, *b
print(first, others)
order = []
def tag(x):
    order.append(x)
    return [x]
r = [*tag(1), *tag(2), tag(3)[0], *tag(4)]
print(r, order)
order.clear()
f(*tag("a"), tag("b"), **{"k": tag("c")})
print(order)
nested = [*[*a, *[*b]]]
print(nested)
print(sorted({*range(5), *range(3, 8)}), len([*range(1000)]))
for src in ["[*5]", "(*None,)", "{*1}", "{**[]}", "f(*1)", "f(**1)", "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})", "print(*1)"]:
    try:
        eval(src, {"f": f})
    except TypeError as e:
        print(f"{src:<28} -> {type(e).__name__}: {e}")
for src in ["*a", "print(**a, *b)", "[**a]", "f(**a, *b)", "*a, = 1, *b"]:
    try:
        compile(src, "<s>", "exec")
        print(f"{src:<28} -> compiles")
    except SyntaxError as e:
        print(f"{src:<28} -> {type(e).__name__}: {e.msg}")
x = *a, 5
print(x, type(x).__name__)
for item in *a, *b:
    print("loop", item)
def g():
    return *a, *b
print(g())
