# format() mini-language for floats.

specs = ["", "f", "F", ".2F", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "+.2f", " .2f", "010.2f", "e", ".0e",
         ".3E", "g", ".1g", ".3g", ".10g", "G", "#g", "#.3g", "#.0f", "#.0e", "%", ".0%", ".2%", "n",
         ",", ",.2f", "_.3f", "=+12.3f", "*>12", ".2", ".10", "#", "+", "-", " ", "12", "z.1f" if False else ".5"]
for v in (-0.0, 1.5, -1234.5678, 1e-7):
    for spec in specs:
        try:
            r = format(v, spec)
        except ValueError as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{v!r:>14} {spec!r:>10} -> {r!r}")

for v in (float("inf"), float("-inf"), float("nan")):
    print([format(v, s) for s in ("", "f", "E", "G", "+", "08.2f", "%", "^7")])
print([format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f")])
print([format(1e16, ""), format(1e16, "g"), format(1e15, "g"), format(1e-5, ""), format(1e-5, "g"), format(1e-4, "g")])
print([format(123456.0, "g"), format(1234567.0, "g"), format(0.0001234, "g"), format(0.00001234, "g")])
print([format(1.0, ""), format(1.0, "g"), format(1.0, ".1"), format(10.0, ".1"), format(1e100, ".3")])
print(format(1 / 3, ".20f"), format(0.1, ".25f"), format(1e300, ".2f")[:20], len(format(1e300, "f")))
print(format(5e-324, ".3e"), format(1.7976931348623157e308, "e"), format(1.5, "30.20f"))
print(format(12, ".2f"), format(12, "e"), format(12, "%"), format(-3, "g"), format(10**20, ".3e"))
for bad in ("d", "x", "c", "s", "b", "#x", ",d", "=s" if False else "._f"):
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__ + ":", e)
