# Comprehension scoping.

x = "outer"
result = [x for x in range(3)]
print(result, x)

# dict/set comprehensions and generator expressions also isolate
y = "outer y"
d = {y: y for y in "ab"}
s = {y for y in "cd"}
g = list(y for y in "ef")
print(sorted(d.items()), sorted(s), g, y)

# comprehension can read enclosing function locals
def func():
    factor = 3
    return [v * factor for v in range(3)]
print(func())

# walrus binds in the containing scope
values = [1, 5, 2, 8, 3]
big = [last := v for v in values if v > 2]
print(big, last)

def walrus_in_func():
    [total := i for i in range(4)]
    return total
print(walrus_in_func())

# walrus cannot rebind the comprehension iteration variable
try:
    compile("[i := 0 for i in range(3)]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# walrus inside comprehension in class body is not allowed
try:
    compile("class C:\n    [z := 1 for _ in range(1)]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# nested comprehensions: inner sees outer's variable
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])

# the first iterable is evaluated in the enclosing scope, immediately
def first_iter():
    data = [1, 2]
    gen = (d * 10 for d in data)
    data = [100]
    return list(gen)
print(first_iter())

# inner iterables evaluated lazily in the comprehension scope
def inner_iter():
    data = [1, 2]
    gen = (a + b for a in [0] for b in data)
    data = [100]
    return list(gen)
print(inner_iter())

# closures created in comprehensions capture the comprehension's variable cell
fs = [lambda: n for n in range(3)]
print([f() for f in fs])

# comprehension does not see class variables (except first iterable)
class K:
    items = [1, 2]
    mult = 10
    first_ok = [i for i in items]
    try:
        uses_mult = [i * mult for i in items]
    except NameError as e:
        uses_mult = str(e)
print(K.first_ok, K.uses_mult)

# comprehension variable does not overwrite a global
for_name = "untouched"
[for_name for for_name in range(2)]
print(for_name)

# names assigned in a comprehension's condition are not allowed except walrus
print([v for v in range(10) if (sq := v * v) > 20][:3], sq)

# comprehension referencing a later-defined function works at call time
def later():
    return [helper(i) for i in range(2)]
def helper(i):
    return i + 100
print(later())

# the comprehension variable is visible to nested lambdas but not after the comprehension
print([(lambda: z * 2)() for z in [1, 2]], "z" in globals())

# comprehension within a lambda within a comprehension
fs = [lambda m=m: [m * k for k in range(3)] for m in range(1, 3)]
print([f() for f in fs])

# exception variable name in comprehension is separate
e = "outer e"
try:
    [1 / z for z in [0]]
except ZeroDivisionError as err:
    print(type(err).__name__, e)

# async-free nested generator scopes
gen = ((i, j) for i in range(2) for j in range(i + 1))
print(list(gen))
