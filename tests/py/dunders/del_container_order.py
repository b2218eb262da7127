# The order in which __del__ runs when a container releases its items: lists and tuples from
# the last item to the first (list_dealloc, tupledealloc, list.clear), dicts and sets in
# their own orders, nested containers depth first.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def items(prefix, n):
    return [D(f"{prefix}{i}") for i in range(n)]


x = items("list", 4)
del x
print("--")
t = tuple(items("tuple", 3))
del t
print("--")
x = items("clear", 3)
x.clear()
print("cleared")
print("--")
x = items("slice", 5)
del x[1:3]
print("sliced")
x[:] = []
print("emptied")
print("--")
d = {i: D(f"dict{i}") for i in range(3)}
del d
print("--")
nested = [items("a", 2), (D("t0"), D("t1")), D("last")]
del nested
print("--")


def scope():
    local = items("local", 2)
    return len(local)


print(scope())
print("end")
