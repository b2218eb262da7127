# The JIT's CALL appends to a list itself for `lst.append(x)` and `list.append(lst, x)`
# (list subclasses too); wrong receivers and argument counts, keywords and overridden
# appends raise or run as in CPython.


class Sub(list):
    pass


class Own(list):
    def append(self, x):
        super().append(("own", x))


def fill(target, n):
    for i in range(n):
        target.append(i)
        list.append(target, -i)
    return target


for _ in range(40):
    a, b, c = fill([], 3), fill(Sub(), 2), fill(Own(), 2)
print(a, b, type(b).__name__, c)


def bad(f):
    out = []
    for _ in range(30):
        try:
            f()
            out.append("ok")
        except TypeError as e:
            out.append(str(e))
    return out[-1]


lst = []
print(bad(lambda: list.append((), 1)))
print(bad(lambda: list.append(lst)))
print(bad(lambda: lst.append(1, 2)))
print(bad(lambda: lst.append(x=1)))
print(bad(lambda: list.append(Sub(), 5)), len(lst))


def grow(n):
    out = []
    for i in range(n):
        out.append([i] * 2)
    return out


for _ in range(30):
    g = grow(50)
print(len(g), g[-1], sum(len(x) for x in g))
