# The JIT's inline compares of strs (all six operators, fused with a jump or not), `not`
# and `and`/`or` on bools, None and small ints, and what they leave to the interpreter (str
# subclasses, mixed types, objects with __bool__ or __eq__, big ints).


class S(str):
    def __eq__(self, other):
        print("S.__eq__")
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("B.__bool__", self.v)
        return self.v


def table(a, b, n):
    rows = []
    for i in range(n):
        rows.append((a < b, a <= b, a == b, a != b, a > b, a >= b, not i, not a, not None, not (i > 1)))
        if a > b:
            rows.append("gt")
        if a == "x":
            rows.append("is x")
        if not (a <= b):
            rows.append("not le")
        rows.append(i > 1 and i < 3 or a)
        rows.append(i and a)
        rows.append(i or b)
        rows.append(0 or None)
        rows.append(None and 1)
        rows.append(a != b and i)
    return rows


long = "DHRYSTONE PROGRAM, 1'ST STRING"
for a, b in [("abc", "abd"), ("b", "a"), ("", ""), ("", "a"), ("é", "e"), ("ab", "abc"), ("x", "x"),
             (long, long.replace("1'ST", "2'ND")), (long, long[:8]), (long[:16], long[:16] + "\x00"),
             (long[:8] + "é", long[:8] + "z"), (long[:9] + "\U0001f600", long[:9] + "\uffff"),
             (long * 3, (long * 3)[:-1] + "H"), (long + "a", "".join(list(long)) + "a"),
             ("\U0001f600", "\uffff"), (1, 2), (2 ** 40, 2 ** 40), (1.5, 1), (True, False), (None, None)]:
    try:
        print(repr(a), repr(b), table(a, b, 4))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError:", e)

print(table(S("x"), "x", 2))
print(table("y", S("x"), 2))
for i in range(3):
    print(not B(i == 1), B(False) or 5, B(True) and 6)
