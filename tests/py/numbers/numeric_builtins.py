# abs, divmod, pow, round, sum, min, max across the numeric tower.

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(f"{expr} -> {type(e).__name__}: {e}")
    else:
        print(f"{expr} -> {r!r} ({type(r).__name__})")

for expr in ["abs(-5)", "abs(5)", "abs(-0)", "abs(-2**100)", "abs(-2.5)", "abs(-0.0)", "abs(True)",
             "abs(False)", "abs(3+4j)", "abs(-3-4j)", "abs(float('-inf'))", "abs('x')", "abs(None)",
             "abs([])",
             "divmod(7, 3)", "divmod(-7, 3)", "divmod(7.5, 2)", "divmod(-7.5, 2)", "divmod(True, 2)",
             "divmod(7, True)", "divmod(2**70, 3)", "divmod(1, 0.0)", "divmod('a', 1)", "divmod(1)",
             "divmod(1+1j, 1)",
             "pow(2, 3)", "pow(2.0, 3)", "pow(2, 0.5)", "pow(-2, 0.5)", "pow(True, 2)", "pow(2, -1)",
             "pow(0.0, 0)", "pow(1+1j, 2)", "pow(2, 3, 3)", "pow(2, 3, True)",
             "round(2.5)", "round(3.5)", "round(-2.5)", "round(2.55, 1)", "round(7, -1)", "round(True)",
             "round(1+1j)",
             "sum([])", "sum([1, 2, 3])", "sum([1, 2.0])", "sum([1, 2+0j])", "sum([True, True])",
             "sum((0.1,) * 10)", "sum([0.1] * 10) == 1.0", "sum([1e100, 1.0, -1e100])",
             "sum(range(101))", "sum(range(10**6))", "sum([1, 2], 10)", "sum([], 5.5)", "sum([[1], [2]], [])",
             "sum([(1,), (2,)], ())", "sum(['a', 'b'], '')", "sum([b'a'], b'')", "sum(['a'])",
             "sum([1, 'a'])", "sum(x * x for x in range(5))", "sum([1, 2], start=100)",
             "sum([2**64, 2**64, -2**65])", "sum([True, 2.5, 1j])",
             "min(3, 1, 2)", "max(3, 1, 2)", "min([3, 1.0, 1])", "min([1, 1.0, True])", "max([1, 1.0, True])",
             "max(1, 2.5, True)", "min(-0.0, 0)", "min(0, -0.0)", "max([2**100, 1e30])", "max([2**100, 1e31])",
             "min([])", "max([], default=None)", "min([], default='empty')", "max(5)", "max(1, 'a')",
             "min(1j, 2j)", "max([-5, 3, -7], key=abs)", "min([-5, 3, -7], key=abs)", "max(3, 4, key=lambda x: -x)",
             "max([1, 2], [1, 3])", "min('hello')", "max(range(0))", "max(1, 2, default=0)"]:
    show(expr)
