# Closures capturing comprehension variables and comprehensions capturing enclosing variables.

funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])
funcs = [(lambda j: lambda: j)(i) for i in range(4)]
print([f() for f in funcs])
def make_adders():
    return {n: (lambda x, n=n: x + n) for n in range(3)}
adders = make_adders()
print({k: f(10) for k, f in adders.items()})
def make_late():
    return {n: (lambda x: x + n) for n in range(3)}
late = make_late()
print({k: f(10) for k, f in late.items()})
gens = [(x for _ in range(2)) for x in range(3)]
print([list(g) for g in gens])
def counter_factory():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(3)], bump
vals, bump = counter_factory()
print(vals, bump(), bump())
def outer():
    base = 100
    def inner():
        return [base + v for v in range(3)]
    base = 200
    return inner()
print(outer())
def comp_inside_lambda():
    f = lambda n: [n * k for k in range(3)]
    return f(2), f(5)
print(comp_inside_lambda())
def closures_over_loop():
    out = []
    for i in range(3):
        out.append([lambda: i for _ in range(2)])
    return [[f() for f in fs] for fs in out]
print(closures_over_loop())
matrix_funcs = [[(lambda r=r, c=c: (r, c)) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in matrix_funcs])
def cell_check():
    items = [lambda: x for x in "ab"]
    return [f.__closure__ is not None for f in items], [f() for f in items]
print(cell_check())
def nonlocal_through_comp():
    seen = []
    def record(v):
        seen.append(v)
        return v
    result = [record(v) for v in range(3) if v != 1]
    return result, seen
print(nonlocal_through_comp())
x = "global"
def global_in_comp():
    return [x for _ in range(2)]
print(global_in_comp())
def shadowed_param(x):
    return [x for _ in range(2)], [x for x in range(2)]
print(shadowed_param("param"))
def capture_comp_result():
    squares = [n * n for n in range(4)]
    def get(i):
        return squares[i]
    squares.append(99)
    return [get(i) for i in range(5)]
print(capture_comp_result())
def generator_closure():
    offset = 1
    gen = (v + offset for v in range(3))
    offset = 100
    return list(gen)
print(generator_closure())
def dict_of_closures():
    ops = {name: (lambda a, b, name=name: f"{name}({a},{b})") for name in ["add", "mul"]}
    return [ops[k](1, 2) for k in sorted(ops)]
print(dict_of_closures())
def nested_scopes():
    level1 = "L1"
    def mid():
        level2 = "L2"
        return [[level1 + level2 + str(i) for i in range(2)] for _ in range(1)]
    return mid()
print(nested_scopes())
def comprehension_var_in_lambda_default():
    fns = [lambda x, m=m: x * m for m in (2, 3)]
    return [f(5) for f in fns]
print(comprehension_var_in_lambda_default())
