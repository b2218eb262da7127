# Arbitrary-precision integer arithmetic on large values.

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
f100 = fact(100)
print("50! =", f50)
print("100! =", f100)
print("100! // 50! =", f100 // f50)
print("100! % (2**61 - 1) =", f100 % (2**61 - 1))
print("digits in 100!:", len(str(f100)))
print("trailing zeros in 100!:", len(str(f100)) - len(str(f100).rstrip("0")))

# Fibonacci numbers
a, b = 0, 1
for i in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print("fib(300) % 10**9 =", a % 10**9)

# Powers of 2 and 10 across word boundaries
for k in (30, 31, 32, 33, 62, 63, 64, 65, 127, 128, 129, 255, 256):
    print(k, 2**k, -(2**k), 2**k - 1)

# Division of large values
n = 3**200
d = 7**50
print("3**200 // 7**50 =", n // d)
print("3**200 % 7**50 =", n % d)
print("-3**200 // 7**50 =", -n // d)
print("-3**200 % 7**50 =", -n % d)
q, r = divmod(n, -d)
print("divmod(3**200, -7**50) =", q, r)
print("check:", q * -d + r == n)

# Multiplication of big numbers in both signs
x = 12345678901234567890123456789
y = -98765432109876543210987654321
print(x * y)
print(x * x)
print(y * y)
print((x + y) * (x - y) == x * x - y * y)

# Comparison of big ints
print(10**40 > 10**39, -(10**40) < -(10**39), 10**40 == 10**40, 2**100 != 2**100 + 1)
print(max(10**30, 10**30 + 1, 9 * 10**29), min(-(10**30), -(10**30) + 1))

# Integer square root by Newton's method (pure ints)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for v in (0, 1, 2, 15, 16, 17, 10**40, 10**41, 2**127 - 1):
    s = isqrt(v)
    print(f"isqrt({v}) = {s}", s * s <= v < (s + 1) * (s + 1))

# True division of big ints is correctly rounded
print(10**30 / 10**10)
print((2**200 + 1) / 2**100)
print(10**400 // 10**399, 10**400 / 10**399)
try:
    print(10**400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10**400))
except OverflowError as e:
    print(type(e).__name__, e)
print(1 / 10**400)
print(-1 / 10**400)
