# Basic integer arithmetic: small values, negatives, and values past 64 bits.

def show(label, value):
    print(label, "=", value)

values = [0, 1, -1, 7, -7, 255, -256, 2**31 - 1, -2**31, 2**63 - 1, -2**63, 2**64, 10**20]

for a in (3, -3, 2**40):
    for b in (5, -5, 2**33):
        show(f"{a} + {b}", a + b)
        show(f"{a} - {b}", a - b)
        show(f"{a} * {b}", a * b)

# Overflow of machine-size values must promote transparently.
big = 2**63 - 1
show("i64 max + 1", big + 1)
show("i64 min - 1", -2**63 - 1)
show("i64 max * i64 max", big * big)
show("-(-2**63)", -(-2**63))
show("u64 max + 1", 2**64 - 1 + 1)
show("(2**64) * (2**64)", (2**64) * (2**64))

# Unary operators
for v in values:
    print(v, -v, +v, abs(v))

# Repeated operations building a large number and tearing it down again.
n = 1
for i in range(1, 31):
    n *= i
show("30!", n)
for i in range(1, 31):
    n //= i
show("30! / 30!", n)

x = 0
for i in range(100):
    x = x * 3 + i
show("base-3 accumulation", x)
show("x - x", x - x)
show("x + -x", x + -x)
show("x * 0", x * 0)
show("x * -1", x * -1)

# Augmented assignment on ints rebinds, does not mutate.
a = 10
b = a
a += 5
show("a after +=", a)
show("b unchanged", b)
a -= 20
show("a after -=", a)
a *= -3
show("a after *=", a)

# Integer literals in different notations
show("0x_ff", 0x_ff)
show("0o777", 0o777)
show("0b1010_1010", 0b1010_1010)
show("1_000_000", 1_000_000)
show("0xDEAD_BEEF", 0xDEAD_BEEF)
show("00", 00)
show("type(10**100)", type(10**100).__name__)
show("10**100 == int('1' + '0'*100)", 10**100 == int("1" + "0" * 100))
