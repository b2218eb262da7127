# Unicode-exact predicates, case mapping (full mappings, final sigma, titlecase letters),
# repr/ascii escapes and identity of unchanged results.

samples = ["abc", "ABC", "Abc Def", "ǅungla", "ǆ", "straße", "ﬁne", "İstanbul", "ΣΑΣ ΟΔΟΣ", "ὈΔΥΣΣΕΎΣ",
           "١٢٣", "²³", "½⅓", "一二三", "Ⅻ", "\u3000\x1c\x85", "\u200b", "a\u0301", "𝔘𝔫𝔦", "_x1", "1x", "été", "℘ℐ"]
preds = ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isspace", "isprintable",
         "isidentifier", "islower", "isupper", "istitle", "isascii"]
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(f"{s!r:<16} {flags} {s.lower()!r} {s.upper()!r} {s.casefold()!r}")
for s in samples:
    print(f"{s!r:<16} {s.title()!r} {s.capitalize()!r} {s.swapcase()!r}")

print("final sigma:", "ΑΣ".lower(), "ΑΣ Σ".lower(), "Σ".lower(), "ΑΣ'Α".lower(), "Α.Σ".lower(), "ΑΣ.".lower())
print("titlecase:", "ǆǅǄ".title(), "ǆ".upper(), "ǅ".lower(), "ǅ".swapcase(), "ǅ".istitle())
print("expansion:", "ß".upper(), "ŉ".upper(), "ǰ".upper(), "ﬃ".upper(), "ΐ".upper(), "İ".lower(), len("İ".lower()))
esc = ["\x00\x1f\x7f", "\x80\x9f\xa0\xad", "\u0378\u2028\u2029\u200e", "\ue000\uffff", "\U0001f600\U000e0001\U0010ffff",
       "tab\tnl\nret\rbs\\", "'", '"', "'\"", "é中😀"]
for s in esc:
    print(repr(s), ascii(s), len(repr(s)))
s = "abc"
print(s.strip() is s, s.lstrip("x") is s, s.replace("x", "y") is s, s[:] is s, s.center(2) is s,
      s.zfill(1) is s, s.split()[0] is s, s.partition("x")[0] is s, s.removeprefix("x") is s, s.expandtabs() is s)
class S(str):
    pass
t = S("abc")
print(type(t.strip()).__name__, type(t[:]).__name__, type(t.center(2)).__name__, type(t.split()[0]).__name__,
      type(t.partition("x")[0]).__name__, type(t * 1).__name__, type(t.format()).__name__, type("".join([t])).__name__)
print("€".join(["a", "b"]), "x".join("€€"), "abc".translate({ord("b"): "€"}), "a€b".find("b"), "a€b€".rfind("€"))
print("ⅰⅱ".upper(), "ⓐ".upper(), "ǈ".lower(), "ǈ".upper(), "ſ".upper(), "K".lower() == "k", "ꭰ".upper())
