# os.chmod / chown / lchown / symlink / readlink / link on real files (the native host), and their errors.
import os, stat, tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "f.txt")
with open(p, "w") as f:
    f.write("x")
for mode in (0o600, 0o644, 0o444, 0o755):
    os.chmod(p, mode)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, stat.S_IWRITE | stat.S_IREAD)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.chmod(p, 0o640, follow_symlinks=False)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
link = os.path.join(d, "link")
os.symlink(p, link)
try:
    os.chmod(link, 0o600, follow_symlinks=False)
except NotImplementedError as e:
    print("NotImplementedError:", e)
os.chmod(link, 0o604)
print(oct(stat.S_IMODE(os.stat(p).st_mode)), os.readlink(link) == p, os.readlink(os.fsencode(link)) == os.fsencode(p))
print(os.path.islink(link), stat.S_ISLNK(os.lstat(link).st_mode), os.path.realpath(link) == os.path.realpath(p))
try:
    os.symlink(p, link)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename == p, e.filename2 == link)
try:
    os.readlink(p)
except OSError as e:
    print(type(e).__name__, e.errno)
os.remove(link)
hard = os.path.join(d, "hard")
os.link(p, hard)
print(os.stat(hard).st_nlink, os.path.samefile(p, hard), open(hard).read())
try:
    os.link(p, hard)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename == p, e.filename2 == hard)
os.remove(hard)
try:
    os.chmod(os.path.join(d, "missing"), 0o600)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
st = os.stat(p)
os.chown(p, -1, -1)
os.chown(p, st.st_uid, st.st_gid)
os.lchown(p, -1, st.st_gid)
print(os.stat(p).st_uid == st.st_uid, os.stat(p).st_gid == st.st_gid)
for bad in (1.5, "0"):
    try:
        os.chown(p, bad, -1)
    except TypeError as e:
        print("TypeError:", e)
try:
    os.chown(p, -2, -1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    os.chown(os.path.join(d, "missing"), -1, -1)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, os.path.basename(e.filename))
os.remove(p)
os.rmdir(d)
print(hasattr(os, "chmod"), hasattr(os, "chown"), hasattr(os, "lchown"))
