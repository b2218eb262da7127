# struct: every format code, byte orders, alignment, calcsize, Struct, errors
import struct

for fmt in ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "e", "f", "d", "?", "c", "P", "x", "s", "p",
            "<l", ">q", "!H", "=i", "@bi", "=bi", "bxi0q", "3h", "10s", "5p", " b i ", "2xh", "@hq", "<hq", "@ci", "@iq", "@qi"]:
    print(repr(fmt), struct.calcsize(fmt))
vals = {"b": -5, "B": 250, "h": -1234, "H": 54321, "i": -2 ** 31, "I": 2 ** 32 - 1, "l": -2 ** 63, "L": 2 ** 64 - 1,
        "q": 2 ** 63 - 1, "Q": 2 ** 64 - 1, "n": -7, "N": 7, "?": True}
for order in "@=<>!":
    for code, v in vals.items():
        fmt = order + code
        try:
            b = struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, "error:", e)
            continue
        print(fmt, b.hex(), struct.unpack(fmt, b))
for order in "<>":
    for v in [0.0, -0.0, 1.5, -2.25, 0.1, 1e-5, 65504.0, 1e-8, 6e-8, float("inf"), 3.141592653589793]:
        packed = struct.pack(order + "e", v)
        print(order + "e", v, packed.hex(), struct.unpack(order + "e", packed))
    for v in [0.1, 1e38, -1.5, float("-inf"), 1e-45]:
        packed = struct.pack(order + "f", v)
        print(order + "f", v, packed.hex(), struct.unpack(order + "f", packed))
    for v in [0.1, 1e308, -0.0, 5e-324]:
        packed = struct.pack(order + "d", v)
        print(order + "d", v, packed.hex(), struct.unpack(order + "d", packed))
print(struct.unpack("<e", struct.pack("<e", float("nan")))[0] != 0, struct.pack("<d", float("nan"))[6:].hex())
print(struct.pack("<hiq", 1, 2, 3).hex(), struct.pack(">hiq", 1, 2, 3).hex(), struct.pack("@hiq", 1, 2, 3).hex())
print(struct.pack("3s", b"abcdef"), struct.pack("6s", b"ab"), struct.pack("s", b"xyz"), struct.pack("0s", b"x"))
print(struct.pack("5p", b"abcdefgh"), struct.pack("3p", b"a"), struct.unpack("5p", b"\x09abcd"), struct.unpack("p", b"\x05"))
print(struct.pack("cc", b"a", b"\xff"), struct.unpack("2c", b"xy"), struct.pack("?", []), struct.pack("?", "x"), struct.unpack("?", b"\x07"))
print(struct.pack("4x"), struct.unpack("xbx", b"\x00\x05\x00"), struct.pack("x?", 0))
print(struct.pack("i", True), struct.pack("d", 1), struct.pack(b"<h", 7), struct.pack("<3H", 1, 2, 3).hex())
class Idx:
    def __index__(self):
        return 42
print(struct.pack("<i", Idx()), struct.pack(">d", Idx()))
s = struct.Struct(">hhl")
print(s.format, s.size, s.pack(1, 2, 3).hex(), s.unpack(s.pack(1, 2, 3)), list(s.iter_unpack(s.pack(1, 2, 3) * 2)))
print(struct.Struct(b"<i").format, struct.Struct("=4s").size, type(s).__name__)
buf = bytearray(12)
struct.pack_into("<hi", buf, 2, 7, -1)
print(buf.hex(), struct.unpack_from("<hi", buf, 2), struct.unpack_from("<i", buf, offset=4), struct.unpack_from("<h", buf, -10))
s.pack_into(buf, 0, 9, 8, 7)
print(buf.hex(), s.unpack_from(buf), s.unpack_from(buf, 4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")), struct.iter_unpack("<h", b"").__length_hint__())
it = struct.iter_unpack("<B", b"abc"); next(it)
print(it.__length_hint__(), list(it))
print(struct.unpack("<4s", memoryview(b"abcd")), struct.unpack("<H", bytearray(b"\x01\x02")))

errors = [
    lambda: struct.pack("i"), lambda: struct.pack("i", 1, 2), lambda: struct.pack("b", 200), lambda: struct.pack("B", -1),
    lambda: struct.pack("<h", 70000), lambda: struct.pack(">H", 70000), lambda: struct.pack(">H", -1), lambda: struct.pack("i", 2 ** 31),
    lambda: struct.pack("I", -1), lambda: struct.pack("<L", 2 ** 32), lambda: struct.pack("<l", -2 ** 31 - 1), lambda: struct.pack(">q", 2 ** 64),
    lambda: struct.pack("<Q", -1), lambda: struct.pack("q", 2 ** 80), lambda: struct.pack("b", "x"), lambda: struct.pack("i", 1.0),
    lambda: struct.pack("d", "x"), lambda: struct.pack("c", b"ab"), lambda: struct.pack("c", "a"), lambda: struct.pack("s", "a"),
    lambda: struct.pack("<e", 1e6), lambda: struct.pack("<f", 1e40), lambda: struct.unpack("i", b"abc"), lambda: struct.unpack("i", "abcd"),
    lambda: struct.calcsize("z"), lambda: struct.calcsize("3"), lambda: struct.calcsize("<n"), lambda: struct.calcsize(">P"),
    lambda: list(struct.iter_unpack("i", b"12345")), lambda: struct.iter_unpack("", b""), lambda: struct.unpack_from("i", b"12", 1),
    lambda: struct.pack_into("i", bytearray(2), 0, 1), lambda: struct.unpack_from("i", b"1234", -10),
    lambda: struct.pack_into("i", bytearray(8), 6, 1), lambda: struct.pack_into("i", bytearray(8), 0),
    lambda: struct.Struct(5), lambda: struct.Struct(), lambda: s.pack(1), lambda: s.unpack(b"1"), lambda: struct.pack(),
]
for f in errors:
    try:
        print("no error", f())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(struct.error.__module__, issubclass(struct.error, Exception), struct.pack("@n", -1) == struct.pack("@q", -1))
