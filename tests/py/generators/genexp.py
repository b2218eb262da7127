# Generator expressions.

g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

# as sole argument, parentheses can be omitted
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))
print("-".join(str(i) for i in range(5)))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(dict((k, len(k)) for k in ["aa", "b"]))
print(tuple(i for i in "ab"), set(i % 3 for i in range(10)) == {0, 1, 2})

# with extra arguments, parentheses are required
print(sorted((x for x in [3, 1, 2]), key=lambda v: -v))
try:
    compile("sorted(x for x in y, key=len)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# filtering and nested clauses
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((a, b) for a in range(3) for b in range(a)))
print(list(c.upper() for word in ["ab", "cd"] for c in word))

# laziness: elements computed on demand
def noisy(n):
    print("  computing", n)
    return n
lazy = (noisy(i) for i in range(3))
print("created")
print(next(lazy))
print("between")
print(list(lazy))

# the outermost iterable is evaluated immediately; inner ones lazily
def source(tag):
    print("  evaluating source", tag)
    return range(2)
gen = (a + b for a in source("outer") for b in source("inner"))
print("genexp created")
print(list(gen))

# errors in the outermost iterable are raised at creation
try:
    bad = (x for x in None)
except TypeError as e:
    print("at creation:", e)
# errors in conditions/inner iterables are raised when iterated
bad2 = (x for x in [1] for y in None)
print("created bad2")
try:
    list(bad2)
except TypeError as e:
    print("at iteration:", e)

# scope: loop variable doesn't leak
x = "outer x"
list(x for x in range(3))
print(x)

# the genexp captures variables by closure (late binding)
n = 10
g2 = (i + n for i in range(2))
n = 100
print(list(g2))

# outermost iterable bound early even if the name is rebound
items = [1, 2, 3]
g3 = (i for i in items)
items = ["changed"]
print(list(g3))

# genexp in class body can only see class variables through the outermost iterable
class C:
    base = [1, 2, 3]
    doubled = list(v * 2 for v in base)
    factor = 10
    try:
        scaled = list(v * factor for v in base)
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)

# generator expression methods
g4 = (i for i in range(3))
print(next(g4))
g4.close()
print(next(g4, "closed"))
g5 = (i for i in range(3))
try:
    g5.throw(ValueError("into genexp"))
except ValueError as e:
    print("throw:", e)
g6 = (i for i in range(3))
next(g6)
try:
    g6.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g6))

# chaining generator expressions
nums = range(1, 11)
evens = (n for n in nums if n % 2 == 0)
squares = (e * e for e in evens)
big = (s for s in squares if s > 10)
print(list(big))

# nested genexp
matrix = [[1, 2], [3, 4]]
print(list(list(v * 10 for v in row) for row in matrix))
print(sum(sum(row) for row in matrix))

# name of genexp
print((i for i in []).__name__)

# yield inside genexp is not allowed
try:
    compile("(yield x for x in y)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# walrus in genexp binds in enclosing scope
last = None
print(list((last := v) for v in "abc"), last)
