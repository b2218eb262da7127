# Comprehension scoping: loop variables do not leak, the first iterable is evaluated in the enclosing scope.

x = "outer x"
result = [x for x in range(3)]
print(result, x)
i = "outer i"
_ = {i for i in range(3)}
_ = {i: i for i in range(3)}
_ = list(i for i in range(3))
print(i)
try:
    [undefined_var for undefined_var in range(2)]
    print(undefined_var)
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 10
    return [y + z for z in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [v for v in items if v in items]
print(g())
n = 3
print([j for j in range(n)], [[j for j in range(k)] for k in range(n)])
for outer in range(2):
    print([outer * 10 + inner for inner in range(3)])
print(outer)
def shadow():
    v = "function v"
    lst = [v for v in "ab"]
    return v, lst
print(shadow())
data = [1, 2, 3]
print([data for data in data])
print(data)
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([fn() for fn in funcs])
def nested_funcs():
    acc = []
    for k in range(3):
        acc.append(lambda: k)
    return [fn() for fn in acc]
print(nested_funcs())
def outer_fn():
    a = 1
    def inner():
        return [a + b for b in range(2)]
    return inner()
print(outer_fn())
def uses_global():
    return [gx for gx in globals_list]
globals_list = [7, 8]
print(uses_global())
def rebind_in_comp():
    total = 0
    try:
        [total := total + v for v in range(4)]
    except Exception as e:
        return type(e).__name__
    return total
print(rebind_in_comp())
def unbound():
    try:
        return [local_later for _ in range(1)]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    local_later = 1
print(unbound())
iterable_eval = []
def make_iter(tag):
    iterable_eval.append(tag)
    return range(2)
print([(a, b) for a in make_iter("first") for b in make_iter("second")], iterable_eval)
