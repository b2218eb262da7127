# unicodedata.ucd_3_2_0 (Unicode 3.2.0, what stringprep and the idna codec use) and the
# codecs built on it.
import unicodedata
import stringprep
import encodings.idna

u = unicodedata.ucd_3_2_0
print(type(u).__name__, type(u).__module__, u.unidata_version, unicodedata.unidata_version)
print(isinstance(u, unicodedata.UCD))

# Characters 3.2 has, changed since, and lacks.
for ch in ["a", "+", "-", "/", "\u00a7", "\u00aa", "\u0f3a", "\u1b06", "\u0358", "\u9fcc", "\u4e00", "\uac00",
           "\u2f868"[:1], "\U0002f868", "\U0001f600", "\u20bf", "\u0e33", "\u00bd", "\u0664", "\u1369"]:
    row = [u.category(ch), u.bidirectional(ch), u.east_asian_width(ch), u.combining(ch), u.mirrored(ch),
           u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.decomposition(ch), u.name(ch, None)]
    now = [unicodedata.category(ch), unicodedata.bidirectional(ch), unicodedata.east_asian_width(ch),
           unicodedata.name(ch, None)]
    print("%04X" % ord(ch), row, now)

# Normalization: what 3.2 lacks stays, its corrections apply.
for s in ["\u1b05\u1b35", "\u1b06", "\U0002f868", "\U0002f874x", "a\u0358\u0301", "\u03f9\u0301", "\u00c5\u0301", "\uac00\u11a8"]:
    print([" ".join("%04X" % ord(c) for c in u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

# Lookups: names by rule as today, other names only of what 3.2 has, no aliases or sequences.
for name in ["LATIN SMALL LETTER A", "latin small letter gha", "BALINESE LETTER AKARA", "CJK UNIFIED IDEOGRAPH-9FCC",
             "HANGUL SYLLABLE GAG", "KEYCAP NUMBER SIGN", "NBSP", "PLUS SIGN", "TANGUT IDEOGRAPH-17000"]:
    try:
        print(name, ascii(u.lookup(name)))
    except KeyError as e:
        print(name, "KeyError", e)
for bad in [(u.name, "ab"), (u.category, 3), (u.normalize, "NFX", "a"), (u.decimal, "x")]:
    try:
        bad[0](*bad[1:])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# stringprep's tables (RFC 3454) and nameprep through the idna codec.
for ch in ["\u00ad", " ", "\u0221", "\u1806", "\u0627", "A", "\u2028", "\ue000", "\ufff9", "\u0340"]:
    print("%04X" % ord(ch), stringprep.in_table_a1(ch), stringprep.in_table_b1(ch), stringprep.map_table_b2(ch),
          stringprep.in_table_c12(ch), stringprep.in_table_c22(ch), stringprep.in_table_d1(ch), stringprep.in_table_d2(ch))
for host in ["b\u00fccher.example", "MÜNCHEN.de", "\u0440\u0444.\u0440\u0444", "xn--bcher-kva.example", "example.com",
             "\u4f8b\u3048.\u30c6\u30b9\u30c8", "Fa\u00dfbender.de", "\u2163.com"]:
    try:
        enc = host.encode("idna")
        print(host.encode("unicode_escape"), enc, enc.decode("idna").encode("unicode_escape"))
    except UnicodeError as e:
        print(host.encode("unicode_escape"), "UnicodeError", e)
print(encodings.idna.nameprep("Stra\u00dfe\u00ad\u200b"), encodings.idna.ToASCII("b\u00fccher"), encodings.idna.ToUnicode(b"xn--bcher-kva"))
