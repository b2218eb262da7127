# printf-style flags, width, precision and '*'.

fmts = ["%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+5d|", "% 05d", "%.3d", "%8.3d", "%-8.3d|",
        "%#o", "%#x", "%#X", "%#08x", "%-#8x|", "%+x", "% o", "%#5o", "%.5x", "%#.5x"]
for f in fmts:
    print(f"{f:>8}", [f % v for v in (0, 7, -7, 255, 123456)])
ffmts = ["%f", "%.0f", "%.2f", "%10.3f", "%-10.1f|", "%010.2f", "%+.1f", "% .1f", "%#.0f", "%e", "%.2e",
         "%12.2E", "%-12.2e|", "%g", "%.2g", "%#g", "%#.2g", "%10g", "%010g", "%+g", "%.0e", "%#.0e"]
for f in ffmts:
    print(f"{f:>8}", [f % v for v in (0.0, 1.5, -2.25, 1234.5678, 1e-6)])
sfmts = ["%s", "%10s", "%-10s|", "%.2s", "%10.2s", "%-6.3s|", "%010s", "%+s", "% s", "%#s"]
for f in sfmts:
    print(f"{f:>8}", [f % v for v in ("abc", "", "héllo")])
print("%*d|" % (6, 42), "%-*d|" % (6, 42), "%*d|" % (-6, 42), "%.*f" % (2, 3.14159), "%*.*f|" % (9, 3, 3.14159))
print("%*s|%-*s|" % (4, "a", 4, "b"), "%.*s" % (1, "xyz"), "%0*d" % (5, -3), "%*c|" % (3, "x"))
print("%c|%3c|%-3c|" % ("z", "y", "x"), "%%|" % (), "%s%%" % 5)
for fmt, args in [("%5%|", ()), ("%5%|", (1,)), ("%-5%|", (1,)), ("%.2%", ()), ("%(k)%", {"k": 1})]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%d %s" % (1, "two"), "%(a)s" % {"a": 1}, "%s" % {"a": 1}, "%d-%d" % (True, False))
print("%ld %lx %hd %Ld" % (5, 255, 6, 7))
