# base64 module: the four alphabets, validation, padding, urlsafe, a85/b85, encodebytes line breaks.
import base64, binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd" * 7]
for s in samples[:7]:
    print(s, base64.b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b85encode(s), base64.a85encode(s))
for s in samples:
    for enc, dec in ((base64.b64encode, base64.b64decode), (base64.b32encode, base64.b32decode),
                     (base64.b16encode, base64.b16decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b85encode, base64.b85decode), (base64.a85encode, base64.a85decode),
                     (base64.b32hexencode, base64.b32hexdecode)):
        assert dec(enc(s)) == s, (enc.__name__, s)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe", altchars=b"-_"))
print(base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYmFy"))
for bad in (b"Zm9v!", b"Zm9"):
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6===", map01=None))
print(base64.b16decode(b"666f6f", casefold=True))
print(base64.a85encode(b"hello world", adobe=True), base64.a85decode(b"<~BOu!rD]j7BEbo80~>", adobe=True))
print(base64.a85encode(b"\x00" * 8), base64.a85encode(b"    ", foldspaces=True), base64.a85encode(bytes(range(60)), wrapcol=20))
text = base64.encodebytes(bytes(range(100)))
print(text.count(b"\n"), len(text), base64.decodebytes(text) == bytes(range(100)))
print(base64.standard_b64encode(b"ok?"), base64.standard_b64decode(b"b2s/"))
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b85decode(b"|NsC0~")
except ValueError as e:
    print("ValueError:", e)
