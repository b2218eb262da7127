# format() mini-language for strings.

specs = ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", "-<8", "0>8", ".2", ".0", "10.3", "^10.3s",
         ">1", ".10", "x^3", "é<5", "😀>5", "'>6", "{^5" if False else "}^5", "<", "^", "010"]
for v in ("abc", "", "héllo", "😀x", "a very long string value"):
    for spec in specs:
        try:
            r = format(v, spec)
        except ValueError as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{v!r:>28} {spec!r:>9} -> {r!r}")

for bad in ("d", "+", " ", "#", "=10", ",", "_", "x", "f", "%", "c", "=", "+10s", "0=5"):
    try:
        format("s", bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(format("x", "\x00<5") == "x\x00\x00\x00\x00", format("x", "\n^3") == "\nx\n")
print("{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
print(format(None, ""), format([1, 2], ""), format((1,), ""), format(str, "") == str(str))
try:
    format(None, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "s")
except TypeError as e:
    print(type(e).__name__, e)
