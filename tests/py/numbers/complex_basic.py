# Complex numbers: construction, repr, attributes, arithmetic.

vals = [1j, 2 + 3j, -1.5j, complex(1, 2), complex(-0.0, 0.0), complex(), complex(3), complex(2.5),
        complex(0, -1), 1 + 0j, 0j, -0j, 1e20j, 1e-5 + 1e16j, complex(1, float("inf")),
        complex(float("nan"), 1), complex(float("-inf"), float("nan")), complex(-0.0, -0.0),
        complex(True, False), complex(1 + 2j), complex(1 + 2j, 1j), complex(1j, 1j), 3 - 0j, -(0j)]
for c in vals:
    print(repr(c), str(c), c.real, c.imag, c.conjugate())

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, a ** b, -a, +a, abs(a), abs(b))
print(a + 1, 1 + a, a * 2, 2 * a, a / 2, 2 / a, a - 1.5, 1.5 - a, a == 3 + 4j, a != 3 + 4j)
print(1j * 1j, 1j ** 2, 1j ** 3, (1j) ** 0, 0j ** 0, (-1) ** 0.5, (1 + 1j) ** 8)
print(a == 3, (3 + 0j) == 3, (3 + 0j) == 3.0, 1j == 1, complex(1) == True, hash(3 + 0j) == hash(3))
print(abs(3 + 4j), abs(-5j), abs(complex(float("inf"), float("nan"))), abs(0j))
print(bool(0j), bool(1j), bool(complex(0, 0.0)), bool(complex(-0.0, -0.0)))
print(type(1j).__name__, type(a.real).__name__, isinstance(1j, complex), (2j).imag)
print(a.__add__(1), a.__radd__(1), a.__mul__(1j), a.__truediv__(1j), a.__eq__(a))
print(pow(2j, 2), pow(2 + 0j, 3), pow(1j, -1), 2 ** 1j == complex(2) ** 1j)
c = 1 + 1j
c += 1
c *= 1j
c -= 2j
c /= 2
print(c)
print(complex(1e300, 1e300) * 2)
try:
    print(complex(1e308, 1e308) * complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print([1j, 2 + 0j], {"k": -1j}, (0.5 + 0.5j,))
print(repr(complex(0.1 + 0.2, 1 / 3)), complex(1, -0.0), complex(-1, -0.0))
