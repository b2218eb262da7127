# List slicing and slice assignment on exact lists, subclasses, and with bounds whose
# __index__ runs Python code (which may change the list while it is sliced).
import sys


class Shrink:
    def __init__(self, lst, value):
        self.lst, self.value = lst, value

    def __index__(self):
        del self.lst[2:]
        return self.value


class L(list):
    def __getitem__(self, k):
        return ("L", list.__getitem__(self, k))


def main():
    xs = list(range(10))
    print(xs[:], xs[2:5], xs[::-1], xs[8:2:-2], xs[-3:], xs[:-7], xs[::4], xs[5:5], xs[20:], xs[::-20])
    print(xs[True:], xs[:False], xs[1:sys.maxsize], xs[-sys.maxsize:2], xs[:: sys.maxsize], xs[::-sys.maxsize])
    ys = list(range(10))
    print(ys[Shrink(ys, 1):8], ys)
    zs = list(range(10))
    print(zs[0:Shrink(zs, 9)], zs)
    try:
        xs[::0]
    except ValueError as e:
        print("ValueError", e)
    try:
        xs["a":]
    except TypeError as e:
        print("TypeError", e)
    for k in [1.5, "x", None, (1,)]:
        try:
            xs[k]
        except TypeError as e:
            print("TypeError", e)
    print(L([1, 2, 3])[1:], L([1, 2, 3])[0])
    a = list(range(8))
    a[2:4] = a[3:1:-1]
    a[:3] = "xyz"
    a[5:] = []
    a[1:1] = [9, 9]
    print(a)
    b = list(range(6))
    b[::2] = [0, 0, 0]
    try:
        b[::2] = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        b[1:2] = 5
    except TypeError as e:
        print("TypeError", e)
    b[:] = b
    print(b, b[:] is b, b[:] == b)
    perm = list(range(9))
    flips = 0
    k = 4
    for _ in range(300):
        perm[: k + 1] = perm[k::-1]
        k = (perm[0] + 3) % 9
        flips += 1
    print(perm, flips)
    t = tuple(range(5))
    print(t[:] is t, t[1:3], t[::-1])
    # Indexing a list subclass (no fast path): the index first, then the list as it is.
    class Coll(list):
        pass

    c = Coll(range(10))
    print(c[0], c[-1], c[True], c[3])
    for key in (10, -11, 2**70, "1", 1.0, None):
        try:
            print(c[key])
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)

    class Cutter:
        def __index__(self):
            del c[2:]
            return 5

    try:
        print(c[Cutter()])
    except IndexError as e:
        print("IndexError", e, c)
    c.extend([7, 8, 9])

    class Grower:
        def __index__(self):
            c.append(99)
            return -1

    print(c[Grower()], c)

    # Assignment and deletion: the index first, then the bounds of the list as it is then.
    for target in (list(range(6)), Coll(range(6))):
        class Cut:
            def __index__(self):
                del target[1:]
                return 3

        for action in ("set", "del"):
            target[:] = range(6)
            try:
                if action == "set":
                    target[Cut()] = "x"
                else:
                    del target[Cut()]
            except IndexError as e:
                print(action, type(target).__name__, "IndexError", e, target)


main()
