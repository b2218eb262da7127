# String literal syntax: escapes, raw strings, triple quotes, named unicode escapes.

lits = ["\n", "\t", "\r", "\\", "\'", "\"", "\a", "\b", "\f", "\v", "\0", "\x41", "\101", "\7", "\77", "\777",
        "\u00e9", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", "\N{EM DASH}", "\N{LATIN SMALL LETTER E WITH ACUTE}",
        "\N{SNOWMAN}", "\N{grinning face}", "a\
b", r"\n", r"\x41", r"\\", r"\'", R"raw", "\xff", "\x00\x01"]
for s in lits:
    print(repr(s), len(s), [ord(c) for c in s][:4])

print("""triple "double" with 'single'""")
print('''triple 'single' with "double"''')
print("""line1
line2\
 continued
\tline3""")
print(r"""raw \t triple""", rb"raw\bytes" if False else "-")
print(len("""
"""), repr("""a
b"""))
print("adjacent" 'strings' """join""" r"\d")
print(u"u prefix", U"U prefix", type(u"").__name__)
print("\N{DIGIT ONE}\N{DIGIT TWO}" == "12", "\u0041\U00000042\x43\103")
print("unknown escapes kept: " + repr("\\z"))

bad = ['"\\N{NOT A REAL NAME}"', '"\\x4"', '"\\u12"', '"\\U1234"', '"\\U00110000"', '"\\N{"', '"unterminated',
       "'''open triple", '"\\N"', 'b"\\u1234"', 'b"é"', 'rb"\\"', '"""a"""b"""']
for src in bad:
    try:
        v = eval(src)
    except SyntaxError as e:
        print(f"{src:<24} -> {type(e).__name__}: {e.msg}")
    else:
        print(f"{src:<24} -> {v!r}")
