# GET_ITER in generated code: ranges (small and past i64), lists, tuples, empty ones, a
# list subclass and a non-iterable (left to the interpreter, which raises).
def f(xs, n):
    t = 0
    for i in range(n):
        for x in xs:
            t += x
        for y in (1, 2, 3):
            t += y
        for z in range(i, 0, -1):
            t -= z
        for w in range(2**62, 2**62 + 2):
            t += 1
    return t
print(f([1, 2, 3], 50))
print(f([], 5))
class L(list): pass
print(f(L([4, 5]), 5))
def g(n):
    out = []
    for i in range(n):
        try:
            for q in i:
                pass
        except TypeError as e:
            out.append(str(e))
    return out
print(g(3))
