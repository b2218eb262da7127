# replace with counts, maketrans forms and translate.

def show(label, v):
    print(f"{label:<44} {v!r}")

s = "the cat sat on the mat with the hat"
show("replace('the', 'a')", s.replace("the", "a"))
show("replace('the', 'a', 2)", s.replace("the", "a", 2))
show("replace('the', 'a', 0)", s.replace("the", "a", 0))
show("replace('the', 'a', -1)", s.replace("the", "a", -1))
show("replace('at', '')", s.replace("at", ""))
show("replace('', '-')", "abc".replace("", "-"))
show("replace('', '-', 2)", "abc".replace("", "-", 2))
show("''.replace('', 'x')", "".replace("", "x"))
show("''.replace('a', 'x')", "".replace("a", "x"))
show("replace('aa', 'b') on 'aaaaa'", "aaaaa".replace("aa", "b"))
show("replace('a', 'aa')", "banana".replace("a", "aa"))
show("replace('ana', 'ANA')", "banana".replace("ana", "ANA"))
show("replace('é', 'e')", "résumé".replace("é", "e"))
show("replace('😀', ':)')", "hi 😀 there 😀".replace("😀", ":)"))
show("replace(count=1) keyword?", "aaa".replace("a", "b", 1))
for args in [(1, "a"), ("a",), ("a", "b", "c")]:
    try:
        "abc".replace(*args)
    except TypeError as e:
        show(f"replace{args}", f"{type(e).__name__}: {e}")

t1 = str.maketrans("abc", "xyz")
show("maketrans('abc', 'xyz')", sorted(t1.items()))
show("translate", "aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "xyz")
show("maketrans with delete", sorted(t2.items()))
show("translate", "abxyzcba".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "333", "d": 101})
show("maketrans(dict)", sorted(t3.items()))
show("translate", "abcdabcd".translate(t3))
show("translate(dict direct)", "hello".translate({104: "J", 111: None, 108: 76}))
show("translate(list)", "abc".translate(["A"] * 97 + ["!"]))

class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper() + "."
show("translate(custom)", "axb".translate(Table()))

for args in [("abc", "xy"), ("abc",), (1,), ({"ab": "c"},), ({1.5: "c"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        show(f"maketrans{args}", f"{type(e).__name__}: {e}")
try:
    "abc".translate({97: 1.5})
except TypeError as e:
    show("translate bad value", f"{type(e).__name__}: {e}")
try:
    "abc".translate({97: 0x110000})
except ValueError as e:
    show("translate out of range", f"{type(e).__name__}: {e}")
