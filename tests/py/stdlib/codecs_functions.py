# _codecs: the low-level codec functions the encodings package wraps
import codecs

print(codecs.utf_8_encode("aé€😀"), codecs.utf_8_decode(b"a\xc3\xa9"))
print(codecs.utf_8_decode(b"a\xe2\x82", "strict", False), codecs.utf_8_decode(b"a\xe2\x82", "replace", True))
print(codecs.latin_1_encode("aé"), codecs.latin_1_decode(b"\xe9\xff"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"))
print(codecs.utf_16_le_encode("a€"), codecs.utf_16_be_encode("a€"), codecs.utf_16_encode("a"))
print(codecs.utf_16_le_decode(b"a\x00\xac"), codecs.utf_16_be_decode(b"\x00a\x20\xac"))
print(codecs.utf_16_decode(b"\xff\xfea\x00b\x00"), codecs.utf_16_decode(b"\xfe\xff\x00a"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00b", "strict", 0, True))
print(codecs.utf_16_ex_decode(b"a\x00b\x00", "strict", -1, True))
print(codecs.utf_32_encode("a"), codecs.utf_32_le_encode("😀"), codecs.utf_32_be_encode("a"))
print(codecs.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"), codecs.utf_32_le_decode(b"a\x00\x00\x00b\x00"))
print(codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "strict", 0, True))

print(codecs.escape_encode(b"a\tb\n\\'\x00\xff"))
print(codecs.escape_decode(b"a\\tb\\n\\x41\\101\\\\\\'"), codecs.escape_decode("\\x7a"))
for bad in [b"\\x4", b"abc\\"]:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print("ValueError:", e)
print(codecs.unicode_escape_encode("a\té\u20ac\U0001f600\\"))
print(codecs.unicode_escape_decode(b"a\\t\\xe9\\u20ac\\U0001f600\\101"))
for bad in [b"\\u12", b"\\U110000000", b"x\\"]:
    try:
        codecs.unicode_escape_decode(bad)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(codecs.raw_unicode_escape_encode("aé\u20ac\U0001f600\\n"))
print(codecs.raw_unicode_escape_decode(b"a\\u20ac\\n\\U0001f600"))
print("a\tb\u20ac".encode("unicode_escape"), b"\\u20ac\\n".decode("unicode_escape"))
print("a\u20ac".encode("raw_unicode_escape"), b"\\u20ac\\n".decode("raw-unicode-escape"))

table = codecs.charmap_build("abc\u20ac")
print(sorted(table.items()))
print(codecs.charmap_decode(b"\x00\x02\x03", "strict", "abc\u20ac"))
print(codecs.charmap_decode(b"\x00\x01", "strict", {0: "x", 1: 0x41}))
print(codecs.charmap_decode(b"\x00\x05", "replace", "ab"))
print(codecs.charmap_encode("ab\u20ac", "strict", {ord("a"): 1, ord("b"): b"BB", 0x20ac: 0x80}))
try:
    codecs.charmap_encode("z", "strict", {})
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(codecs.readbuffer_encode(b"xyz"), codecs.readbuffer_encode("xyz"))

# Streams through codecs.open / StreamReader-like helpers
import io
raw = io.BytesIO()
w = codecs.getwriter("utf-16-le")(raw)
w.write("hi€")
print(raw.getvalue())
r = codecs.getreader("utf-16-le")(io.BytesIO(raw.getvalue()))
print(r.read())
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1", "cp437", "mac_roman", "cp850"]:
    s = "Ça va? ü"
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
print(list(codecs.iterencode(["a", "é"], "utf-8")), "".join(codecs.iterdecode([b"\xc3", b"\xa9"], "utf-8")))
