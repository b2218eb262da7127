# Assignment expressions (walrus) inside comprehensions bind in the enclosing scope.

data = [1, 5, 2, 8, 3]
total = 0
running = [total := total + x for x in data]
print(running, total)
filtered = [y for x in data if (y := x * 2) > 5]
print(filtered, y)
def find():
    if any((hit := v) > 4 for v in data):
        return hit
    return None
print(find())
def last_seen():
    [last := c for c in "xyz"]
    return last
print(last_seen())
values = [(n, sq) for n in range(6) if (sq := n * n) % 2 == 0]
print(values, sq)
print({(k := c): k * 2 for c in "ab"}, k)
print({(m := v % 3) for v in range(7)}, m)
stats = [(chunk := data[i:i + 2], sum(chunk)) for i in range(0, len(data), 2)]
print(stats, chunk)
def counter():
    count = 0
    [count := count + 1 for _ in range(5)]
    return count
print(counter())
for src in ["class Scope:\n    [z := 1 for _ in range(1)]", "class Scope:\n    (z := 1)", "class Scope:\n    def m(self):\n        return [z := 1 for _ in range(1)]"]:
    try:
        compile(src, "<class>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), f"{type(e).__name__}: {e.msg}")
for src in ["[i := 0 for i in range(3)]", "[x for x in (y := [1, 2])]", "[[j := 1 for _ in range(1)] for j in range(1)]",
            "{(a := 1): b for b in range(1)}", "[x for x in range(3) if (x := 1)]", "def f():\n    [(lambda: (q := 1)) for _ in range(1)]"]:
    try:
        compile(src, "<walrus>", "exec")
        print(f"{src!r:<60} compiles")
    except SyntaxError as e:
        print(f"{src!r:<60} {type(e).__name__}: {e.msg}")
def nested():
    results = [[(inner := a * b) for b in range(3)] for a in range(3)]
    return results, inner
print(nested())
def gen_walrus():
    g = (last_g := v for v in range(3))
    before = "unset"
    try:
        before = last_g
    except NameError as e:
        before = type(e).__name__
    list(g)
    return before, last_g
print(gen_walrus())
lines = ["keep: 1", "drop", "keep: 22", "keep: 333"]
print([int(num) for line in lines if (num := line.partition(": ")[2])], num)
def walrus_in_nested_genexp():
    out = list(((w := a + b) for a in range(2) for b in range(2)))
    return out, w
print(walrus_in_nested_genexp())
