# find/rfind/index/rindex/count/startswith/endswith with start/end arguments.

s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra", "abracadabrax", "bra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub), sub in s)

for start, end in [(0, None), (1, None), (-4, None), (3, 8), (5, 5), (8, 3), (100, None), (-100, 4),
                   (None, -1), (None, None), (0, 100), (-1, -2)]:
    print(start, end, s.find("a", start, end), s.rfind("a", start, end), s.count("a", start, end),
          s.find("", start, end), s.rfind("", start, end), s.count("", start, end),
          s.startswith("a", start, end), s.endswith("a", start, end))

print(s.index("c"), s.rindex("b"), s.index("a", 1), s.rindex("a", 0, 5))
for args in [("z",), ("a", 11), ("abra", 1, 5), ("",  20)]:
    for meth in ("index", "rindex"):
        try:
            print(meth, args, getattr(s, meth)(*args))
        except ValueError as e:
            print(meth, args, type(e).__name__ + ":", e)

print(s.startswith(("x", "ab")), s.endswith(("bra", "q")), s.startswith(()), s.endswith(("",)))
print(s.startswith("cad", 4), s.endswith("cad", 0, 7), s.startswith("", 11), s.startswith("", 12))
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)

# Non-overlapping count
print("aaaa".count("aa"), "aaaaa".count("aa"), "".count(""), "abc".count(""), "ééé".count("é"))
# Non-ASCII positions are code point indices
t = "naïve café ☕ naïve"
print(t.find("ï"), t.rfind("ï"), t.find("☕"), t.index("café"), t.count("naïve"), len(t))
print("😀a😀b".find("b"), "😀a😀b".rfind("😀"), "x\u0301y".find("y"))
print(s.find("a", None, None), s.find("a", True), s.find("b", 2**100), s.find("b", -2**100))
