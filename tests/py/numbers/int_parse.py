# int() parsing of strings with bases, signs, underscores, whitespace and error cases.

def parse(*args, **kw):
    shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kw.items()])
    try:
        r = int(*args, **kw)
    except Exception as e:
        print(f"int({shown}) -> {type(e).__name__}: {e}")
    else:
        print(f"int({shown}) -> {r!r}")

for s in ["0", "42", "-42", "+42", "  17  ", "\t\n-3\n", "007", "1_000", "1_0_0",
          "99999999999999999999999999", "-0", "٣٤", "\u0661\u0662", "１２"]:
    parse(s)

for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("-0x1F", 16), ("777", 8), ("0o17", 8),
                ("101", 2), ("0b101", 2), ("z", 36), ("Zz", 36), ("10", 3), ("0x_f", 16),
                ("0b_1_0", 2), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0), ("0", 0),
                ("000", 0), ("1_0", 0), ("  0X1f ", 0), ("12", 5)]:
    parse(s, base)

parse("12", base=8)
parse(" 1 ", base=10)

# errors
for args in [("",), (" ",), ("1.5",), ("abc",), ("1__0",), ("_1",), ("1_",), ("0x",), ("- 1",),
             ("++1",), ("1e3",), ("0x10",), ("1 2",), ("12", 2), ("0b2", 2), ("010", 0),
             ("0_0", 0), ("08", 0), ("9", 8), ("z", 35), ("1", 1), ("1", 37), ("1", -1), (12, 10),
             (1.5, 10), ("\x00",), (None,), ([],), ("1", "2")]:
    parse(*args)

# non-str argument conversions
parse(3.99)
parse(-3.99)
parse(True)
parse(b"42")
parse(bytearray(b" -7 "))
parse(b"ff", 16)
parse(1e20)
parse()
parse(x=5) if False else print("int() with no args is", int())
try:
    int(float("inf"))
except OverflowError as e:
    print("inf:", type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print("nan:", type(e).__name__, e)
