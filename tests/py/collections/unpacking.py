# Unpacking assignments: tuples, lists, nested targets, starred targets, swapping.

a, b = 1, 2
print(a, b)
a, b = b, a
print("swap", a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, [g, h]] = [6, [7, 8]]
print(f, g, h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(5)
print(head, mid, tail)
x, *y = [1]
print(x, y)
*only, = (1, 2)
print(only)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,), "xy"]:
    print(a, b)
x = y = z = [0]
print(x is y is z)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
print(obj.a, obj.b)
d = {}
d["k"], d["j"] = 1, 2
print(d)
s, t = "hi"
print(s, t)
u, v = {"one": 1, "two": 2}
print(u, v)
m, n = {3: None, 4: None}.items()
print(m, n)
p, q = (x * 2 for x in range(2))
print(p, q)
(r,) = [42]
print(r)
[] = []
() = ()
print("empty targets ok")

for src, label in [("a, b = 1, 2, 3", "too many"), ("a, b, c = 1, 2", "too few"), ("a, b = 1", "not iterable"),
                   ("a, *b, c = [1]", "starred too few"), ("(a, b), c = [1, 2], 3", "nested too many"),
                   ("a, b = None", "None"), ("[a] = []", "empty"), ("a, b = {}", "empty dict"),
                   ("a, *b = 5", "starred non-iterable"), ("a, b = iter(range(100))", "iterator too many")]:
    try:
        exec(src, {})
    except (ValueError, TypeError) as e:
        print(f"{label:<22} {src:<26} -> {type(e).__name__}: {e}")
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "*a, *b = 1, 2", "(*a) = 1"]:
    try:
        compile(src, "<unpack>", "exec")
    except SyntaxError as e:
        print(f"{src:<26} -> {type(e).__name__}: {e.msg}")
