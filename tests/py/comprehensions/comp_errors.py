# Exceptions raised inside comprehensions and generator expressions; SyntaxErrors for invalid forms.

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<32} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<32} -> {r!r}")

attempt("1/x in listcomp", lambda: [1 / x for x in [1, 0]])
attempt("name error in listcomp", lambda: [nope for _ in range(1)])
attempt("non-iterable source", lambda: [x for x in 5])
attempt("non-iterable inner", lambda: [y for x in [1] for y in x])
attempt("unhashable in setcomp", lambda: {[x] for x in range(1)})
attempt("unhashable key dictcomp", lambda: {[x]: x for x in range(1)})
attempt("unpack error", lambda: [a for a, b in [(1, 2), (3,)]])
attempt("genexp error deferred", lambda: type((1 / x for x in [0])).__name__)
attempt("genexp error on consume", lambda: list(1 / x for x in [0]))
attempt("source evaluated eagerly", lambda: (x for x in 5))
attempt("inner source lazily", lambda: type((y for x in [1] for y in 5)).__name__)
attempt("inner source consumed", lambda: list(y for x in [1] for y in 5))
attempt("key error in condition", lambda: [x for x in "ab" if {}[x]])
attempt("StopIteration inside genexp", lambda: list(next(iter([])) for _ in range(1)))
attempt("StopIteration in listcomp", lambda: [next(iter([])) for _ in range(1)])
partial = []
def collect():
    for v in [1, 2, 0, 3]:
        partial.append(v)
        yield 10 // v
attempt("partial results lost", lambda: [r for r in collect()])
print("consumed before failure:", partial)
for src in ["[x for x in range(3) for]", "[*x for x in [[1]]]", "{**d for d in []}", "[x for x in]",
            "[x, y for x in range(1)]", "[x for x in range(3) if x else 0]", "(x for x in range(3)) = 1",
            "[x for x in range(3)] += [1]", "[yield x for x in []]", "[await x for x in []]",
            "[x async for x in y]", "[i for i in range(3) for i in i]", "{x: y, for x, y in []}"]:
    try:
        compile(src, "<comp>", "exec")
        print(f"{src!r:<40} -> compiles")
    except SyntaxError as e:
        print(f"{src!r:<40} -> {type(e).__name__}: {e.msg}")
def gen_in_func():
    data = [3, 2, 1]
    g = (d for d in data)
    data = []
    return list(g)
print(gen_in_func())
def gen_source_rebound():
    data = [3, 2, 1]
    g = (d * e for d in data for e in data)
    data = [10]
    return list(g)
print(gen_source_rebound())
