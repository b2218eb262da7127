# Concatenation, repetition and their errors; implicit literal concatenation.

a = "foo"
b = "bar"
print(a + b, b + a, a + "", "" + a, a + b + a)
print(a * 3, 3 * a, a * 0, a * -2, repr("" * 100), a * True, a * False)
print("ab" * 2**0, len("x" * 1000), ("ab" * 3).count("ab"))
c = a
c += b
print(c, a)
c *= 2
print(c)
print("implicit" " concatenation" ' works', "x" "" "y")
print(("multi"
       "line"
       " literal"))
parts = []
for i in range(10):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)

for expr in ["'a' + 1", "1 + 'a'", "'a' + None", "'a' + b'b'", "'a' + ['b']", "'a' * 'b'", "'a' * 1.5",
             "'a' * [2]", "[1] + 'a'", "'a' - 'a'", "'a' / 2", "-'a'", "'ab' * (2**63)", "'a' * None"]:
    try:
        eval(expr)
    except (TypeError, OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__ + ":", e)

class Idx:
    def __index__(self):
        return 2
print("ab" * Idx(), Idx() * "cd")

class RAdd:
    def __radd__(self, other):
        return f"RAdd.__radd__({other!r})"
    def __rmul__(self, other):
        return f"RAdd.__rmul__({other!r})"
print("x" + RAdd(), "y" * RAdd())
