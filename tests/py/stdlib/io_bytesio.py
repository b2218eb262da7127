# io.BytesIO and the buffered/raw base classes over it.
import io

b = io.BytesIO(b"first line\nsecond\nthird")
print(b.read(5), b.tell(), b.read1(3), b.tell())
print(b.readline(), b.readline(3), b.readline())
print(b.readline(), b.read(), b.tell())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read())
print(b.seek(-100, 1), b.seek(4), b.seek(2, 1), b.seek(-1, 2))
print(b.getvalue())

w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"def")), w.write(memoryview(b"gh")))
print(w.getvalue(), w.tell())
w.seek(1)
w.write(b"XY")
print(w.getvalue(), w.tell())
w.seek(12)
w.write(b"!")
print(w.getvalue(), len(w.getvalue()))
print(w.truncate(4), w.getvalue(), w.tell())
w.seek(0)
print(w.truncate(), w.getvalue())
w.writelines([b"1", b"22", b"333"])
print(w.getvalue())

# readinto
r = io.BytesIO(b"0123456789")
ba = bytearray(4)
print(r.readinto(ba), ba, r.readinto(ba), ba)
big = bytearray(10)
print(r.readinto(big), big)

# getbuffer reads the contents
g = io.BytesIO(b"view")
print(bytes(g.getbuffer()), g.getbuffer().nbytes)

# Errors and closed state.
for bad in [lambda: io.BytesIO("str"), lambda: io.BytesIO().write("s"),
            lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 9),
            lambda: io.BytesIO().truncate(-1), lambda: io.BytesIO().read("z")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
c = io.BytesIO(b"data")
with c:
    print(c.read(2), c.closed)
print(c.closed)
for op in ["read", "getvalue", "tell", "write", "flush", "readable", "seek"]:
    try:
        getattr(c, op)(*([b"x"] if op == "write" else [0] if op == "seek" else []))
    except ValueError as e:
        print(op, "->", e)

print(io.BytesIO().readable(), io.BytesIO().writable(), io.BytesIO().seekable(), io.BytesIO().isatty())
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase))

# A pure-Python raw stream: the base classes supply read/readall/readline/iteration.
class Chunks(io.RawIOBase):
    def __init__(self, data, step):
        self.data, self.pos, self.step = data, 0, step
    def readable(self):
        return True
    def readinto(self, buf):
        n = min(len(buf), self.step, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

ch = Chunks(b"one\ntwo\nthree\n", 3)
print(ch.read(2), ch.readline(), ch.readall())
print(list(Chunks(b"a\nbb\nccc", 2)))
print(Chunks(b"x\ny\nz\n", 1).readlines(3))
print(Chunks(b"", 1).read(), Chunks(b"", 1).closed)
ch2 = Chunks(b"abc", 1)
ch2.close()
print(ch2.closed, ch2.__dict__.get("_Chunks__IOBase_closed", "-"))
try:
    ch2.read()
except ValueError as e:
    print("closed read ->", e)
try:
    Chunks(b"", 1).write(b"x")
except NotImplementedError:
    print("write not implemented")
for m in ["seek", "tell", "truncate", "fileno"]:
    try:
        getattr(Chunks(b"", 1), m)()
    except io.UnsupportedOperation as e:
        print(m, "->", repr(e), isinstance(e, OSError), isinstance(e, ValueError))

# BufferedReader over a Python raw stream.
br = io.BufferedReader(Chunks(b"line one\nline two\nlast", 4), buffer_size=5)
print(br.peek(1)[:1], br.read(3), br.read1(10), br.readline(), br.read())
print(br.read(), br.readable(), br.writable(), br.seekable())
print(repr(io.BufferedReader(io.BytesIO(b"xy"))))
print(io.BufferedReader(io.BytesIO(b"xy\nz")).readlines())

# BufferedWriter over a BytesIO.
sink = io.BytesIO()
bw = io.BufferedWriter(sink)
print(bw.write(b"hello "), bw.write(b"world"), bw.writable(), bw.readable())
bw.flush()
print(sink.getvalue())
pair = io.BufferedRWPair(io.BytesIO(b"incoming"), io.BytesIO())
print(pair.read(2), pair.peek(1)[:1], pair.write(b"out"), pair.readable(), pair.writable())
