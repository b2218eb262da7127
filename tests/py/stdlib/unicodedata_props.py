# unicodedata: names, lookup, properties, normalization (characters from Unicode <= 14.0)
import unicodedata as ud

chars = "aZ5 \t\n€éß½²٣ⅦＡ中😀\u0301\u200b\u00ad\ufeff-_!؟אا"
for c in chars:
    print(repr(c), ud.name(c, "?"), ud.category(c), ud.bidirectional(c), ud.combining(c), ud.east_asian_width(c),
          ud.mirrored(c), repr(ud.decomposition(c)), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
print(ud.name("("), ud.mirrored("("), ud.mirrored("a"), ud.name("\U0002A6D6"), ud.name("\uAC00"), ud.name("\uD7A3"))
for n in ["LATIN SMALL LETTER A", "EURO SIGN", "snowman", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GAG",
          "LATIN CAPITAL LETTER GHA", "BYTE ORDER MARK", "LATIN SMALL LETTER R WITH TILDE"]:
    try:
        print(n, repr(ud.lookup(n)))
    except KeyError as e:
        print("KeyError:", e)
for f, a in [(ud.name, "\x00"), (ud.decimal, "a"), (ud.digit, "x"), (ud.numeric, "q")]:
    try:
        f(a)
    except ValueError as e:
        print("ValueError:", e)
for f, a in [(ud.category, "ab"), (ud.category, 5), (ud.category, "")]:
    try:
        f(a)
    except TypeError as e:
        print("TypeError:", e)
try:
    ud.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError:", e)
s = "Ĺéﬁ①Å\u0041\u030a\u1e9b\u0323 ｶﾞ ㍿"
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    n = ud.normalize(form, s)
    print(form, ascii(n), len(n), ud.is_normalized(form, n), ud.is_normalized(form, s))
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print("ValueError:", e)
print(ud.normalize("NFC", ""), ascii(ud.normalize("NFKD", "™")))
def strip_accents(t):
    return "".join(c for c in ud.normalize("NFD", t) if ud.category(c) != "Mn")
print(strip_accents("Crème Brûlée à la façon de Zoë"))
print(sorted({ud.category(chr(i)) for i in range(0, 0x3000)}))
print("\N{GREEK SMALL LETTER ALPHA}", "caf\xe9 ☃ €".encode("ascii", "namereplace"), "x\u0378y".encode("ascii", "namereplace"))
print("\u00e9\u20ac".encode("latin-1", "namereplace"))
