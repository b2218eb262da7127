# format() mini-language for complex numbers.

specs = ["", "f", ".2f", "e", ".1e", "g", ".3g", "G", "+", "+.1f", " .1f", "20", "<20", "^20.2f", ">20",
         "*^24.3f", "n", ".0f", "#g"]
for v in (1 + 2j, -1.5 - 0.25j, 3j, 1e20 + 1e-20j, complex(0, -0.0), complex(float("inf"), float("nan")), 2 + 0j):
    for spec in specs:
        try:
            r = format(v, spec)
        except ValueError as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{v!r:>16} {spec!r:>9} -> {r!r}")

for bad in ("%", "d", "x", "=10", "010.2f", "s", "c"):
    try:
        format(1 + 2j, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ + ":", e)
print(f"{1+2j:.1f}", f"{1+2j!r:>10}", "{:.2e}".format(-1j), "%s %r" % (1j, 2j))
