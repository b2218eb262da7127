# The is* predicate methods over a variety of strings.

preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower",
         "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "123", "12.5", "-1", " ", "\t\n", "\x0b\x0c",
           "\x1c", "\xa0", "\u3000", "²", "½", "Ⅻ", "٣", "१२", "①", "𝟙", "ß", "Σ", "ǅ", "ǅa", "Ǆ",
           "_x", "x_1", "1x", "class", "é", "naïve", "\u0301", "a\u0301", "😀", "\n", "\x7f", "a b",
           "ÀB", "ΑΒΓ", "Hello World!", "Hello world", "HELLO WORLD", "hello 2 world", "ꝏ", "ﬁ",
           "\u200b", "\ufeff", "\U0001f600x", "٠١٢", "一二三", "汉字", "ｘ", "Ⅷ", "ⅷ", "\x00"]
print("pred:", " ".join(p[2:5] for p in preds))
for s in samples:
    flags = "".join("T" if getattr(s, p)() else "." for p in preds)
    print(f"{s!r:<22} {flags}")

# Spot checks with explicit output
print("12".isdigit(), "½".isdigit(), "½".isnumeric(), "²".isdecimal(), "²".isdigit())
print("Hello".istitle(), "HeLLo".istitle(), "Hello World".istitle(), "Hello world".istitle(),
      "1A".istitle(), "A1b".istitle(), "ǅx".istitle())
print("ABC1".isupper(), "abc1".islower(), "123".isupper(), "123".islower(), "ǅ".isupper(), "ǅ".islower())
print("nonlocal".isidentifier(), "None".isidentifier(), "a-b".isidentifier(), "℘x".isidentifier(),
      "·x".isidentifier(), "x·".isidentifier())
