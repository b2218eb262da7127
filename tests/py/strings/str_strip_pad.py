# strip family, padding (center/ljust/rjust/zfill), expandtabs, removeprefix/removesuffix.

def show(label, v):
    print(f"{label:<36} {v!r}")

s = "  \t hello world \n "
show("strip()", s.strip())
show("lstrip()", s.lstrip())
show("rstrip()", s.rstrip())
show("strip(None)", s.strip(None))
show("'xxhixyx'.strip('xy')", "xxhixyx".strip("xy"))
show("'xxhixyx'.lstrip('x')", "xxhixyx".lstrip("x"))
show("'xxhixyx'.rstrip('yx')", "xxhixyx".rstrip("yx"))
show("'www.example.com'.strip('cmowz.')", "www.example.com".strip("cmowz."))
show("''.strip()", "".strip())
show("'abc'.strip('')", "abc".strip(""))
show("'\\xa0\\u2000x\\u3000'.strip()", "\xa0\u2000x\u3000".strip())
show("'\\x1c\\x1fx\\x85'.strip()", "\x1c\x1fx\x85".strip())
show("'ééaéé'.strip('é')", "ééaéé".strip("é"))
try:
    "x".strip(1)
except TypeError as e:
    show("strip(1)", f"{type(e).__name__}: {e}")

for w in (0, 3, 5, 6, 7, 10):
    show(f"'abc'.center({w})", "abc".center(w))
    show(f"'abcd'.center({w}, '*')", "abcd".center(w, "*"))
    show(f"'abc'.ljust({w}, '.')", "abc".ljust(w, "."))
    show(f"'abc'.rjust({w}, '.')", "abc".rjust(w, "."))
show("'a'.center(4)", "a".center(4))
show("'ab'.center(5)", "ab".center(5))
show("'ab'.center(-3)", "ab".center(-3))
show("'é'.center(5, 'ü')", "é".center(5, "ü"))
for bad in ("ab", "", 1):
    try:
        "x".center(5, bad)
    except TypeError as e:
        show(f"center(5, {bad!r})", f"{type(e).__name__}: {e}")

for v in ("42", "-42", "+42", "", "abc", "-", "007", "--3", "3.14", "-0.5"):
    show(f"{v!r}.zfill(6)", v.zfill(6))
show("'42'.zfill(1)", "42".zfill(1))

t = "a\tbc\tdef\tghij\t\nx\ty\r\tz"
show("expandtabs()", t.expandtabs())
show("expandtabs(4)", t.expandtabs(4))
show("expandtabs(1)", t.expandtabs(1))
show("expandtabs(0)", t.expandtabs(0))
show("expandtabs(-2)", t.expandtabs(-2))
show("expandtabs(tabsize=3)", "\t\t|".expandtabs(tabsize=3))

show("removeprefix('ab')", "abcab".removeprefix("ab"))
show("removeprefix('x')", "abcab".removeprefix("x"))
show("removeprefix('')", "abcab".removeprefix(""))
show("removesuffix('ab')", "abcab".removesuffix("ab"))
show("removesuffix('abcabc')", "abcab".removesuffix("abcabc"))
show("removesuffix('abcab')", "abcab".removesuffix("abcab"))
try:
    "x".removeprefix(None)
except TypeError as e:
    show("removeprefix(None)", f"{type(e).__name__}: {e}")
