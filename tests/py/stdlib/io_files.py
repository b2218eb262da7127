# open(): text and binary files, modes, universal newlines, encodings, errors.
import io
import os

root = "/tmp/pygmy-test-io_files"
if os.path.isdir(root):
    for n in os.listdir(root):
        os.remove(os.path.join(root, n))
else:
    os.mkdir(root)
p = os.path.join(root, "a.txt")

with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
    print(f.write("one\n"), f.write("two\r\nthree\rfour"), f.writable(), f.readable(), f.seekable())
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.name == p)
print(f.closed)

with open(p) as f:
    print(f.readline(), end="")
    print(repr(f.readline()), f.tell())
    print(f.readlines(), f.newlines)
with open(p, newline="") as f:
    print(f.read().split("\r"))
with open(p, newline="\r") as f:
    print(list(f))
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(5), f.tell(), f.peek(1)[:1], f.read())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(3), f.readall(), f.read(), f.fileno() > 2)

# Appending, updating, exclusive creation.
with open(p, "a") as f:
    print(f.tell(), f.write("\nfive"))
with open(p) as f:
    print(f.read().splitlines())
with open(p, "r+") as f:
    print(f.read(3), f.seek(0), f.write("ONE"), f.seek(0, 2) > 0)
    f.seek(0)
    print(repr(f.readline()))
with open(p, "w+") as f:
    f.write("fresh\ncontent\n")
    f.seek(0)
    print(f.read(), f.tell())
    print(f.truncate(6), f.seek(0), repr(f.read()))
try:
    open(p, "x")
except FileExistsError as e:
    print("x:", type(e).__name__, e.errno, e.strerror, e.filename == p)
q = os.path.join(root, "new.bin")
with open(q, "xb") as f:
    print(f.write(bytes(range(250, 256)) + b"\r\n"), f.mode)
with open(q, "rb") as f:
    data = f.read()
    print(list(data), len(data))
with open(q, "ab+") as f:
    f.write(b"tail")
    f.seek(0)
    print(f.read())

# Encodings.
text = "naïve café ✓ €\nzweite Zeile"
with open(p, "w", encoding="utf-8") as f:
    print(f.write(text))
print(os.path.getsize(p))
with open(p, encoding="utf-8") as f:
    print(f.read(7), f.tell(), repr(f.read(1)), f.readline(), f.read())
with open(p, "rb") as f:
    raw = f.read()
print(raw[:12])
with open(p, "w", encoding="latin-1") as f:
    f.write("dé\xff\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("decode:", e.encoding, e.start, e.end, e.reason)
with open(p, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
try:
    with open(p, "w", encoding="ascii") as f:
        f.write("snow ☃")
except UnicodeEncodeError as e:
    print("encode:", e.encoding, e.start, e.reason)
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("bom")
    f.write("!")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())

# Iteration, tell() during iteration, seek rules.
with open(p, "w") as f:
    f.writelines(f"row {i}\n" for i in range(5))
with open(p) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("tell:", e)
            break
    print([l.rstrip() for l in f])
    for args in [(1, 1), (1, 2), (0, 5), (-1,)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    print(f.seek(0, 2), f.seek(0), f.tell(), f.read(4))

# Errors from open().
for args, kw in [((os.path.join(root, "missing.txt"),), {}), ((root,), {}), ((root, "w"), {}),
                 ((p, "rw"), {}), ((p, "rr"), {}), ((p, "q"), {}), ((p, "b"), {}), ((p, "tb"), {}),
                 ((p, "rb"), {"encoding": "utf-8"}), ((p, "rb"), {"newline": ""}),
                 ((p, "r"), {"buffering": 0}), ((p,), {"newline": "x"}), ((p,), {"encoding": "nope"}),
                 (([],), {}), ((p, 5), {})]:
    try:
        open(*args, **kw).close()
        print("opened", args[1:], kw)
    except (OSError, ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, str(e).replace(root, "<root>"))

# Closed files.
f = open(p)
f.close()
for op in ["read", "readline", "write", "tell", "flush", "seek"]:
    try:
        getattr(f, op)(*(["x"] if op == "write" else [0] if op == "seek" else []))
    except ValueError as e:
        print(op, "->", e)
f.close()
b = open(p, "rb")
b.close()
for op in ["read", "readline", "peek", "seek"]:
    try:
        getattr(b, op)(*([0] if op == "seek" else []))
    except ValueError as e:
        print(op, "->", e)
r = open(p, "rb")
try:
    r.write(b"x")
except io.UnsupportedOperation as e:
    print("write ->", e)
r.close()
w = open(p, "w")
try:
    w.read()
except io.UnsupportedOperation as e:
    print("read ->", e)
w.close()

# A file left open is flushed when it goes away.
def scribble():
    g = open(p, "w")
    g.write("scribbled")
scribble()
with open(p) as f:
    print(f.read())

print(sorted(os.listdir(root)))
for n in os.listdir(root):
    os.remove(os.path.join(root, n))
os.rmdir(root)
print(os.path.exists(root))
