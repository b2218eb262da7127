# Indexing and slicing strings with positive/negative indices and steps.

s = "0123456789"
for i in (0, 1, 5, 9, -1, -5, -10):
    print("s[%d] =" % i, s[i])
for i in (10, -11, 100):
    try:
        s[i]
    except IndexError as e:
        print(f"s[{i}]", type(e).__name__, e)

cases = [(None, None, None), (2, None, None), (None, 3, None), (2, 7, None), (-3, None, None),
         (None, -3, None), (-7, -2, None), (7, 2, None), (None, None, 2), (None, None, 3),
         (1, None, 2), (None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -3), (2, 8, -1),
         (-1, -11, -1), (-1, -12, -1), (100, None, -1), (None, 100, None), (-100, 100, 4),
         (5, 5, None), (5, 6, None), (0, 0, -1), (None, -100, None), (3, None, -1), (-4, -1, 2)]
for a, b, c in cases:
    print(f"s[{'' if a is None else a}:{'' if b is None else b}:{'' if c is None else c}] = {s[a:b:c]!r}")

print(repr(s[::0] if False else "skip"))
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1:2.5]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True], s[2**100:], s[-2**100:3], s[::2**100], s[::-2**100])
u = "aé😀bñ\u0301c"
print(len(u), [u[i] for i in range(len(u))], u[::-1] == "".join(reversed(u)), u[1:4], u[::2])
print(s[slice(2, 5)], s[slice(None, None, -3)], s[slice(-2, None)])
try:
    s[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(""[:], ""[::-1], ""[5:10], repr(""[0:0]))
