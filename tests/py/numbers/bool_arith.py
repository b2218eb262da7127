# bool is a subclass of int: arithmetic promotes to int, bit ops stay bool.

T, F = True, False
print(T + T, T - F, T * 5, T / 2, T // 2, T % 2, T ** 10, -T, +T, ~T, ~F, abs(-T))
print(type(T + T).__name__, type(-T).__name__, type(+T).__name__, type(abs(T)).__name__)
print(T & T, T & F, T | F, F | F, T ^ T, T ^ F, type(T ^ F).__name__)
print(T & 1, type(T & 1).__name__, 1 | F, type(1 | F).__name__)
print(T == 1, F == 0, "skip", T == 1.0, F == 0.0, T == 1 + 0j)
print(T > F, T >= 1, F < 0.5, sorted([T, F, 0, 1, -1, 0.5]))
print(sum([T, T, F, T]), sum([T] * 100), max(T, F), min(T, 2))
print(str(T), repr(F), int(T), float(F), complex(T), bool(1), bool(0), bool(-1), bool(0.0),
      bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(()), bool({}), bool(range(0)))
print(T * "ab", "ab" * F, [1, 2] * T, (T, F) * 2)
print(divmod(T, T), pow(T, F), round(T), T.bit_length(), T.real, T.imag, T.numerator)
print("abc"[T], "abc"[F], [10, 20][T], {0: "zero", 1: "one"}[T], {True: "t"}[1])
print(hash(T) == hash(1), hash(F) == hash(0), {1, T, 1.0}, {0, F, 0.0, -0.0})
print(len({T: 1, 1: 2, 1.0: 3}), {T: 1, 1: 2, 1.0: 3})
try:
    T / F
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__mro__ == (bool, int, object), bool.__name__, isinstance(F, int))
print(True.__and__(False), True.__or__(1), True.__add__(True), (True).__invert__())
print(T if T else F, F or "x", T and "y", not T, not F, not 0, not "")
print(bool.__new__(bool, 5), bool("False"), bool(float("nan")))
x = True
x += True
print(x, type(x).__name__)
