# Deeply nested comprehensions and the order of loop clauses.

print([(a, b, c) for a in range(2) for b in range(2) for c in range(2)])
print([(a, b) for a in range(4) if a % 2 for b in range(a) if b != 1])
print([[[k for k in range(j)] for j in range(i)] for i in range(4)])
print([x for row in [[1, [2, 3]], [4]] for x in row if isinstance(x, int)])
flat = [y for x in [[1, 2], [3, 4], [5]] for y in x]
print(flat)
print([[c for c in w] for w in ["ab", "", "cde"]])
print({w: {c: w.count(c) for c in w} for w in ["aab", "bcc"]})
print([(i, j) for i in range(3) for j in range(i, 3)])
print(sum(x * y for x in range(3) for y in range(3)))
print([[1 if r == c else 0 for c in range(4)] for r in range(4)])
print([pair for pair in ((x, y) for x in "ab" for y in "12")])
print([i for i in [j for j in [k for k in range(5)] if j % 2 == 0] if i > 0])
print(list(map(lambda row: [v * 2 for v in row], [[1, 2], [3]])))
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [grid[r][c] for c in range(3) for r in range(3)], [v for row in grid[::-1] for v in row[::-1]])
print({(r, c) for r in range(2) for c in range(2) if r <= c} == {(0, 0), (0, 1), (1, 1)})
order = []
def it(tag, n):
    order.append(tag)
    return range(n)
_ = [(a, b) for a in it("A", 2) for b in it("B", 2)]
print(order)
order.clear()
_ = [a for a in it("A", 3) if order.append(f"cond{a}") is None]
print(order)
cube = [[[x * y * z for z in range(1, 3)] for y in range(1, 3)] for x in range(1, 3)]
print(cube, cube[1][1][1])
words = ["alpha", "beta", "gamma"]
print([f"{w}:{i}" for i, w in enumerate(words) for _ in range(i)])
print([c for w in words for c in w if c in "aeiou"])
