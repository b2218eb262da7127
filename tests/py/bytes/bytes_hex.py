# hex() and fromhex() on bytes, bytearray and memoryview.

for b in (b"", b"\x00", b"\xde\xad\xbe\xef", bytes(range(10)), b"hello"):
    print(repr(b), b.hex(), bytearray(b).hex(), memoryview(b).hex())
data = bytes(range(0xA0, 0xAB))
print(data.hex(":"))
print(data.hex("-", 2))
print(data.hex("-", -2))
print(data.hex(" ", 3))
print(data.hex(" ", -3))
print(data.hex(b"|", 4))
print(data.hex(":", 100))
print(data.hex(":", 1), data.hex(":", -1))
print(b"ab".hex(sep="_"), b"abcd".hex(sep=".", bytes_per_sep=1))
for bad in (("::",), ("é",), (1,), (":", "2")):
    try:
        data.hex(*bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__ + ":", e)
try:
    b"".hex(":", 0)
    print("bytes_per_sep=0 ok:", repr(data.hex(":", 0)))
except ValueError as e:
    print(type(e).__name__, e)

for s in ["", "00", "deadbeef", "DEADBEEF", "de ad be ef", "  de ad  ", "0a0B0c", "de\tad", "de\nad"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__ + ":", e)
for s in ["0", "abc", "gg", "de ad b", "d e", "0x10", "é1", "1 2", "12 3"]:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__ + ":", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(type(e).__name__, e)
x = bytes(range(256))
print(bytes.fromhex(x.hex()) == x, bytes.fromhex(x.hex(" ")) == x, len(x.hex()))
class SubB(bytes):
    pass
print(type(SubB.fromhex("41")).__name__, SubB.fromhex("4142"))
