# Case-changing methods: upper, lower, casefold, capitalize, title, swapcase (ASCII and beyond).

samples = ["hello world", "Hello World", "HELLO", "", "a", "ß", "straße", "ǅungla", "ﬁne", "İstanbul",
           "ΣΊΣΥΦΟΣ", "σίσυφος", "ὈΔΥΣΣΕΎΣ", "they're bill's friends", "hello_world-foo bar2baz",
           "123abc DEF", "ÀÉÎõü", "mIxEd CaSe", "αβγ ΑΒΓ", "ŉ", "ﬀ", "ǰ", "ΐ", "1st 2nd 3rd", "ǈ", "ⅷ Ⅷ",
           "ꭰ", "Ａｂｃ", "ῼ", "ᾳ"]
for s in samples:
    print(repr(s), "upper:", repr(s.upper()), "lower:", repr(s.lower()), "casefold:", repr(s.casefold()))
    print("   capitalize:", repr(s.capitalize()), "title:", repr(s.title()), "swapcase:", repr(s.swapcase()))

print(len("ß".upper()), len("ﬃ".upper()), "ß".upper().lower(), "ß".casefold() == "ss".casefold())
print("STRASSE".casefold() == "straße".casefold(), "STRASSE".lower() == "straße".lower())
print(str.upper("abc"), str.lower("ABC"))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
