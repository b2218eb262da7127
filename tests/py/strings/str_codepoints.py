# Strings are sequences of code points: non-ASCII, astral, combining marks, surrogates.

samples = ["abc", "é", "e\u0301", "日本語", "😀", "👍🏽", "👨‍👩‍👧", "🇫🇷", "\U0010ffff", "\x00", "\ud800",
           "Ω", "Ω", "\u200d", "a\u0308\u0304", "\ufeffBOM"]
for s in samples:
    print(repr(s), len(s), [hex(ord(c)) for c in s], s.encode("utf-8", "surrogatepass"))

print(ord("A"), ord("é"), ord("€"), ord("😀"), ord("\U0010ffff"), chr(65), chr(233), chr(0x1F600), repr(chr(0)))
for bad in (-1, 0x110000, 2**64):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(f"chr({bad})", type(e).__name__, e)
for bad in ("", "ab", b"a", 5):
    try:
        print(f"ord({bad!r})", ord(bad))
    except TypeError as e:
        print(f"ord({bad!r})", type(e).__name__, e)

print("é" == "e\u0301", "Ω" == "Ω", sorted(["é", "e", "f", "E", "É", "z", "😀", "ａ"]))
print(max("abc😀"), min("é😀a"), "😀" > "\uffff", "\U00010000" > "\uffff")
print("".join(chr(c) for c in range(0x3b1, 0x3c9 + 1)))
print("".join(chr(c) for c in range(0x2460, 0x2474)))
s = "a😀b"
print(s[1], s[-2], s.index("b"), s[1:2] == "😀", list(s), s.upper(), s * 2, s[::-1])
print(len("😀" * 1000), ("😀" * 1000).count("😀"), ("ab😀" * 3).split("😀"))
print("x\u0301\u0302y"[1:3] == "\u0301\u0302", len("\u0301"), "\u0301".isalpha())
lone = "\udc80"
print(repr(lone), len(lone), lone.isprintable(), repr(lone + "a"))
try:
    lone.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\ud83d\ude00" == "😀")
print(str(chr(0x1F600)), ascii(chr(0x1F600)), ascii("\ud83d"), ascii("é\x00\t"))
