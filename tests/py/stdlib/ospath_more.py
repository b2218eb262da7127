import os.path as p
import posixpath, os

for path in ["/usr/lib/python3.11/os.py", "relative/dir/", "file.tar.gz", ".hidden", "/", "", "a//b///c", "/a/./b/../c"]:
    print(repr(path), p.split(path), p.splitext(path), p.basename(path), p.dirname(path), p.isabs(path), p.normpath(path) if path else "")
print(p.join("a", "b", "c"), p.join("a", "/b", "c"), p.join("a/", "b"), p.join("", "x"), p.join("a", ""))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), p.commonpath(["/usr/lib", "/usr/local/x"]))
print(p.relpath("/a/b/c/d", "/a/b/x"), p.relpath("/a", "/a"), p.relpath("x/y", "x"))
print(p.normcase("/A/B"), p.splitdrive("/x/y"), p.sep, p.extsep, p.pardir, p.curdir, p.altsep)
print(p.expanduser("no_tilde"), p.expandvars("$NOT_SET_VAR_X/y"), p.expandvars("plain"))
os.environ["PYGMY_T"] = "val"
print(p.expandvars("$PYGMY_T/${PYGMY_T}x"))
print(p is posixpath, p.abspath("/x/../y"), p.realpath("/") == "/")
for bad in [lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"]), lambda: p.join(1, "a"), lambda: p.relpath("")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(p.split(b"/x/y"), p.join(b"a", b"b"), p.splitext(b"f.txt"), p.normpath(b"/a/../b"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
