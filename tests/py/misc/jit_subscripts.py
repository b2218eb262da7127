# Subscript loads and stores in hot loops, where the JIT calls the interpreter's list, tuple
# and str index fast paths: every other case (negative and out-of-range indices, dicts,
# subclasses with their own __getitem__/__setitem__, big ints, slices) must take the generic
# path with the same results, errors and finalizer order.


def total(seq, n):
    i = 0
    s = 0
    while i < n:
        s = s + seq[i % len(seq)] * 1 if not isinstance(seq, str) else s + ord(seq[i % len(seq)])
        i += 1
    return s


def grid_walk(g, n):
    i = 0
    while i < n:
        g[i % 5][(i * 3) % 5] = g[(i + 1) % 5][i % 5] + 1
        i += 1
    return g


print(total([1, 2, 3], 400))
print(total((4, 5, 6, 7), 400))
print(total("abc", 400))
print(total(range(9), 400))
g = [[0] * 5 for _ in range(5)]
print(grid_walk(g, 400))


def mixed(keys, container, n):
    out = []
    i = 0
    while i < n:
        k = keys[i % len(keys)]
        try:
            out.append(container[k])
        except (IndexError, KeyError, TypeError) as e:
            out.append(type(e).__name__)
        i += 1
    return out[-len(keys):]


lst = [10, 20, 30]
print(mixed([0, -1, -3, 2, 3, -4, 1 << 40, True], lst, 300))
print(mixed([0, 1, "a", 2], {0: "zero", 1: "one", "a": "A"}, 300))
print(mixed([0, slice(1, None), -1], lst, 300))
print(mixed([0, 1, 2], "héllo", 300))


class Doubling(list):
    def __getitem__(self, i):
        return 2 * super().__getitem__(i)

    def __setitem__(self, i, v):
        super().__setitem__(i, v + 100)


def store_loop(target, n):
    i = 0
    while i < n:
        target[i % 3] = i
        i += 1
    return target


print(store_loop([0, 0, 0], 300))
print(store_loop(Doubling([0, 0, 0]), 300), list(Doubling([1, 2])), Doubling([1, 2])[1])
print(store_loop({}, 300))
try:
    store_loop([0, 0], 300)
except IndexError as e:
    print("IndexError", e)
try:
    store_loop((0, 0, 0), 300)
except TypeError as e:
    print("TypeError", e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def replace_items(slots, n):
    i = 0
    while i < n:
        slots[i % 2] = Noisy(i) if i >= n - 4 else i
        print("stored", i) if i >= n - 4 else None
        i += 1


slots = [0, 0]
replace_items(slots, 300)
print("end", [s.name for s in slots])
del slots
print("done")
