# struct.calcsize at the edges: counts that overflow the total size are struct.error, not a
# crash or a huge allocation; alignment and padding of native vs standard sizes.
import struct, sys

for fmt in ["{}b".format(sys.maxsize + 1), "{}b{}H".format(sys.maxsize // 2, sys.maxsize // 2), "{}q".format(sys.maxsize // 4),
            "99999999999999999999999b", "{}x".format(sys.maxsize), "{}s".format(sys.maxsize), "x{}s".format(sys.maxsize)]:
    try:
        print(len(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(len(fmt), "struct.error:", e)
for fmt in ["bhilq", "@bhilq", "=bhilq", "<qb", ">bq", "!H3s", "c?xP", "5s2x4i", "0i", "b0i", "3b0q", "e f d"]:
    print(fmt, struct.calcsize(fmt))
try:
    struct.calcsize("5")
except struct.error as e:
    print("struct.error:", e)
s = struct.Struct("{}b".format(sys.maxsize))
print(s.size, s.format[:5])
try:
    s.pack()
except struct.error as e:
    print("struct.error:", e)
try:
    s.unpack(b"x")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("3b2h0q", 1, 2, 3, 4, 5), struct.unpack("<2xh3s", b"\x00\x00\x01\x00abc"))
