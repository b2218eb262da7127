# Operations complex numbers do not support, and division by zero.

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(f"{expr} -> {type(e).__name__}: {e}")
    else:
        print(f"{expr} -> {r!r}")

for expr in ["1j < 2j", "1j > 0", "1j <= 1j", "0 >= 1j", "1j // 2", "1j % 2", "divmod(1j, 2)",
             "2 // 1j", "int(1j)", "float(1j)", "int(1 + 0j)", "round(1j)", "1j / 0", "1j / 0j",
             "0j / 0j", "1 / 0j", "0j ** -1", "0j ** 1j", "0j ** 0j", "0j ** 2", "1j & 1", "~1j",
             "1j << 1", "sorted([2j, 1j])", "max(1j, 2j)", "1j + 'a'", "'a' * 1j", "[1] * 1j",
             "abs(complex(1e308, 1e308))", "complex(1e308, 1e308) * 2", "1j.real", "(1j).imag",
             "(1+2j).conjugate()", "complex.conjugate(3)", "1j == None", "1j != 'x'",
             "hash(1j) == hash(complex(0, 1))", "hash(2 + 0j) == hash(2.0) == hash(2)",
             "(1j).__lt__(2j)", "(1j).__floordiv__(2)", "(1j).__mod__(2)", "sum([1j, 2, 3.5])",
             "math.sqrt(1j)" if False else "1j ** 0.5", "(-1 + 0j) ** 0.5", "(1 + 0j) ** 10**10"]:
    show(expr)
