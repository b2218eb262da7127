# Evaluation order and laziness of generator expressions versus list comprehensions.

trace = []
def src(tag, n):
    trace.append(f"iter {tag}")
    for i in range(n):
        trace.append(f"{tag}{i}")
        yield i
def cond(v):
    trace.append(f"cond {v}")
    return v % 2 == 0
def val(v):
    trace.append(f"val {v}")
    return v * 10

lc = [val(x) for x in src("L", 3) if cond(x)]
print(lc, trace)
trace.clear()
ge = (val(x) for x in src("G", 3) if cond(x))
print("after creation:", trace)
print(next(ge), trace)
print(list(ge), trace)
trace.clear()
ge2 = (a + b for a in src("outer", 2) for b in src("inner", 2))
print("outer iter called at creation:", trace)
print(list(ge2))
print(trace)
trace.clear()
pipeline = (val(x) for x in (y for y in src("P", 4) if cond(y)))
print(next(pipeline), trace)
trace.clear()
print(list(pipeline), trace)
def counted(n):
    for i in range(n):
        yield i
taken = []
g = (x for x in counted(10))
for v in g:
    taken.append(v)
    if len(taken) == 3:
        break
print(taken, next(g), list(g)[:2])
squares = (n * n for n in range(5))
evens = (s for s in squares if s % 2 == 0)
print(list(evens), list(squares))
gens = [(i, j) for i in range(2) for j in (k for k in range(i + 1))]
print(gens)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
firsts = []
for v in (x * 3 for x in infinite()):
    if v > 20:
        break
    firsts.append(v)
print(firsts)
g3 = (x for x in [1, 2, 3])
print(3 in g3, list(g3))
g4 = (x for x in [1, 2, 3])
print(2 in g4, list(g4))
g5 = (c for c in "abc")
print(dict(enumerate(g5)), list(g5))
trace.clear()
def plain_source():
    trace.append("plain_source called")
    return [1, 2]
def plain_inner():
    trace.append("plain_inner called")
    return [10]
lazy = (a + b for a in plain_source() for b in plain_inner())
print("after genexp creation:", trace)
print(list(lazy), trace)
trace.clear()
eager = [a + b for a in plain_source() for b in plain_inner()]
print("listcomp:", eager, trace)
data = [1, 2, 3]
g6 = (d for d in data)
data.append(4)
print(list(g6))
data = [1, 2, 3]
g7 = (d for d in data)
data = ["rebound"]
print(list(g7))
