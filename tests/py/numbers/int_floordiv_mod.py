# Floor division and modulo follow the sign of the divisor; divmod agrees with both.

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3),
         (6, -3), (1, 10), (-1, 10), (1, -10), (-1, -10)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q == a // b and r == a % b and q * b + r == a
    print(f"{a:>3} // {b:>3} = {a // b:>3}   {a:>3} % {b:>3} = {a % b:>3}   divmod = {divmod(a, b)}")

# Big operands
big = 10**30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big), (-big, big),
             (3, big), (-3, big), (3, -big), (big, 10**15), (-big, 10**15 + 1)]:
    print(a, b, a // b, a % b, divmod(a, b))

# Results must satisfy the invariants for a range of values.
count = 0
for a in range(-12, 13):
    for b in range(-5, 6):
        if b == 0:
            continue
        q, r = a // b, a % b
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)) or abs(r) >= abs(b):
            print("bad", a, b, q, r)
        count += 1
print("checked", count, "pairs")

# True division between ints gives a float
for a, b in [(7, 2), (-7, 2), (1, 3), (10, 5), (-10, 4), (2**60, 2**58)]:
    print(f"{a} / {b} = {a / b!r}")

# Division by zero
for expr in ("1 // 0", "1 % 0", "divmod(1, 0)", "1 / 0", "0 // 0", "(-5) % 0", "10**40 // 0", "10**40 % 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", type(e).__name__ + ":", e)

# Augmented forms
x = -17
x //= 5
print("x //= 5 ->", x)
x %= 3
print("x %= 3 ->", x)
x = 17
x %= -5
print("17 %= -5 ->", x)
