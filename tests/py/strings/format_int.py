# format() mini-language for integers.

specs = ["", "d", "5", "<5", ">5", "^5", "^6", "05", "+", "-", " ", "+05", " 5", "=+6", "*^7", "0<5",
         "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", "c", "n", ",", "_", "_b", "_x", "#_x",
         "010,", "10,d", ",.0f" if False else "e", ".2e", "f", ".2f", "g", "%", ".1%", "E", "G",
         "+,", "-_", "#_o", "=10", "x<5", "\u00e9^9", "012_d", "#012x", "0=#6x"]
for v in (0, -255, 1234567):
    for spec in specs:
        try:
            r = format(v, spec)
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(f"{v:>8} {spec!r:>9} -> {r!r}")
    print()
print(format(10**30, ","), format(-(10**30), "_x"), format(2**100, "#b")[:20])
print(format(True, ""), format(True, "d"), format(False, "5"), format(True, "x"), format(True, "f"))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"), format(97, "c") * 2)
