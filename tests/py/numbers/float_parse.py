# float() parsing of strings, numbers and objects.

def parse(arg):
    try:
        r = float(arg)
    except Exception as e:
        print(f"float({arg!r}) -> {type(e).__name__}: {e}")
    else:
        print(f"float({arg!r}) -> {r!r}")

for s in ["0", "1", "-1", "+1.5", "  2.5  ", "\n3.25\t", ".5", "5.", "-.5", "1e3", "1E3", "1e-3",
          "1e+3", "-1.5e-3", "1_000.5", "1_0e1_0", "0.000_1", "inf", "-inf", "+inf", "Infinity",
          "-INFINITY", "iNf", "nan", "-nan", "NaN", "+nan", "1e400", "-1e400", "1e-400", "0x10",
          "1.7976931348623157e308", "1.7976931348623159e308", "4.9e-324", "2e-324", "3e-324",
          "007.5", "1__0", "_1.0", "1.0_", "1._5", "1e", "e1", "", " ", ".", "-", "1.5.6",
          "1 .5", "infinity1", "nanx", "in", "12345678901234567890123456789", "0.1e-0",
          "١٫٥", "１.５", "1e1000000000000000000", "0e1000000000000000000", "--1", "+-1",
          b"1.25", bytearray(b"-2.5"), 3, -7, 10**20, True, False, 2**1024, 2**1023, None,
          [1.0], 1.5, "\x00"]:
    parse(s)

class F:
    def __repr__(self):
        return 'F()'
    def __float__(self):
        return 6.25
class I:
    def __repr__(self):
        return 'I()'
    def __index__(self):
        return 12
class Bad:
    def __repr__(self):
        return 'Bad()'
    def __float__(self):
        return 1
parse(F())
parse(I())
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float("  -0  "), repr(float("-0.0")))
print(float.fromhex("0x1p-1"), float("1e-323") > 0)
