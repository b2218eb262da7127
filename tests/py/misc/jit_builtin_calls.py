# Builtins and method descriptors called by generated code itself (the JIT's CALL helper),
# and `//` and `%` of small ints inline: results, errors raised by the builtin (caught,
# chained, with the interpreter's tracebacks and line numbers), builtins that run Python
# code or read the calling frame. Loops make the code hot under PYGMY_JIT=on.
import sys
import traceback


def floor_table():
    out = []
    for a in range(-7, 8):
        for b in (-3, -2, -1, 1, 2, 3):
            out.append((a // b, a % b))
    return out


def floor_edges():
    small_min = -(2 ** 30)
    r = []
    for _ in range(3):
        r.append(small_min // -1)  # leaves the small ints
        r.append(small_min % -1)
        r.append((2 ** 40) // 3)
        r.append((2 ** 40) % 7)
        r.append(7 // True)
        r.append(-7.5 // 2)
        r.append(-7 % 2.5)
        q = 100
        q //= 7
        q %= 5
        r.append(q)
    return r


def zero_division(kind):
    n = 0
    for i in range(5):
        try:
            if kind:
                n += i // (i - 3)
            else:
                n += i % (i - 3)
        except ZeroDivisionError as e:
            print("ZeroDivisionError at", i, e)
    return n


def builtins_loop(n):
    total = 0
    words = []
    for i in range(n):
        c = chr(ord("a") + i % 26)
        total += ord(c) + len(c) + abs(i - 50) + min(i, 7) + max(i, 3)
        if isinstance(c, str):
            words.append(c.upper())
    return total, "".join(words[:30]), len(words)


def methods_loop(n):
    d = {}
    out = []
    for i in range(n):
        k = i % 5
        d[k] = d.get(k, 0) + i
        out.append(str(i))
    out.reverse()
    return sorted(d.items()), ",".join(out[:8])


def bad_chr(v):
    return chr(v)


def raising_builtins():
    seen = []
    for v in (65, -1, 66, 0x110000, 67):
        try:
            seen.append(bad_chr(v))
        except ValueError as e:
            seen.append("ValueError: " + str(e))
            tb = traceback.extract_tb(e.__traceback__)
            seen.append([(fr.name, fr.lineno) for fr in tb])
    for s in ("12", "x", "7"):
        try:
            seen.append(int(s))
        except ValueError as e:
            seen.append(str(e))
    return seen


def chained():
    out = []
    for i in range(3):
        try:
            try:
                {}["k%d" % i]
            except KeyError:
                chr(-i - 1)
        except ValueError as e:
            out.append((type(e).__name__, type(e.__context__).__name__, str(e.__context__)))
    return out


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        if self.n < 0:
            raise RuntimeError("negative %d" % self.n)
        return self.n


class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v


def python_from_builtins():
    out = []
    for n in (3, -2, 5):
        try:
            out.append(len(Sized(n)))
        except RuntimeError as e:
            tb = traceback.extract_tb(e.__traceback__)
            out.append(("RuntimeError", str(e), [fr.name for fr in tb]))
    keys = [Key(v) for v in (3, 1, 2)]
    for _ in range(3):
        out.append([k.v for k in sorted(keys)])
        out.append(list(map(abs, (-1, 2, -3))))
    return out


class Base:
    def __init__(self, tag):
        self.tag = tag


class Child(Base):
    def __init__(self, tag):
        super().__init__(tag.upper())
        self.seen = sorted(vars(self))


def frame_readers(a, b):
    lines = []
    for i in range(3):
        here = sys._getframe(0).f_lineno
        lines.append(here)
        loc = locals()
        lines.append(sorted(k for k in loc if k != "loc"))
        lines.append(isinstance(globals(), dict))
    return lines, Child("x").tag, Child("y").seen


def deep_raise(n):
    if n == 0:
        return chr(-5)
    return deep_raise(n - 1)


def nested_error():
    out = []
    for i in range(3):
        try:
            deep_raise(3)
        except ValueError as e:
            tb = traceback.extract_tb(e.__traceback__)
            out.append([(fr.name, fr.lineno) for fr in tb])
    return out


print(floor_table()[:12], len(floor_table()), sum(q + r for q, r in floor_table()))
print(floor_edges())
print(zero_division(True), zero_division(False))
print(builtins_loop(200))
print(methods_loop(50))
for item in raising_builtins():
    print(item)
print(chained())
for item in python_from_builtins():
    print(item)
print(frame_readers(1, 2))
for item in nested_error():
    print(item)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
