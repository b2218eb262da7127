# UnicodeEncodeError / UnicodeDecodeError attributes and messages across codecs.

def enc(s, codec):
    try:
        s.encode(codec)
    except UnicodeEncodeError as e:
        print(f"encode {s!r} {codec}: {e}")
        print("   attrs:", e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args), isinstance(e, UnicodeError), isinstance(e, ValueError))

def dec(b, codec):
    try:
        b.decode(codec)
    except UnicodeDecodeError as e:
        print(f"decode {b!r} {codec}: {e}")
        print("   attrs:", e.encoding, repr(e.object), e.start, e.end, e.reason, len(e.args))

enc("é", "ascii")
enc("abcé€d", "ascii")
enc("xyz😀", "latin-1")
enc("\ud800", "utf-8")
enc("ab\udc00\udc01c", "utf-8")
enc("\ud800", "utf-16")
enc("\ud800x", "utf-32-be")
dec(b"\xff", "ascii")
dec(b"ab\x80\x81c", "ascii")
dec(b"\xff", "utf-8")
dec(b"a\xe2\x82", "utf-8")
dec(b"\xe2\x82a", "utf-8")
dec(b"\x80\x80", "utf-8")
dec(b"abc", "utf-16-le")
dec(b"\x00\xdc", "utf-16-le")
dec(b"\x00\x00\x00\x01", "utf-32-le")

e = UnicodeDecodeError("mycodec", b"\x00\x01", 1, 2, "my reason")
print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("mycodec", "ab", 0, 2, "why")
print(e)
e = UnicodeEncodeError("mycodec", "a", 0, 1, "single")
print(e)
e = UnicodeDecodeError("c", b"\xff\xfe", 0, 1, "one")
print(e)
try:
    raise UnicodeDecodeError("c", b"", 0, 0, "empty")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    UnicodeDecodeError("c")
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(UnicodeDecodeError, UnicodeError), UnicodeError.__bases__, UnicodeDecodeError.__mro__[1:3])
