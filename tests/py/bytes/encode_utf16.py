# UTF-16 and UTF-32 codecs: endianness, BOMs, surrogate pairs, truncated input.

for s in ["", "A", "é", "€", "😀", "a😀b"]:
    print(repr(s), s.encode("utf-16-le"), s.encode("utf-16-be"), s.encode("utf-16"))
    print("   ", s.encode("utf-32-le"), s.encode("utf-32-be"), len(s.encode("utf-32")))
print(b"\xff\xfeA\x00".decode("utf-16"), b"\xfe\xff\x00A".decode("utf-16"), b"A\x00".decode("utf-16"))
print(repr(b"\xff\xfeA\x00".decode("utf-16-le")), repr(b"\x3d\xd8\x00\xde".decode("utf-16-le")))
print("😀".encode("utf-16-le").hex(" "), "😀".encode("utf-16-be").hex(" "), "😀".encode("utf-32-be").hex(" "))
bad = [b"A", b"A\x00B", b"\x00\xd8", b"\x00\xdcA\x00", b"\x3d\xd8A\x00", b"\x00\xd8\x00\xd8"]
for b in bad:
    for h in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(repr(b), h, repr(b.decode("utf-16-le", h)))
        except UnicodeDecodeError as e:
            print(repr(b), h, type(e).__name__ + ":", e)
for b in [b"A\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00"]:
    try:
        print(repr(b), b.decode("utf-32-le"))
    except UnicodeDecodeError as e:
        print(repr(b), type(e).__name__ + ":", e)
try:
    "\ud800".encode("utf-16-le")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-16-le", "surrogatepass"), b"\x00\xd8".decode("utf-16-le", "surrogatepass") == "\ud800")
for name in ("utf16", "UTF-16LE", "utf_16_be", "U16", "utf32", "UTF-32-LE"):
    print(name, "a".encode(name))
