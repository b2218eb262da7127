# int.to_bytes / int.from_bytes with byte orders, sizes and signedness.

def tb(v, *args, **kw):
    try:
        r = v.to_bytes(*args, **kw)
    except Exception as e:
        print(f"({v}).to_bytes{args}{kw if kw else ''} -> {type(e).__name__}: {e}")
    else:
        print(f"({v}).to_bytes{args}{kw if kw else ''} -> {r!r}")

tb(1024, 2, "big")
tb(1024, 2, "little")
tb(1024, 4, "big")
tb(0, 0, "big")
tb(0, 1, "little")
tb(255, 1, "big")
tb(256, 1, "big")
tb(-1, 1, "big")
tb(-1, 1, "big", signed=True)
tb(-128, 1, "big", signed=True)
tb(-129, 1, "big", signed=True)
tb(127, 1, "big", signed=True)
tb(128, 1, "big", signed=True)
tb(-2**15, 2, "little", signed=True)
tb(2**64 - 1, 8, "big")
tb(2**64, 8, "big")
tb(2**64, 9, "little")
tb(1, 2, "middle")
tb(1, -1, "big")
tb(65)
tb(65, 3)
tb(300)
tb(300, length=2, byteorder="little")
tb(5, 2, byteorder="big")
tb(-5, 4, "little", signed=True)
tb(1, 1, "BIG")

def fb(data, *args, **kw):
    try:
        r = int.from_bytes(data, *args, **kw)
    except Exception as e:
        print(f"from_bytes({data!r}, {args}, {kw}) -> {type(e).__name__}: {e}")
    else:
        print(f"from_bytes({data!r}, {args}, {kw}) -> {r!r}")

fb(b"\x04\x00", "big")
fb(b"\x04\x00", "little")
fb(b"\xff", "big")
fb(b"\xff", "big", signed=True)
fb(b"\x80\x00", "big", signed=True)
fb(b"\x00\x80", "big", signed=True)
fb(b"", "big")
fb(b"", "big", signed=True)
fb(b"\x01" * 20, "little")
fb([1, 2, 3], "big")
fb(bytearray(b"\x12\x34"), "little")
fb((255, 0), "big")
fb(b"\x01\x00")
fb(b"\x01\x00", byteorder="little")
fb(b"\x01", "sideways")
fb("abc", "big")
fb([256], "big")

# Round-trips over a range of values and sizes
ok = True
for v in range(-70000, 70000, 997):
    for order in ("big", "little"):
        b = v.to_bytes(4, order, signed=True)
        if int.from_bytes(b, order, signed=True) != v:
            ok = False
print("round trip ok:", ok)

# Subclasses: from_bytes on a subclass returns an instance of the subclass
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x02", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
