# printf-style % formatting: every conversion type.

vals = [0, 42, -42, 3.75, -0.5, 1e20, True, "str", "é", None, [1, "a"], (1,), b"b"]
for conv in "sra":
    print(conv, [("%" + conv) % (v,) for v in vals])
for conv in "diuoxXeEfFgGc":
    row = []
    for v in (0, 42, -42, 3.75, -0.5, 1e20, True, 255):
        try:
            row.append(("%" + conv) % (v,))
        except (TypeError, ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(conv, row)
print("%c%c%c" % ("a", 98, "😀"))
print("%%", "%d%%" % 50, "%s" % "%", "100%%" % ())
print("%s" % "single", "%s" % ("tuple",), "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%r" % "q", "%a" % "é😀", "%s" % 1j, "%r" % 1.5, "%s" % float("nan"), "%f" % float("inf"))
print("%d" % 3.99, "%d" % -3.99, "%i" % 2**70, "%x" % 2**70, "%o" % -8, "%X" % -255)
print("%e" % 0, "%g" % 1e-5, "%g" % 1e16, "%g" % 123456, "%g" % 1234567, "%G" % 1e-10)
print("%s" % b"bytes", "%r" % b"bytes", "%a" % "\t")
class Q:
    def __str__(self):
        return "Q.str"
    def __repr__(self):
        return "Q.repr"
    def __index__(self):
        return 17
    def __float__(self):
        return 2.5
print("%s %r %a %d %x %f %c" % (Q(), Q(), Q(), Q(), Q(), Q(), Q()))
print("%5s|%-5s|%.1s|" % ("abc", "abc", "abc"))
print("%5r|%-8a|" % ("x", "é"))
