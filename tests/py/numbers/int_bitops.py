# Bitwise operators on ints behave as if two's complement with infinite sign extension.

vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**64 + 3, -(2**64) - 3]
for a in vals:
    print(f"~{a} = {~a}")
for a in (12, -12, 2**70 + 5, -(2**70) - 5):
    for b in (10, -10, 2**65 - 1, -(2**65)):
        print(f"{a} & {b} = {a & b}")
        print(f"{a} | {b} = {a | b}")
        print(f"{a} ^ {b} = {a ^ b}")

# Identities that hold for all ints
import_free_ok = True
for a in range(-40, 41, 3):
    for b in range(-37, 38, 5):
        if (a & b) + (a | b) != a + b:
            import_free_ok = False
        if a ^ b != (a | b) - (a & b):
            import_free_ok = False
        if ~a != -a - 1:
            import_free_ok = False
print("identities hold:", import_free_ok)

# Masks on negative numbers give the low bits of the two's complement
for v in (-1, -2, -128, -129, -(2**40)):
    print(v, "& 0xff =", v & 0xFF, " & 0xffffffff =", hex(v & 0xFFFFFFFF))

# bool operands keep bool type; mixed with int they give int
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, True | 4, False ^ 7, type(True | 4).__name__)

# Errors
for expr in ("1 & 1.0", "1.5 | 2", "~1.5", "'a' ^ 1", "[1] & 1", "None | 1"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)

x = 0b1100
x &= 0b1010
print("&=", bin(x))
x |= 0b0101
print("|=", bin(x))
x ^= 0b1111
print("^=", bin(x))
