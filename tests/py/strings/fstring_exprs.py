# f-strings: evaluation order, scoping, side effects, debugging form with whitespace.

log = []
def note(x):
    log.append(x)
    return x

print(f"{note(1)}{note(2)}{note(3)}", log)
log.clear()
print(f"{note('a')!r:>{note(5)}}", log)

def outer():
    v = "closure"
    def inner():
        return f"{v} inside"
    return inner()
print(outer())

class K:
    attr = "class attr"
    print(f"in class body: {attr}")
    def m(self):
        return f"{self.attr} via self"
print(K().m())

print([f"{i}:{i * i}" for i in range(5)])
print({f"k{i}": f"{i:03}" for i in range(3)})
g = (f"<{c}>" for c in "xyz")
print("".join(g))

a, b = 3, 4
print(f"{a}+{b}={a + b}", f"{a if a > b else b}", f"{(a, b)}", f"{a, b}", f"{[a, b][1]}")
print(f"{a!r:>4}{b!s:<4}|", f"{'x'!a}", f"{(lambda: 'lam')()}")
print(f"{a = }", f"{a=}", f"{a+b=}", f"{a + b = }", f"{ a = }", f"{a = !r}", f"{a = :>4}|")
s = "str"
print(f"{s=}", f"{s = !s}", f"{s=:>6}", f"{s = !a:>8}")
print(f"{(a := 10)}", a)
print(f"{a:=^9}")
print(f"{'{'}{'}'}", f"{{{a}}}", f"{{{{a}}}}")
print(f"{ {'k': 1}['k'] }", f"{ {1, 2} == {2, 1} }")
print(f"{3 if True else 4}", f"{not a}", f"{a > 5 and 'big'}", f"{-a:+}", f"{~a}")
print(f"{sorted('cba')}", f"{''.join(sorted('cba'))}", f"{'a,b'.split(',')}")
print(f"{'%d' % 5}", f"{'{}'.format(6)}", f"{format(7, '03')}")
multi = f"""a={
a
} b={
    b}"""
print(multi)
print(f"{1_000:,}", f"{0x10}", f"{1e3:g}", f"{.5:.0%}")
print(f"{print.__name__}", f"{len.__name__!r}")
i = 0
parts = []
while i < 3:
    parts.append(f"iter{i}")
    i += 1
print(parts)
x = 1.5
print(f"{x:.{1 + 1}f}", f"{x:{'<'}{8}}|", f"{x:{'>'}{8}.{3}}|")

try:
    f"{undefined_name}"
except NameError as e:
    print(type(e).__name__, e)
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    f"{a:d}" if False else f"{x:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'abc':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{object():abc}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{a:{'x' * 2}}"
except ValueError as e:
    print(type(e).__name__, e)
