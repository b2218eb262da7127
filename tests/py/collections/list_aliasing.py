# Aliasing and copying: multiplication of nested lists, shallow copies, references.

grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid, grid[0] is grid[1])
row = [0, 0]
rows = [row, row]
rows[1][1] = 5
print(rows, row)
a = [1, [2, 3]]
b = a[:]
c = list(a)
d = a.copy()
a[0] = 99
a[1].append(4)
print(a, b, c, d, b[1] is a[1])
e = a
e.append("via e")
print(a, e is a)
f = a + []
print(f == a, f is a, f[1] is a[1])
m = [[]] * 2
m[0].append("x")
print(m)
m[0] = ["replaced"]
print(m)
x = [1, 2, 3]
y = x
x = x + [4]
print(x, y)
x = y
x += [4]
print(x, y)
t = ([1],)
try:
    t[0] += [2]
except TypeError as err:
    print(type(err).__name__, err)
print(t)

# nested structures: list of lists operations
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([r[1] for r in matrix], [[r[i] for r in matrix] for i in range(3)], list(zip(*matrix)))
print(sum(matrix, []), [v for r in matrix for v in r if v % 2], max(matrix, key=sum), sorted(matrix, reverse=True))
matrix[1][1] = 0
print(matrix, [len(r) for r in matrix], matrix[-1][-1], matrix[::-1][0])
copy2 = [r[:] for r in matrix]
copy2[0][0] = "c"
print(matrix[0], copy2[0])
flat = []
for r in matrix:
    flat.extend(r)
print(flat, flat.index(0), flat[::4])
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], str(deep), len(deep))
def depth(v):
    return 1 + max((depth(i) for i in v), default=0) if isinstance(v, list) else 0
print(depth(deep), depth([]), depth([[], [[]]]))
# Default-argument and closure aliasing of lists
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
funcs = []
shared = []
for i in range(3):
    funcs.append(lambda: shared)
shared.append("seen by all")
print([f() for f in funcs], funcs[0]() is funcs[2]())
row2 = [None] * 3
print([row2] * 2, [row2] * 2 == [[None] * 3] * 2)
