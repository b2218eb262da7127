# The JIT decides compares of two one-byte strs (ASCII characters) inline, and `==`/`!=` of
# strs of unequal byte lengths; everything else goes to the str helper or the interpreter:
# non-ASCII characters (two or more bytes), equal lengths, str subclasses, other types.
import sys

ONE = ["a", "b", "A", "z", "0", " ", "~", "\x00", "\x7f"]
WIDE = ["é", "ÿ", "€", "😀", "ab", "ba", "aa", "", "abc"]


def six(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)


def jumps(a, b):
    n = 0
    if a < b:
        n += 1
    if a <= b:
        n += 10
    if a == b:
        n += 100
    if a != b:
        n += 1000
    if a > b:
        n += 10000
    if a >= b:
        n += 100000
    return n


def table(values):
    rows = []
    for a in values:
        for b in values:
            rows.append((a, b, six(a, b), jumps(a, b)))
    return rows


for _ in range(60):
    t1 = table(ONE)
    t2 = table(WIDE)
    t3 = table(ONE[:3] + WIDE[:3])
print(t1[:12])
print(sum(r[3] for r in t1), sum(r[3] for r in t2), sum(r[3] for r in t3))
print([r for r in t3 if r[2][0]][:8])


class S(str):
    def __lt__(self, other):
        return "S.__lt__"

    def __eq__(self, other):
        return "S.__eq__"

    __hash__ = str.__hash__


def mixed(a, b):
    out = []
    for _ in range(40):
        out.append(a == b)
        out.append(a != b)
        try:
            out.append(a < b)
        except TypeError as e:
            out.append(str(e))
    return out[-3:]


print(mixed(S("a"), "a"), mixed("a", S("b")), mixed("a", 1), mixed(1.5, "a"), mixed("a", None))


# The compared strs are dropped once each: made here, they die when the compare is done.
def fresh(n):
    same = 0
    for i in range(n):
        c = chr(65 + i % 26)
        d = "".join(["x", c])[1:]
        if c == d:
            same += 1
        if d < "M":
            same += 100
        # Against a small-int constant: no inline str path, the helper says "not a str".
        if d == 7 or d != 7:
            same += 10000
    return same


print(fresh(500))
x = "".join(["q", "r"])[:1]
before = sys.getrefcount(x)
for _ in range(300):
    six(x, "q")
    six("q", x)
    jumps(x, x)
print(sys.getrefcount(x) == before)
