# Integer exponentiation, including negative exponents and three-argument pow.

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(f"{expr} -> {type(e).__name__}: {e}")
    else:
        print(f"{expr} -> {r!r} ({type(r).__name__})")

for expr in ["2 ** 10", "2 ** 0", "0 ** 0", "(-2) ** 3", "(-2) ** 4", "-2 ** 4",
             "2 ** 100", "3 ** 40", "(-3) ** 41", "10 ** 25", "1 ** 10**6 ", "(-1) ** (10**6 + 1)",
             "2 ** -1", "2 ** -2", "(-2) ** -3", "10 ** -5", "0 ** -1", "0 ** 1", "0 ** 10",
             "2 ** 3 ** 2", "(2 ** 3) ** 2", "-1 ** 2", "pow(2, 5)", "pow(-2, 5)", "pow(2, -5)",
             "pow(7, 2, 5)", "pow(-7, 2, 5)", "pow(7, 3, -5)", "pow(-7, 3, -5)", "pow(2, 100, 1000007)",
             "pow(3, -1, 7)", "pow(3, -2, 7)", "pow(5, -1, 12)", "pow(-3, -1, 7)", "pow(38, -1, 97)",
             "pow(2, -1, 4)", "pow(0, -1, 5)", "pow(2, 3, 0)", "pow(2, 3, 1)", "pow(0, 0, 1)", "pow(0, 0, 7)",
             "pow(2, 3, -1)", "pow(2, 1.5)", "pow(2.0, 3, 5)", "pow(2, 3, 5.0)", "pow(-8, 1/3).real > 0",
             "pow(10**20, 3, 10**9 + 7)", "pow(123456789, 987654321, 2**61 - 1)",
             "pow(2, 10**5, 10**9 + 7)", "pow(3, -1, 3)", "(-1) ** -1", "(-2) ** -1"]:
    show(expr)

# ** with negative base and fractional exponent gives complex
r = (-8) ** 0.5
print(type(r).__name__, round(r.real, 6), round(r.imag, 6))

# Check modular inverse relation for many values
m = 101
ok = all((pow(a, -1, m) * a) % m == 1 for a in range(1, m))
print("inverse mod 101 all ok:", ok)

# pow with keyword arguments
print(pow(base=3, exp=4))
print(pow(base=3, exp=4, mod=5))
try:
    pow(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow("2", 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, "5")
except TypeError as e:
    print(type(e).__name__, e)
