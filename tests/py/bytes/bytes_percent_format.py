# printf-style formatting on bytes and bytearray.

print(b"%d items" % 5, b"%5d|%-5d|%05d" % (1, 2, 3), b"%x %X %o %#x" % (255, 255, 8, 255))
print(b"%s" % b"bytes", b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), b"%b" % b"b-conv")
print(b"%r" % "str", b"%a" % "\xe9", b"%r" % b"x", b"%a" % 5, b"%r" % [1])
print(b"%c" % 65, b"%c" % b"Z", b"%c%c" % (255, 0))
print(b"%f %.2f %e %g" % (1.5, 2.25, 100.0, 1e-7), b"%5.1f|" % 3.14159, b"%+d % d" % (5, 5))
print(b"%(name)s=%(v)d" % {b"name": b"key", b"v": 9}, b"%%" % (), b"100%%" % ())
print(bytearray(b"%s-%s") % (b"a", b"b"), type(bytearray(b"%s") % b"x").__name__)
print(b"%10s|%-10s|%.2s" % (b"right", b"left", b"trunc"))
print(b"%*d|%-*d|" % (4, 1, 4, 2), b"%.*f" % (1, 2.25))

class WithBytes:
    def __bytes__(self):
        return b"<custom>"
class WithBuffer:
    pass
print(b"%s" % WithBytes(), b"%b" % WithBytes())

cases = [(b"%s", "str"), (b"%s", 5), (b"%b", 1.5), (b"%c", 256), (b"%c", b"ab"), (b"%c", "a"), (b"%d", b"1"),
         (b"%s %s", (b"x",)), (b"%s", (b"a", b"b")), (b"%(k)s", {"k": b"v"}), (b"%y", 1), (b"%", ()),
         (b"%x", 1.0), (b"%s", None), (b"%i", "1"), (b"%c", -1)]
for fmt, args in cases:
    try:
        print(fmt, repr(args), "->", fmt % args)
    except Exception as e:
        print(fmt, repr(args), "->", type(e).__name__ + ":", e)
try:
    "str" % b"x"
    print("str % bytes ok:", "%s" % b"x")
except TypeError as e:
    print(type(e).__name__, e)
