# ASCII and Latin-1 codecs with every error handler.

handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape"]
for codec in ("ascii", "latin-1"):
    for s in ["plain", "café", "€uro", "😀", "\xff\u0100", "tab\t\x00"]:
        row = []
        for h in handlers:
            try:
                row.append(s.encode(codec, h))
            except UnicodeEncodeError as e:
                row.append(f"{type(e).__name__}: {e}")
        print(codec, repr(s), row)

for codec in ("ascii", "latin-1"):
    for b in [b"plain", b"caf\xe9", b"\x80\xff", b"\x00\x7f"]:
        row = []
        for h in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            try:
                row.append(b.decode(codec, h))
            except UnicodeDecodeError as e:
                row.append(f"{type(e).__name__}: {e}")
        print(codec, repr(b), [repr(x) for x in row])

print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
print("".join(map(chr, range(256))).encode("latin-1") == bytes(range(256)))
for name in ("latin1", "latin_1", "iso-8859-1", "ISO8859-1", "l1", "us-ascii", "ASCII", "646"):
    try:
        print(name, "A".encode(name), b"\x41".decode(name))
    except LookupError as e:
        print(name, type(e).__name__, e)
for name in ("no-such-codec", "utf-9", ""):
    try:
        "x".encode(name)
    except LookupError as e:
        print(repr(name), type(e).__name__, e)
try:
    "x".encode("ascii", "no-such-handler")
    print("unused handler not checked")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
