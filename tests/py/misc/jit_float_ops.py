# Float + - * / in generated code (the JIT's float helper): two floats, a float and a small
# int either side, / of two small ints, a zero divisor, overflow to inf, bools and complex
# (left to the interpreter). Loops make the code hot under PYGMY_JIT=on.


def mix(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5
        t += x * x - 1.5 / (i + 1) + i / 3 + 2 * x - (x + i)
        t -= 7 / 2
        t *= 0.999
    return t


def edges():
    out = []
    for i in range(3):
        try:
            out.append(1.0 / (i - 1))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: %s" % e)
        try:
            out.append(i / (i - 1))
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: %s" % e)
        out.append(2 ** 30 / 3 + i)
        out.append(-7 / 2 - i)
        out.append(1e308 * 10 - i)
        out.append(True + 0.5 * i)
        out.append(3 + 2.5j * i)
        out.append(-0.0 * i)
        out.append(2 ** 40 * 0.5 + i)
    return out


print(mix(300), mix(3))
for v in edges():
    print(v)
