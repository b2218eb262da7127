# `for` loops in hot code: the JIT steps range and list iterators itself and leaves every other
# iterator (generators, dicts, tuples, user iterators) to the interpreter; exhaustion, break,
# else, lists that grow or shrink while iterated and iterators shared between loops must
# behave as in CPython.


def sums(n):
    total = 0
    for i in range(n):
        for j in range(i % 7, 20, 3):
            total += i ^ j
    return total


print(sums(300))


def over(iterable):
    out = []
    for x in iterable:
        out.append(x)
    return out


def gen(n):
    yield from range(n)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


for _ in range(100):
    r = [over(range(5)), over([1, 2, 3]), over((4, 5)), over(gen(3)), over({"a": 1, "b": 2}), over(Countdown(3)), over("xy")]
print(r)
print(over(range(-5, 5, 3)), over(range(10, 0, -4)), over(range(0)), over(range(2**40, 2**40 + 3)))


def growing(n):
    lst = [0]
    for x in lst:
        if x < n:
            lst.append(x + 1)
    return len(lst)


def shrinking(lst):
    seen = []
    for x in lst:
        seen.append(x)
        if lst:
            lst.pop()
    return seen


print(growing(500), shrinking(list(range(10))))


def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            break
    else:
        return -1
    return i


print([find(list(range(50)), t) for t in (0, 25, 49, 50)] * 1)
for _ in range(300):
    k = find(list(range(20)), 13)
print(k)


def shared(n):
    it = iter(range(n))
    pairs = []
    for a in it:
        for b in it:
            pairs.append((a, b))
            break
    return pairs[-3:], list(it)


print(shared(301))


def exhausted_twice():
    it = iter([1, 2, 3])
    first = [x for x in it]
    second = []
    for x in it:
        second.append(x)
    return first, second


for _ in range(200):
    e = exhausted_twice()
print(e)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def consume(n):
    for i in range(n):
        for item in [Noisy(i)] if i >= n - 2 else []:
            print("got", item.name)
        print("after", i) if i >= n - 2 else None


consume(300)
print("done")
