# Error messages from list operations.

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<30} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<30} -> {r!r}")

l = [1, 2, 3]
attempt("l[3]", lambda: l[3])
attempt("l[-4]", lambda: l[-4])
attempt("l['a']", lambda: l["a"])
attempt("l[1.0]", lambda: l[1.0])
attempt("l[None]", lambda: l[None])
attempt("l[2**100]", lambda: l[2**100])
attempt("l[1:2.0]", lambda: l[1:2.0])
attempt("l[::0]", lambda: l[::0])
attempt("l.x", lambda: l.x)
attempt("l.x = 1", lambda: setattr(l, "x", 1))
attempt("list.append(1, 2)", lambda: list.append(1, 2))
attempt("hash(l)", lambda: hash(l))
attempt("{l: 1}", lambda: {l: 1})
attempt("{l}", lambda: {l})
attempt("l()", lambda: l())
attempt("l + 1", lambda: l + 1)
attempt("l - l", lambda: l - l)
attempt("-l", lambda: -l)
attempt("l * l", lambda: l * l)
attempt("l * 2**100", lambda: l * 2**100)
attempt("l < 1", lambda: l < 1)
attempt("len(l, l)", lambda: len(l, l))
attempt("list.__getitem__(l)", lambda: list.__getitem__(l))
attempt("l.sort(key=1)", lambda: l.sort(key=1))
attempt("l.sort(reverse='x')", lambda: l.sort(reverse="x"))
attempt("l.index()", lambda: l.index())
attempt("l.index(1, 'a')", lambda: l.index(1, "a"))
attempt("l.pop(1, 2)", lambda: l.pop(1, 2))
attempt("l.insert(1)", lambda: l.insert(1))
attempt("iter(l).__next__(0)", lambda: iter(l).__next__(0))
attempt("list(5)", lambda: list(5))
attempt("list(a=1)", lambda: list(a=1))
attempt("[*5]", lambda: [*5])
attempt("[*None]", lambda: [*None])
def f():
    a, b = [1, 2, 3]
attempt("a, b = [1, 2, 3]", f)
def g():
    a, b, c = [1]
attempt("a, b, c = [1]", g)
def h():
    [a, *b, c] = [1]
attempt("[a, *b, c] = [1]", h)
def k():
    x = [1, 2]
    for v in x:
        x.remove(v)
    return x
attempt("remove while iterating", k)
def m():
    x = [1, 2]
    it = iter(x)
    next(it)
    x.clear()
    return list(it)
attempt("clear after iter", m)
