# Assignment expressions (:=).

if (n := len("hello")) > 3:
    print("long string of length", n)
print(n)

# in while loops
data = [5, 3, 0, 8, 2]
it = iter(data)
while (item := next(it, None)) is not None:
    print("item", item)

# reading chunks
text = "abcdefghij"
pos = 0
chunks = []
while chunk := text[pos:pos + 3]:
    chunks.append(chunk)
    pos += 3
print(chunks)

# in comprehensions: binds in the enclosing scope
values = [1, 2, 3, 4, 5, 6]
evens_squared = [sq for v in values if (sq := v * v) % 2 == 0]
print(evens_squared, sq)
running = 0
totals = [running := running + v for v in values]
print(totals, running)

# any() short-circuit with walrus to capture the witness
words = ["apple", "banana", "cherry", "kiwi"]
if any(len(w := word) > 5 for word in words):
    print("first long word:", w)
if all((bad := x) > 0 for x in [3, 2, -1, 4]):
    print("all positive")
else:
    print("counterexample:", bad)

# in function arguments and calls
def show(*args):
    return args
print(show(a := 1, b := a + 1, a + b))

# nested walrus
print((outer := (inner := 3) * 2), inner, outer)

# walrus in lambda body (parenthesized)
f = lambda x: (y := x * 2) + y
print(f(5))

# walrus in f-strings needs parentheses
print(f"{(z := 7)} and {z * 2}")

# invalid targets
for src in ("(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))", "x := 5", "def f(a := 1): pass"):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# walrus at top level inside parentheses is fine
(top := "top-level walrus")
print(top)

# walrus in function binds a local
def func():
    if (local_val := 42) > 0:
        pass
    return local_val, "local_val" in globals()
print(func())

# walrus inside comprehension inside a function binds the function local
def comp():
    [last := x for x in range(5)]
    return last
print(comp())

# walrus with global statement
counter = 0
def bump():
    global counter
    return (counter := counter + 1)
bump(); bump()
print(counter)

# walrus in match guard
match [1, 2, 3]:
    case [*xs] if (total := sum(xs)) > 5:
        print("total", total)

# walrus evaluation order in a condition chain
log = []
if (a := log.append("a") or 1) and (b := log.append("b") or 2):
    print(a, b, log)

# walrus with augmented-like pattern in loop
count = 0
while (count := count + 1) < 4:
    print("count", count)
