# Matrix operations implemented with lists: multiply, transpose, determinant, inverse (fractions by hand).

class Frac:
    """Minimal exact rational numbers."""
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = self._gcd(abs(num), den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)
    def __add__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __eq__(self, o):
        o = Frac.of(o)
        return self.num == o.num and self.den == o.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __repr__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.m for r in self.rows):
            raise ValueError("ragged matrix")
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __repr__(self):
        width = max(len(repr(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(repr(v).rjust(width) for v in r) + "]" for r in self.rows)
    def __eq__(self, o):
        return self.rows == o.rows
    def __add__(self, o):
        if (self.n, self.m) != (o.n, o.m):
            raise ValueError("shape mismatch %dx%d vs %dx%d" % (self.n, self.m, o.n, o.m))
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), 0) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[k * v for v in r] for r in self.rows])
    __rmul__ = __mul__
    def T(self):
        return Matrix(zip(*self.rows))
    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [[Frac.of(v) for v in r] for r in self.rows]
        n, det = self.n, Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det
    def inverse(self):
        n = self.n
        aug = [[Frac.of(v) for v in r] + [Frac(1 if i == j else 0) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise ValueError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [v / p for v in aug[col]]
            for r in range(n):
                if r != col and aug[r][col] != 0:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B)
print(B @ A)
print(A + B)
print(2 * A)
print(A.T())
print("det A =", A.det())
C = Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 2]])
print("det C =", C.det())
Ci = C.inverse()
print(Ci)
print(C @ Ci == Matrix.identity(3))
print(Matrix([[1, 2, 3], [4, 5, 6]]) @ Matrix([[1], [0], [-1]]))
for bad in (lambda: A @ Matrix([[1, 2, 3]]), lambda: A + Matrix([[1]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2, 3]]).det()):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
H = Matrix([[Frac(1, i + j + 1) for j in range(3)] for i in range(3)])
print(H)
print("det H =", H.det())
print(H.inverse())
