# binascii quoted-printable: a2b_qp/b2a_qp with header, quotetabs and istext, soft line
# breaks at 76 columns, CRLF data, trailing whitespace, and quopri on top of them
import binascii
import quopri

samples = [
    b"", b"hello", b"a=b", b"caf\xc3\xa9 au lait", b"tab\there", b"trailing space \nnext",
    b"trailing tab\t\r\nnext\r\n", b"under_score and space", b".\nleading dot", b"x" * 80,
    b"=" * 30, b"line one\nline two\n", b"\x00\x01\x7f\x80\xff", b"end with space ", b"a\rb\nc",
    b"y" * 74 + b"=" + b"z" * 5, b"a" * 75 + b"\n" + b"b" * 76 + b"\n",
]
for s in samples:
    for kw in [{}, {"quotetabs": True}, {"istext": False}, {"header": True}, {"quotetabs": 1, "header": 1}]:
        enc = binascii.b2a_qp(s, **kw)
        dec = binascii.a2b_qp(enc, header=kw.get("header", False))
        print(repr(s[:20]), kw, enc, dec == s)

for text in [b"=41=42", b"=4", b"=", b"soft=\nbreak", b"soft=\r\nbreak", b"==41", b"=zz", b"a_b", b"=4g",
             "=3D and str", b"=\r", b"trail= \nx"]:
    print(text, binascii.a2b_qp(text), binascii.a2b_qp(text, header=True))
print(binascii.a2b_qp(data=b"a_b=20", header=True), binascii.b2a_qp(data=b"a b", header=True))
for bad in [1, "é"]:
    try:
        binascii.a2b_qp(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_qp("str")
except TypeError as e:
    print("TypeError", e)

print(quopri.encodestring(b"Caf\xe9 = cafe\n" * 3))
print(quopri.decodestring(b"Caf=E9 =3D cafe=\n continued"))
print(quopri.encodestring(b"a b_c", quotetabs=True, header=True), quopri.decodestring(b"a_b=5Fc", header=True))
