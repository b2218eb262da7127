# unicodedata is CPython 3.11's Unicode 14.0.0: characters assigned later have no properties,
# and a sample of every 211th code point hashes to the same per-property digests.
import hashlib
import unicodedata as ud

print(ud.unidata_version)
# Assigned in Unicode 15.0, 15.1, 16.0 or 17.0: unassigned (Cn, no name) in 3.11.
later = [0x0CF3, 0x11F00, 0x1E030, 0x1F6DC, 0x1FAE8, 0x31350, 0x2EBF0, 0x10EFD, 0x1B132,
         0x2FFC, 0x1CC00, 0x10D40, 0x16100, 0x11B00, 0x1E5D0]
for cp in later:
    c = chr(cp)
    print(hex(cp), ud.category(c), ud.name(c, None), repr(ud.bidirectional(c)), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)), ud.numeric(c, None),
          c.isalpha(), c.isprintable(), c.isidentifier(), ud.normalize("NFKC", c) == c)
for n in ["CJK UNIFIED IDEOGRAPH-31350", "KAWI SIGN CANDRABINDU", "WIRELESS", "HANGUL SYLLABLE GAGG",
          "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "TANGUT IDEOGRAPH-17000",
          "nushu character-1b170", "KHITAN SMALL SCRIPT CHARACTER-18B00", "CJK COMPATIBILITY IDEOGRAPH-2F800"]:
    try:
        print(n, ascii(ud.lookup(n)))
    except KeyError as e:
        print("KeyError:", e)
print(ascii(ud.lookup("LATIN SMALL LETTER R WITH TILDE")), ascii(ud.lookup("keycap digit one")),
      ascii("\N{LINE FEED}\N{nbsp}\N{BYTE ORDER MARK}"))

sample = [chr(cp) for cp in range(0, 0x110000, 211) if not 0xD800 <= cp < 0xE000]
sample += [chr(cp) for cp in range(0x300, 0x370)] + [chr(cp) for cp in range(0xAC00, 0xAC40)]
print(len(sample))
props = {
    "name": lambda c: ud.name(c, "-"),
    "category": ud.category,
    "bidirectional": ud.bidirectional,
    "combining": ud.combining,
    "east_asian_width": ud.east_asian_width,
    "mirrored": ud.mirrored,
    "decomposition": ud.decomposition,
    "decimal": lambda c: ud.decimal(c, None),
    "digit": lambda c: ud.digit(c, None),
    "numeric": lambda c: ud.numeric(c, None),
    "NFC": lambda c: ascii(ud.normalize("NFC", c)),
    "NFD": lambda c: ascii(ud.normalize("NFD", c)),
    "NFKC": lambda c: ascii(ud.normalize("NFKC", c)),
    "NFKD": lambda c: ascii(ud.normalize("NFKD", c)),
}
for key, f in props.items():
    print(key, hashlib.sha256("|".join(str(f(c)) for c in sample).encode()).hexdigest()[:16])
named = [c for c in sample if ud.name(c, None)]
print("named", len(named), all(ud.lookup(ud.name(c)) == c for c in named))
text = "".join(sample[::7])
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = ud.normalize(form, text)
    print(form, len(n), hashlib.sha256(n.encode("utf-8", "surrogatepass")).hexdigest()[:16], ud.is_normalized(form, n),
          ud.is_normalized(form, text))
print(ascii("caf\xe9 \u2603 \u0378 \U0001F600 \U00031350".encode("ascii", "namereplace")))
