# Remaining str behaviours: format_map, encode basics, count/len interplay, method chaining, str.__doc__ absence checks.

print("{a}{b}".format_map({"a": 1, "b": 2}))
print("ascii".encode(), "é".encode(), "é".encode("latin-1"), "x".encode("utf-16-le"), "ab".encode(encoding="ascii"))
print("é😀".encode("utf-8", "strict"), "é😀".encode("ascii", "replace"), "é😀".encode("ascii", "ignore"))
print("é😀".encode("ascii", "xmlcharrefreplace"), "é😀".encode("ascii", "backslashreplace"))
print("  Mixed Case  ".strip().lower().replace(" ", "_").title().center(14, "~"))
print(" | ".join(w.capitalize() for w in "one two three".split()))
text = "line one\nline two\n\nline four"
for i, line in enumerate(text.splitlines(), 1):
    print(f"{i:>2}: {line!r:<14} words={len(line.split())} upper={line.upper()!r}")
print([s.strip() for s in " a , b ,c ".split(",")])
print("a-b_c d".replace("-", " ").replace("_", " ").split())
csv = "name,age\nann,30\nbob,25"
rows = [r.split(",") for r in csv.split("\n")]
print(rows, {r[0]: int(r[1]) for r in rows[1:]})
print("x".join("abc").split("x"), "abc".zfill(5).lstrip("0"), "%s" % "".join(sorted("dcba")))
print(str.lower is str.lower, "abc".upper == "abc".upper, str.__name__, str.__len__("four"))
s = "hello"
print(s.startswith("he") and s.endswith("lo"), s.find("l") == s.index("l"), s.rfind("l"))
print(s.isidentifier(), "x".isprintable(), s.istitle(), s.capitalize().istitle())
print(repr(s.partition("l")), repr(s.rpartition("l")), s.split("l"), s.rsplit("l", 1))
print(s.ljust(8, "-") + "|", s.rjust(8, "-") + "|", s.center(9, "-") + "|", s.zfill(8))
print(s.swapcase(), s.title(), s.casefold(), s.expandtabs(), s.translate({ord("l"): "L"}))
print(s.removeprefix("he"), s.removesuffix("lo"), s.count("l", 3), s.encode().decode())
print(str.maketrans("lo", "01"), s.translate(str.maketrans("lo", "01")))
print(s.isalnum(), s.isascii(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isupper(), s.islower())
print(s * 0 == "", bool(""), bool(" "), "" < "a", len(s.replace("", "|")), s.replace("", "|"))
print(str(), str(""), str("x") is not None, "a".__class__ is str, type("") is str)
names = dir("")
print(len([n for n in names if not n.startswith("_")]), [n for n in names if not n.startswith("_")])
