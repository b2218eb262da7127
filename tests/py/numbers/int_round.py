# round() on ints: no ndigits returns the same int; negative ndigits rounds half to even.

for v in (0, 5, -5, 12345, -12345):
    r = round(v)
    print(v, r, type(r).__name__)

for v in [15, 25, 35, 45, -15, -25, 150, 250, 1234, 1250, 1350, 1249, 1251, -1250, -1350,
          5, 4, 6, 10**20 + 5 * 10**19, 10**20 + 15 * 10**18]:
    for nd in (-1, -2, -3, 0, 1, 2):
        r = round(v, nd)
        print(f"round({v}, {nd}) = {r!r} {type(r).__name__}")

print(round(5, -100), round(10**50, -49), round(15 * 10**48, -49), round(25 * 10**48, -49))
print(round(True), type(round(True)).__name__, round(True, -1), round(True, 2))

class R:
    def __round__(self, nd=None):
        return f"R.__round__({nd!r})"
print(round(R()))
print(round(R(), 3))
print(round(R(), None))

for args in [(1, 1.5), (1, "2"), ("1",), (None,)]:
    try:
        round(*args)
    except TypeError as e:
        print(args, "->", type(e).__name__ + ":", e)
