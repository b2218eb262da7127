# Comprehensions inside class bodies cannot see class-level names except in the first iterable.

class A:
    values = [1, 2, 3]
    factor = 10
    doubled = [v * 2 for v in values]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        scaled = f"{type(e).__name__}: {e}"
    pairs = [(v, w) for v in values for w in range(2)]
    try:
        cross = [(v, w) for v in values for w in values]
    except NameError as e:
        cross = f"{type(e).__name__}: {e}"
    firsts = {v: None for v in values}
    try:
        filtered = [v for v in range(5) if v in values]
    except NameError as e:
        filtered = f"{type(e).__name__}: {e}"
    gen_total = sum(v for v in values)
    lam = lambda self: factor if False else "lambda in class"
print(A.doubled)
print(A.scaled)
print(A.pairs)
print(A.cross)
print(A.firsts)
print(A.filtered)
print(A.gen_total)
print(A().lam())
factor = "module factor"
class B:
    factor = "class factor"
    seen = [factor for _ in range(1)]
print(B.seen)
class C:
    items = "abc"
    upper = [c.upper() for c in items]
    def method(self):
        return [c for c in self.items]
    @staticmethod
    def static():
        return [c for c in C.items]
print(C.upper, C().method(), C.static())
def make_class(local_value):
    class Inner:
        captured = [local_value + i for i in range(2)]
        name_in_body = local_value
        from_body = [name_in_body for _ in range(1)] if False else None
    return Inner
K = make_class(100)
print(K.captured, K.name_in_body, K.from_body)
class D:
    x = 5
    y = [x for _ in range(1)] if False else None
    try:
        z = [x for _ in range(1)]
    except NameError as e:
        z = str(e)
print(D.z)
class E:
    base = [1, 2]
    nested = [[b * i for i in range(2)] for b in base]
print(E.nested)
class F:
    names = ["a", "b"]
    mapping = dict((n, len(n)) for n in names)
    lst = list(map(lambda n: n * 2, names))
print(F.mapping, F.lst)
class G:
    limit = 3
    try:
        under = [n for n in range(10) if n < limit]
    except NameError as e:
        under = f"{type(e).__name__}: {e}"
    over = [n for n in range(limit)]
    keys = {k: limit for k in range(1)} if False else None
print(G.under, G.over)
class H:
    a = 1
    b = [a for a in range(3)]
print(H.a, H.b)
class Nested:
    base = "ab"
    table = [[c + str(i) for i in range(2)] for c in base]
    try:
        cross = [[c + d for d in base] for c in base]
    except NameError as e:
        cross = f"{type(e).__name__}: {e}"
print(Nested.table, Nested.cross)
class UsesGlobal:
    vals = [factor for _ in range(2)]
print(UsesGlobal.vals)
class Comp2:
    items = [3, 1, 2]
    ordered = sorted(i for i in items)
    biggest = max(i for i in items)
print(Comp2.ordered, Comp2.biggest)
class Last:
    seq = (1, 2)
    as_set = {s for s in seq}
    as_dict = {s: s for s in seq}
print(Last.as_set, Last.as_dict)
