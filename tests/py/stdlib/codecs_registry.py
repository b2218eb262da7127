# codecs: lookup and normalization, CodecInfo, encode/decode through the registry,
# custom search functions and error handlers
import codecs

for name in ["utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin1", "iso-8859-1", "ascii",
             "US-ASCII", "utf-16", "UTF-16LE", "utf_32_be", "cp1252", "koi8_r", "hex"]:
    ci = codecs.lookup(name)
    print(repr(name), "->", ci.name)
for bad in ["nope", "utf-9", ""]:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print("LookupError:", e)

print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("héllo", "latin-1"), codecs.decode(b"h\xe9llo", "latin-1"))
print(codecs.encode("abc"), codecs.decode(b"abc"))
print(codecs.encode(b"\x01\xff", "hex"), codecs.decode(b"01ff", "hex"))
print(codecs.encode("caf\u00e9", "cp1252"), codecs.decode(b"\x80\x9c", "cp1252"))
print("€uro".encode("cp1252"), b"\xa4".decode("iso8859_15"))
print("привет".encode("koi8_r"), b"\xd0\xd2\xc9".decode("koi8-r"))
try:
    codecs.encode("é", "ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(codecs.encode("é", "ascii", "replace"), codecs.decode(b"a\xffb", "utf-8", "replace"))

# The CodecInfo tuple
ci = codecs.lookup("utf-8")
print(ci.encode("x€"), ci.decode(b"x\xe2\x82\xac"))
print(codecs.getencoder("latin-1")("ab"), codecs.getdecoder("ascii")(b"ab"))
enc = codecs.getincrementalencoder("utf-8")()
print(enc.encode("a"), enc.encode("€", final=True))
dec = codecs.getincrementaldecoder("utf-8")()
parts = [dec.decode(bytes([b])) for b in "€a".encode()]
print(parts, repr(dec.decode(b"", final=True)))

# A custom search function
def search(name):
    if name == "rot_thirteen":
        import encodings.rot_13 as r
        return r.getregentry()
    return None
codecs.register(search)
print(codecs.encode("Hello", "rot-thirteen"), codecs.lookup("ROT THIRTEEN").name)
codecs.unregister(search)
print(codecs.encode("Hello", "rot13"))

# Error handler registry
def handler(exc):
    return ("<%d-%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("mark", handler)
print(codecs.lookup_error("mark") is handler)
print(codecs.encode("aé€b", "ascii", "mark"))
print(codecs.lookup_error("strict"), codecs.lookup_error("ignore").__name__)
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(name, codecs.lookup_error(name).__name__)
try:
    codecs.lookup_error("nosuch")
except LookupError as e:
    print("LookupError:", e)
e = UnicodeEncodeError("ascii", "aé€b", 1, 3, "bad")
print(codecs.ignore_errors(e), codecs.replace_errors(e))
print(codecs.backslashreplace_errors(e), codecs.xmlcharrefreplace_errors(e))
d = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "bad")
print(codecs.ignore_errors(d), codecs.replace_errors(d), codecs.backslashreplace_errors(d))
try:
    codecs.strict_errors(e)
except UnicodeEncodeError as x:
    print("strict raised:", x)
try:
    codecs.register_error("x", 42)
except TypeError as x:
    print("TypeError:", x)
