# List and tuple items at small-int indexes, read and stored inline by generated code, and
# everything next to them that must still take the general path: negative and out-of-range
# indexes, bools, big ints, subclasses, other containers, stores to tuples, release order.


def load_all(seq, idxs):
    out = []
    for i in idxs:
        try:
            out.append(seq[i])
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def store_all(seq, idxs, v):
    out = []
    for i in idxs:
        try:
            seq[i] = v
            out.append(list(seq) if not isinstance(seq, dict) else sorted(seq.items()))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


idxs = [0, 1, 2, -1, -3, -4, 3, 100, -100, True, False, 2**40, -(2**40), 1.0, "1", None]
for _ in range(3):
    print(load_all([10, 20, 30], idxs))
    print(load_all((10, 20, 30), idxs))
    print(load_all("abc", idxs))
    print(load_all(range(3), idxs))
    print(load_all([], [0, -1]))
    print(load_all((), [0, -1]))
    print(store_all([1, 2, 3], idxs, "x"))
    print(store_all((1, 2, 3), [0, -1, 5], "x"))
    print(store_all({}, [0, -1, True], "x"))
    print(store_all(bytearray(b"abc"), [0, -1, 3], 65))


class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)


class T(tuple):
    def __getitem__(self, i):
        return ("T", i)


class Plain(list):
    pass


for _ in range(3):
    print(load_all(L([1, 2]), [0, 1, -1, 5]))
    print(load_all(T((1, 2)), [0, 1, -1, 5]))
    print(load_all(Plain([1, 2]), [0, 1, -1, 5]))
    store_all(L([1, 2]), [0, -1], 9)
    print(store_all(Plain([1, 2]), [0, -1, 2], 9))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def replace(seq, i, v):
    seq[i] = v
    print("after store", i)


def take(seq, i):
    x = seq[i]
    print("took", x.name)
    return x


for round in range(2):
    s = [Noisy("a%d" % round), Noisy("b%d" % round)]
    replace(s, 0, Noisy("c%d" % round))
    replace(s, -1, 5)
    t = (Noisy("t%d" % round),)
    take(t, 0)
    take(t, -1)
    del t
    # The container itself released by the subscript (the last reference is on the stack).
    print(take([Noisy("only%d" % round)], 0).name)
    print([Noisy("gone%d" % round), 1][1])
    del s


def matrix(n):
    m = [[i * n + j for j in range(n)] for i in range(n)]
    total = 0
    for i in range(n):
        row = m[i]
        for j in range(n):
            total += row[j] * m[j][i]
            row[j] = -row[j]
    return total, m[n - 1][n - 1], m[-1][-n]


for n in range(1, 6):
    print(matrix(n))


def mutate_while_reading(seq):
    out = []
    i = 0
    while i < len(seq) + 1:
        try:
            out.append(seq[i])
        except IndexError as e:
            out.append(str(e))
        if i == 1:
            seq.pop()
        i += 1
    return out


print(mutate_while_reading([1, 2, 3, 4]))
print(mutate_while_reading([1, 2]))


def small_int_edges(seq):
    return [seq[(1 << 30) - 1] if len(seq) > (1 << 30) else "no", seq[-len(seq)]]


print(small_int_edges([7, 8, 9]))
try:
    [1][-(1 << 30)]
except IndexError as e:
    print("IndexError", e)
try:
    (1,)[(1 << 30) - 1]
except IndexError as e:
    print("IndexError", e)
