# os.environ / getenv / putenv, and the process facts os reports (deterministic parts only).
import os

key = "PYGMY_TEST_ENV_VAR"
print(key in os.environ, os.environ.get(key), os.getenv(key), os.getenv(key, "fallback"))
os.environ[key] = "value one"
print(key in os.environ, os.environ[key], os.getenv(key), os.environb[key.encode()])
os.environ[key] += " plus"
print(os.environ[key], len(os.environ[key]))
print(os.environ.setdefault(key, "ignored"), os.environ.setdefault(key + "_2", "set"))
print(os.environ.pop(key + "_2"), os.environ.pop(key + "_2", "gone"))
del os.environ[key]
print(key in os.environ, os.environ.get(key, "deleted"))
try:
    os.environ[key]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ[key]
except KeyError as e:
    print("KeyError on delete", e)
for bad in [(1, "x"), (key, 2)]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError:", e)
os.environ.update({key + "_A": "a", key + "_B": "b"})
mine = sorted(k for k in os.environ if k.startswith(key))
print(mine, [os.environ[k] for k in mine])
copy = os.environ.copy()
print(type(copy).__name__, copy[key + "_A"], isinstance(os.environ, dict))
merged = os.environ | {key + "_C": "c"}
print(type(merged).__name__, merged[key + "_C"], key + "_C" in os.environ)
for k in mine:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith(key)))
print(repr(os.environ).startswith("environ({"), "PATH" in os.environ, type(os.environ["PATH"]).__name__)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.supports_bytes_environ)

# Process facts: types and ranges only.
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__, os.cpu_count() >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), os.urandom(0), r != os.urandom(16))
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(isinstance(os.getcwd(), str), os.getcwd() == os.path.abspath("."), type(os.getcwdb()).__name__)
print(os.umask(0o22) >= 0, os.isatty(12345) is False)

# Descriptor-level I/O.
p = "/tmp/pygmy-test-os_environ.bin"
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2, os.write(fd, b"hello descriptor"), os.lseek(fd, 0, os.SEEK_CUR))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.lseek(fd, -4, os.SEEK_END), os.read(fd, 4))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.open(p + ".missing", os.O_RDONLY)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename == p + ".missing")
with open(p, "rb") as f:
    print(f.fileno() > 2, os.fstat(f.fileno()).st_size, f.read())
os.remove(p)
try:
    os.remove(p)
except FileNotFoundError as e:
    print("remove again:", e.strerror)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK, os.R_OK)
