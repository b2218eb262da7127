# yield from delegation.

def inner():
    yield "i1"
    yield "i2"

def outer():
    yield "o1"
    yield from inner()
    yield "o2"

print(list(outer()))

# yield from any iterable
def flatten_once(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from item
        else:
            yield item
print(list(flatten_once([1, [2, 3], (4,), "ab", [], 5])))

def from_various():
    yield from range(3)
    yield from "xy"
    yield from {"k": 1, "j": 2}
    yield from (i * 10 for i in range(2))
print(list(from_various()))

# recursive flatten using yield from
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5, [6]]]]], 7])))

# tree traversal
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
tree = Node("a", Node("b", Node("d"), Node("e")), Node("c", Node("f")))
print(list(tree.preorder()))
print(list(tree.postorder()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# interleaving trace
def sub(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield (name, i)
    print("  %s done" % name)
    return name + "-result"
def main():
    r1 = yield from sub("A", 2)
    print("  main got", r1)
    r2 = yield from sub("B", 1)
    print("  main got", r2)
for item in main():
    print("consumer got", item)

# yield from an exhausted generator yields nothing
used = inner()
list(used)
def reuse():
    yield from used
    yield "after"
print(list(reuse()))

# chain implementation
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "45", range(6, 8))))

# yield from itself would be "generator already executing"
def self_ref():
    yield from me
me = self_ref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# depth of nested delegation
def depth(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from depth(n - 1)
    yield "level %d" % n
    return r + 1
d = depth(4)
out = []
while True:
    try:
        out.append(next(d))
    except StopIteration as e:
        out.append(("returned", e.value))
        break
print(out)

# yield from with generator expression and its laziness
def lazy():
    print("  before yield from")
    yield from (print("  producing", i) or i for i in range(2))
    print("  after yield from")
print(list(lazy()))

# permutations via recursion + yield from
def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + p
print(["".join(p) for p in perms(list("abc"))])
