# break/continue in nested loops, flags, and loop-exit patterns.

# break only exits the innermost loop
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print("i=%d j=%d" % (i, j))

# continue in the inner loop
for i in range(2):
    for j in range(4):
        if j % 2:
            continue
        print("even j", i, j)

# exiting both loops with a flag
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)

# exiting both loops with for-else
for i in range(5):
    for j in range(5):
        if i + j == 7:
            break
    else:
        continue
    break
print("pair summing to 7:", i, j)

# exiting via function return
def search(grid, target):
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value == target:
                return r, c
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 10))

# exiting via exception
class Found(Exception):
    pass
try:
    for r in grid:
        for v in r:
            if v > 4:
                raise Found(v)
except Found as e:
    print("first > 4:", e.args[0])

# while inside for, with break/continue
for start in (1, 7, 10):
    n = start
    steps = 0
    while n != 1:
        if steps > 20:
            print(start, "too many steps")
            break
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    else:
        print(start, "reached 1 in", steps, "steps")

# three levels
count = 0
for a in range(3):
    for b in range(3):
        if b > a:
            continue
        for c in range(3):
            if c > b:
                break
            count += 1
print("triples a>=b>=c:", count)

# modifying the loop variable doesn't affect iteration
for i in range(3):
    print("i before", i)
    i = 100
print("after loop i =", i)

# loop over a list while appending (bounded)
items = [1, 2, 3]
for x in items:
    if x < 3 and len(items) < 6:
        items.append(x * 10)
print(items)

# while with complex condition and break/continue
n = 0
results = []
while True:
    n += 1
    if n > 20:
        break
    if n % 3 == 0:
        continue
    if n % 7 == 0:
        results.append("seven:%d" % n)
        continue
    results.append(n)
print(results)

# continue in finally-free try inside a loop
vals = []
for s in ["1", "x", "3", "", "5"]:
    try:
        v = int(s)
    except ValueError:
        continue
    vals.append(v)
print(vals)

# nested comprehension vs explicit loops give the same result
explicit = []
for i in range(4):
    for j in range(i):
        explicit.append((i, j))
print(explicit == [(i, j) for i in range(4) for j in range(i)])
