import struct

for fmt, vals in [("<i", (-2,)), (">I", (4000000000,)), ("!h", (-300,)), ("<q", (-(2**62),)), (">Q", (2**64 - 1,)),
                  ("<f", (1.5,)), (">d", (-0.1,)), ("<e", (65504.0,)), ("?", (True,)), ("c", (b"x",)), ("5s", (b"ab",)),
                  ("3p", (b"abcdef",)), ("<2hxi", (1, 2, 3)), ("@bhil", (1, 2, 3, 4)), ("=bhil", (1, 2, 3, 4)), ("<n", ()) if False else ("<H", (65535,))]:
    packed = struct.pack(fmt, *vals)
    print(fmt, packed.hex(), struct.unpack(fmt, packed), struct.calcsize(fmt))
s = struct.Struct("<3sHd")
print(s.format, s.size, s.pack(b"abc", 7, 2.5), s.unpack(s.pack(b"abc", 7, 2.5)))
buf = bytearray(20)
s.pack_into(buf, 4, b"xyz", 9, -1.0)
print(buf.hex(), s.unpack_from(buf, 4), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
print(struct.pack("<4xB", 7), struct.calcsize("@ci"), struct.calcsize("=ci"), struct.calcsize("0s"))
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<I", -1), lambda: struct.pack("<i", 1.5),
            lambda: struct.unpack("<i", b"\x00"), lambda: struct.pack("z", 1), lambda: struct.pack("<2i", 1),
            lambda: struct.pack("<?"), lambda: struct.Struct("<i").unpack_from(b"\x00" * 3),
            lambda: struct.pack("<e", 1e10)]:
    try:
        bad()
    except (struct.error, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.unpack(">e", b"\x7c\x00"), struct.unpack("<d", b"\x00" * 7 + b"\x7f"))
