# Generator expressions: laziness, single use, passing to functions, early exit, send/close.

g = (x * x for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()), min((x for x in [3, 1, 2]), default=0))
print(list(x for x in "abc"), tuple(x for x in range(3)), set(x % 2 for x in range(5)), dict((x, 1) for x in "ab"))
print("-".join(str(i) for i in range(4)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(sorted((x for x in [3, 1, 2]), reverse=True), list(reversed([x for x in range(3)])))
log = []
def src():
    for i in range(5):
        log.append(f"yield {i}")
        yield i
gen = (i * 10 for i in src())
print("created, log =", log)
print(next(gen), log)
print(next(gen), log)
for v in gen:
    if v >= 30:
        break
print("after break", log)
print(list(gen), log)
def first_match(it, pred):
    return next((x for x in it if pred(x)), None)
print(first_match(range(10), lambda x: x > 6), first_match([], bool), first_match("abc", str.isupper))
nested = ((x, y) for x in range(3) for y in range(x))
print(list(nested))
g2 = (x for x in range(3))
print(iter(g2) is g2, g2.__next__(), next(g2))
g2.close()
print(next(g2, "closed"))
g3 = (x for x in range(3))
print(g3.send(None), next(g3))
try:
    g3.send(5)
    print("send ok")
except Exception as e:
    print(type(e).__name__, e)
g4 = (1 / x for x in [1, 0, 2])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g4, "exhausted after error"))
g5 = (x for x in range(3))
try:
    g5.throw(ValueError("thrown in"))
except ValueError as e:
    print(type(e).__name__, e)
print(list(g5))
print(sum(x * y for x, y in zip([1, 2], [3, 4])), list(zip((i for i in "ab"), (j for j in range(5)))))
print(print.__name__ if (p for p in []) else "", bool(x for x in []), len(list(x for x in range(1000))))
big = (i for i in range(10**12))
print(next(big), next(big), sum(1 for _ in zip(big, range(100))))
gen_name = (x for x in [])
print(gen_name.__name__, gen_name.__qualname__)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    empty_gen = (x for x in [])
    empty_gen[0]
except TypeError as e:
    print(type(e).__name__, e)
