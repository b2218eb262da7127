# io.StringIO: reading, writing, seeking, newline modes, errors.
import io

s = io.StringIO("alpha\nbeta\ngamma\n")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), s.tell())
print(repr(s.readline(2)), repr(s.readline()))
print(repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(6)
print(repr(s.read()))
print(repr(s.getvalue()))

# Writing over and past the end.
w = io.StringIO()
print(w.write("hello"), w.tell())
w.seek(1)
print(w.write("EL"), repr(w.getvalue()), w.tell())
w.seek(10)
w.write("!")
print(repr(w.getvalue()), len(w.getvalue()))
print(w.seek(0, 2), w.seek(0, 1), w.seek(3))
print(w.truncate(), repr(w.getvalue()), w.tell())
print(w.truncate(1), repr(w.getvalue()), w.tell())
w.write("xyz")
print(repr(w.getvalue()))
w.writelines(["1", "2", "3"])
print(repr(w.getvalue()))

# Non-ASCII text: positions count characters.
u = io.StringIO("héllo wörld ✓\nñ")
print(u.read(2), u.tell(), u.readline(), u.tell(), repr(u.read()))
u.seek(1)
u.write("E")
print(u.getvalue())
u.seek(13)
print(repr(u.read(1)))

# Newline modes.
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(t.getvalue()), t.readlines(), t.newlines)
    t = io.StringIO(newline=nl)
    t.write("x\ny\r\nz\r")
    print(repr(nl), repr(t.getvalue()), t.newlines)

# Context manager and closed state.
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for op in ["read", "getvalue", "tell", "readline", "readable", "write"]:
    try:
        getattr(c, op)(*(["x"] if op == "write" else []))
    except ValueError as e:
        print(op, "->", e)
try:
    iter(c)
except ValueError as e:
    print("iter ->", e)

# Argument errors.
for bad in [lambda: io.StringIO(b"bytes"), lambda: io.StringIO("x", "bad"),
            lambda: io.StringIO("x", 5), lambda: io.StringIO().write(b"b"),
            lambda: io.StringIO().seek(-1), lambda: io.StringIO().seek(1, 1),
            lambda: io.StringIO().seek(0, 7), lambda: io.StringIO().truncate(-2),
            lambda: io.StringIO().read("x"), lambda: io.StringIO().read(1.5)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)

print(io.StringIO().readable(), io.StringIO().writable(), io.StringIO().seekable(), io.StringIO().isatty())
print(io.StringIO().line_buffering, io.StringIO().encoding, io.StringIO().errors)
print(repr(io.StringIO(None).getvalue()))

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

up = Upper()
print("shout", file=up)
up.extra = 42
print(repr(up.getvalue()), up.extra, isinstance(up, io.TextIOBase), isinstance(up, io.IOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.StringIO, io.BufferedIOBase))

# print() into a StringIO, and iteration protocol details.
buf = io.StringIO()
print("a", 1, None, sep="|", end="!\n", file=buf)
print(*range(5), file=buf)
print(repr(buf.getvalue()))
it = io.StringIO("1\n2\n")
print(next(it), next(it), next(it, "done"))
st = io.StringIO("state")
st.read(2)
print(st.__getstate__()[:3])
