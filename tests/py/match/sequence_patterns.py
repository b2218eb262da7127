# Sequence patterns, including star patterns.

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one: %r" % (a,)
        case [a, b]:
            return "two: %r %r" % (a, b)
        case [a, b, *rest]:
            return "many: %r %r rest=%r" % (a, b, rest)
        case _:
            return "not a sequence"

for v in ([], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", {1, 2}, {"a": 1}, 5, iter([1])):
    print(type(v).__name__, "->", seq(v))

# star in the middle and at the start
def ends(x):
    match x:
        case [first, *middle, last]:
            return first, middle, last
        case _:
            return None
print(ends([1, 2, 3, 4, 5]), ends([1, 2]), ends([1]))

def tail(x):
    match x:
        case [*init, "end"]:
            return "ends with 'end' after %r" % (init,)
        case [*_, last]:
            return "last is %r" % (last,)
    return "empty"
print(tail(["a", "b", "end"]), tail(["end"]), tail([1, 2, 3]), tail([]))

# star wildcard does not bind
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")

# star capture is always a list
match (1, 2, 3):
    case (x, *ys):
        print(x, ys, type(ys).__name__)

# nested sequence patterns
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return "2x2 matrix", a + d, b + c
        case [(x1, y1), (x2, y2), *more]:
            return "points", (x2 - x1, y2 - y1), len(more)
    return "other"
print(nested([[1, 2], [3, 4]]))
print(nested([(0, 0), (3, 4), (5, 5), (6, 6)]))

# parentheses and brackets are equivalent in patterns
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches list")
match (1, 2):
    case [1, 2]:
        print("list pattern matches tuple")

# length mismatch
match [1, 2, 3]:
    case [a, b]:
        print("wrong")
    case [a, b, c, d, *e]:
        print("wrong")
    case _:
        print("length mismatch handled")

# literal elements
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item]:
            return "picking up " + item
        case ["drop", *items] if items:
            return "dropping " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return "unknown verb " + verb
print(command("go north"))
print(command("pick up lamp"))
print(command("drop sword shield"))
print(command("drop"))
print(command("exit"))
print(command(""))
print(command("dance wildly"))

# multiple stars are an error
try:
    compile("match x:\n    case [*a, *b]:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# sequence pattern with star on a long sequence
match list(range(100)):
    case [0, 1, *mid, 98, 99]:
        print(len(mid), mid[:3], mid[-3:])

# a custom Sequence? only registered sequences (list, tuple, range, ...) match; a class with __getitem__ does not
class Seqish:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
match Seqish():
    case [a, b]:
        print("matched custom", a, b)
    case _:
        print("custom __getitem__ class is not a sequence for match")

# subclasses of list/tuple match
class MyList(list):
    pass
match MyList([7, 8]):
    case [a, b]:
        print("list subclass", a, b)

# bytearray and memoryview are not sequences for matching? bytearray isn't; memoryview is
for obj in (bytearray(b"ab"), memoryview(b"ab")):
    match obj:
        case [a, b]:
            print(type(obj).__name__, "matched", a, b)
        case _:
            print(type(obj).__name__, "did not match")
