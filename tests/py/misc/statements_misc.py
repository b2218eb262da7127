# pass, semicolons, line continuations, empty bodies, and other small statements.

def nothing():
    pass
print(nothing())

class Empty:
    pass
print(type(Empty()).__name__)

for i in range(3):
    pass
print("loop with pass finished, i =", i)

if True:
    pass
else:
    pass

while False:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

# ellipsis as a placeholder body
def todo():
    ...
print(todo())

# semicolons
a = 1; b = 2; c = a + b
print(a, b, c); print("same line")

# compound statement on one line
if c > 2: print("one-line if")
for j in range(2): print("one-line for", j)
while c > 2: c -= 1; print("one-line while body, c =", c)

# backslash line continuation
total = 1 + \
        2 + \
        3
print(total)

# implicit continuation inside brackets
values = [
    1,
    2,   # a comment inside
    3,
]
print(values)
result = (1
          + 2
          * 3)
print(result)
text = ("implicitly "
        "joined "
        'strings')
print(text)

# chained assignment
x = y = z = []
x.append(1)
print(x, y, z, x is z)

# augmented assignment operators on ints
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)

# multiple assignment evaluation order: right side first, then targets left to right
order = []
class Rec:
    def __setitem__(self, k, v):
        order.append(("set", k, v))
r = Rec()
def val(v):
    order.append(("eval", v))
    return v
r[val("k1")], r[val("k2")] = val(1), val(2)
print(order)

# assignment to a subscript and attribute in a chain
class Box:
    pass
box = Box()
lst = [0, 0]
box.v = lst[0] = lst[1] = 7
print(box.v, lst)

# `global` at module level is allowed and has no effect
global module_level_global
module_level_global = "ok"
print(module_level_global)

# comments and blank lines do not matter


# (two blank lines above)
print("end of statements test")

# nested functions with only docstrings
def only_doc():
    "A function whose body is just a docstring."
print(only_doc(), only_doc.__doc__)

# the `del`/`pass`/`return` inside lambdas are not allowed (lambda takes expressions)
for src in ("lambda: pass", "lambda: return 1", "f = lambda: (yield)"):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# integer literal forms
print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff, 1e3, 1_0.5, 0j, 10j)
print(type(1_000).__name__, type(1e3).__name__)
for bad in ("1__0", "0b2", "09", "1_"):
    try:
        compile(bad, "<s>", "eval")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
