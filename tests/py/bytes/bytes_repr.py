# repr() of bytes and bytearray: printable ASCII shown, quotes chosen, escapes for the rest.

samples = [b"", b"abc", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r", b"\x00\x01\x7f\x80\xff",
           b"\x0b\x0c\x07\x08", bytes(range(32, 127)), b"'", b'"', b"\x1b[0m", b"caf\xc3\xa9"]
for b in samples:
    print(repr(b), str(b), repr(bytearray(b)), len(b))
print(repr(bytes(range(0, 32))))
print(repr(bytes(range(127, 160))))
print(repr(bytes(range(240, 256))))
print([b"a", bytearray(b"b")], (b"x",), {b"k": bytearray(b"v")})
print(ascii(b"\xff"), ascii(bytearray(b"\x80")), f"{b'f'}", f"{b'f'!r}", "%s" % b"pct", "%r" % bytearray(b"r"))
print(format(b"fmt"), "{}".format(b"braces"), str(bytearray()), repr(bytearray(3)))
class BA(bytearray):
    pass
class B(bytes):
    pass
print(repr(BA(b"sub")), repr(B(b"sub")), str(B(b"s")))
print(eval(repr(b"\x00'\"\\z")) == b"\x00'\"\\z")
print(all(eval(repr(bytes([i]))) == bytes([i]) for i in range(256)))
print(repr(b"a" * 3 + b"'" + b'"'))
print(b"\x41\102\x43", b"\N" if False else rb"\N", len(rb"\x00"), b"\z" if False else rb"\z")
