# base64 (over binascii): standard, urlsafe, b32, b16, b85, a85, encodebytes
import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[::17], b"\xff\xfe\xfd"]
for s in samples:
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    print(" ", base64.b85encode(s), base64.a85encode(s), base64.standard_b64encode(s))
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.urlsafe_b64decode("_-8="), base64.b64decode("Zm9v\nYmFy"), base64.b32decode("mzxw6===", casefold=True))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"))
print(base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.a85encode(b"hello world", foldspaces=True, wrapcol=10, adobe=True))
print(base64.b16decode("ABCD"), base64.b16decode("abcd", casefold=True))
for bad in [lambda: base64.b64decode(b"Zm9v!", validate=True), lambda: base64.b64decode("Zm9"), lambda: base64.b32decode("ABC"),
            lambda: base64.b16decode("abcd"), lambda: base64.b64decode("é")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import io
out = io.BytesIO()
base64.encode(io.BytesIO(b"stream data " * 10), out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue())
