# os.path (posixpath over posix): pure path manipulation and file-system queries.
import os
import os.path
import stat

print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.curdir, os.pardir, os.linesep == "\n", os.devnull)
print(os.path is __import__("posixpath"))
for parts in [("a", "b", "c"), ("/a", "b"), ("a", "/b", "c"), ("a/", "b"), ("", "x"), ("a", ""), ("/",)]:
    print(parts, "->", os.path.join(*parts))
for p in ["/usr/lib/python3.11/os.py", "rel/file.tar.gz", "noext", ".bashrc", "/", "", "a/b/", "//x//y",
          "../up/./down/../file.txt", "dir.d/file"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.isabs(p), repr(os.path.normpath(p)))
print(os.path.splitdrive("/x/y"), os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y", "/usr/lib"]))
print(os.path.relpath("/a/b/c/d", "/a/b"), os.path.relpath("/a/x", "/a/b/c"))
print(os.path.normcase("/MiXed/Case"))
print(os.path.join(b"bytes", b"path"))
print(os.fspath("str"), os.fspath(b"bytes"))

class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

print(os.fspath(P("via/fspath")), os.path.join(P("dir"), "f"), os.path.basename(P("/x/y.z")))
for bad in [1, None, P(3)]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError:", e)

# Queries against a small tree made here.
root = "/tmp/pygmy-test-os_path"
sub = os.path.join(root, "sub")
f1 = os.path.join(root, "file.txt")
if not os.path.isdir(root):
    os.mkdir(root)
if not os.path.isdir(sub):
    os.mkdir(sub)
with open(f1, "w") as f:
    f.write("x" * 123)
print(os.path.exists(root), os.path.isdir(root), os.path.isfile(root), os.path.islink(root))
print(os.path.exists(f1), os.path.isdir(f1), os.path.isfile(f1), os.path.getsize(f1))
print(os.path.exists(f1 + ".nope"), os.path.isfile(f1 + ".nope"), os.path.lexists(f1))
print(os.path.samefile(f1, os.path.join(sub, "..", "file.txt")), os.path.ismount("/"))
print(isinstance(os.path.getmtime(f1), float), os.path.getmtime(f1) == os.stat(f1).st_mtime)
print(os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"), os.path.isabs(os.getcwd()))
print(os.path.realpath(os.path.join(sub, "..")) == os.path.realpath(root))
print(os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
st = os.stat(f1)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st[stat.ST_SIZE], len(st))
print(stat.S_ISDIR(os.stat(sub).st_mode), stat.filemode(os.stat(sub).st_mode)[0], stat.filemode(st.st_mode)[0])
print(type(st).__name__, type(st).__module__, type(st).n_sequence_fields, type(st).n_fields)
print(sorted(os.listdir(root)), sorted(e.name for e in os.scandir(root)))
with os.scandir(root) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.path == os.path.join(root, e.name), repr(e))
walked = [(os.path.relpath(d, root), sorted(ds), sorted(fs)) for d, ds, fs in os.walk(root)]
print(walked)
try:
    os.stat(os.path.join(root, "missing"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.listdir(f1)
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.mkdir(sub)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.rmdir(root)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
os.rename(f1, os.path.join(sub, "moved.txt"))
print(sorted(os.listdir(root)), os.listdir(sub))
os.remove(os.path.join(sub, "moved.txt"))
os.rmdir(sub)
os.rmdir(root)
print(os.path.exists(root))
