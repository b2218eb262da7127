# bytes.decode defaults, subclassing bytes/bytearray, and bytes() protocol interplay.

print(b"abc".decode(), b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b"x".decode(encoding="ascii"), b"\xff".decode(errors="replace"), b"\xff".decode("ascii", errors="ignore"))
print(bytearray(b"ba").decode(), memoryview(b"mv").tobytes().decode(), type(b"".decode()).__name__)
for args in [("nope",), ("utf-8", "nope-handler"), (5,)]:
    try:
        b"\xff".decode(*args)
    except (LookupError, TypeError, UnicodeDecodeError) as e:
        print(args, type(e).__name__ + ":", e)
try:
    "x".decode()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b"x".encode()
except AttributeError as e:
    print(type(e).__name__, e)

class Tagged(bytes):
    def __new__(cls, data, tag=""):
        obj = super().__new__(cls, data)
        obj.tag = tag
        return obj
    def __repr__(self):
        return f"Tagged({bytes(self)!r}, {self.tag!r})"

t = Tagged(b"data", "t1")
print(t, t.tag, len(t), t[0], t[1:3], type(t[1:3]).__name__, t == b"data", isinstance(t, bytes))
for r in (t.upper(), t + b"!", t * 2, t.strip(), bytes(t), t.replace(b"a", b"A"), t.hex(), t.decode()):
    print(repr(r), type(r).__name__)
print(hash(t) == hash(b"data"), {b"data": 1}[t], sorted([Tagged(b"b"), b"a"]))

class Buf(bytearray):
    def push(self, v):
        self.append(v)
        return self
b = Buf(b"ab")
b.push(99).push(100)
print(b, type(b).__name__, type(b + b"x").__name__, type(b[:1]).__name__, type(b.copy()).__name__)
b += b"!"
print(b, type(b).__name__)

class Conv:
    def __init__(self, v):
        self.v = v
    def __bytes__(self):
        return self.v
print(bytes(Conv(b"ok")), bytes(Conv(Tagged(b"sub", "x"))), type(bytes(Conv(Tagged(b"sub")))).__name__)
try:
    bytes(Conv(bytearray(b"ba")))
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.__name__, bytearray.__name__, bytes.__mro__, bytearray.__mro__)
print(issubclass(bytes, bytearray), issubclass(bytearray, bytes), isinstance(memoryview(b""), bytes))
print(b"a" + Tagged(b"b"), type(b"a" + Tagged(b"b")).__name__, Tagged(b"a") + b"b")
