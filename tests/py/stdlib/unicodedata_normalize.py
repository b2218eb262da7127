# unicodedata: normalization forms, is_normalized, decomposition, names and lookups, categories,
# numeric values, east asian width, mirrored and combining classes.
import unicodedata as ud

for s in ["café", "cafe\u0301", "ﬁ", "Å", "A\u030a", "①", "ｶ", "\u1e9b\u0323", "한국어", "x\u0307\u0323"]:
    forms = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    print(repr(s), [f.encode("unicode_escape") for f in forms], [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for ch in "Aé½Ⅻ中😀\u0301\u200b-":
    print(f"U+{ord(ch):04X}", ud.name(ch, "?"), ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
          ud.east_asian_width(ch), ud.mirrored(ch), repr(ud.decomposition(ch)), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None))
for name in ["LATIN SMALL LETTER A WITH ACUTE", "SNOWMAN", "GREEK CAPITAL LETTER OMEGA", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E2D"]:
    print(name, repr(ud.lookup(name)))
try:
    ud.lookup("NO SUCH CHARACTER NAME")
except KeyError as e:
    print("KeyError:", e)
try:
    ud.name("\x00")
except ValueError as e:
    print("ValueError:", e)
print("\N{BLACK STAR}", ud.numeric("⅔"), ud.digit("²"), ud.mirrored("("))
print(sorted({ud.category(chr(c)) for c in range(0x20, 0x250)}))
