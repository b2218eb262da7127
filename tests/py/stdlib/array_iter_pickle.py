# array: its iterator and reversed() pickle and resume where they were (CPython's
# (iter, (array,), index) form), an exhausted iterator lets go of its array, and the
# methods that take no arguments refuse some
import array
import pickle

orig = array.array("i", [1, 2, 3, 4])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(orig)
    next(it)
    it2, a = pickle.loads(pickle.dumps((it, orig), proto))
    a.fromlist([9, 8])
    print(proto, type(it2).__name__, list(it2), list(a))
    rev = reversed(orig)
    next(rev)
    rev2, a = pickle.loads(pickle.dumps((rev, orig), proto))
    a.insert(0, 7)
    print(proto, type(rev2).__name__, list(rev2), list(a))
    for done in (iter(orig), reversed(orig)):
        list(done)
        print(type(pickle.loads(pickle.dumps(done, proto))).__name__, list(pickle.loads(pickle.dumps(done, proto))))

it = iter(orig)
print(it.__reduce__()[1:], it.__setstate__(-5), next(it), it.__setstate__(99), list(it))
rev = reversed(orig)
print(rev.__reduce__()[1:], rev.__setstate__(99), next(rev), rev.__setstate__(-7), list(rev))
lit = iter([10, 20, 30])
next(lit)
print(lit.__reduce__()[1:], list(pickle.loads(pickle.dumps(lit))), list(lit))
tit = iter((1, 2))
lit.__setstate__(0)
print(tit.__reduce__()[1:], list(lit))

deleted = []


class A(array.array):
    def __del__(self):
        deleted.append(True)
        try:
            next(it)
        except StopIteration:
            print("StopIteration inside __del__")


for make in (iter, reversed):
    deleted.clear()
    it = make(A("b", [1]))
    print(next(it), end=" ")
    try:
        next(it)
    except StopIteration:
        print("stopped", deleted)

a = array.array("d", [1.5, 2.5])
for name in ("buffer_info", "byteswap", "reverse", "tobytes", "tolist"):
    try:
        getattr(a, name)(42)
    except TypeError as e:
        print(name, "TypeError", e)
print(a.tolist(), a.tobytes()[:3], len(a.buffer_info()))
try:
    array.array("u", "ab").tounicode(1)
except TypeError as e:
    print("TypeError", e)

# reversed at its last item keeps its array until next() fails: it pickles as used up
rev = reversed(orig)
for _ in range(len(orig)):
    next(rev)
rev2, a = pickle.loads(pickle.dumps((rev, orig)))
a.insert(0, 0)
print(type(rev2).__name__, list(rev2), list(a))
