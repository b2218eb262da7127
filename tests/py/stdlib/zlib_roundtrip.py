# zlib: round trips through every container, streams, checksums, and CPython-made data
# (compressed bytes themselves are not printed: pygmy's deflate is miniz, not zlib)
import zlib

texts = [b"", b"a", b"hello world", b"abc" * 1000, bytes(range(256)) * 40, "héllo wörld ünïcode".encode() * 50]
for t in texts:
    for level in [-1, 0, 1, 6, 9]:
        c = zlib.compress(t, level)
        assert zlib.decompress(c) == t
    for wbits in [15, 9, -15, -9, 31, 25]:
        c = zlib.compress(t, 6, wbits)
        assert zlib.decompress(c, wbits) == t, (len(t), wbits)
        if wbits > 0:
            assert zlib.decompress(c, 47) == t
    print(len(t), zlib.crc32(t), zlib.adler32(t), len(zlib.compress(t, 9)) <= len(t) + 11)
print(zlib.crc32(b"abc", 5), zlib.adler32(b"abc", 7), zlib.crc32(b""), zlib.adler32(b""), zlib.adler32(b"x" * 100000))
print(zlib.compress(b"x")[:2], zlib.compress(b"x", wbits=31)[:3])

# Data compressed by CPython's zlib
cp = b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaIQ\xc8@\xb0\x01i\xe7\x08\xd9'
print(zlib.decompress(cp))
gz = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00'
print(zlib.decompress(gz, 31), zlib.decompress(gz, 47))
raw = b'\xcbH\xcd\xc9\xc9\x07\x00'
print(zlib.decompress(raw, -15))

# Streams
co = zlib.compressobj(9)
parts = [co.compress(b"chunk %d " % i) for i in range(200)]
parts.append(co.flush())
blob = b"".join(parts)
print(zlib.decompress(blob)[:30], len(zlib.decompress(blob)))
do = zlib.decompressobj()
out = b"".join(do.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7)) + do.flush()
print(len(out), out[-12:], do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
first = do.decompress(blob, 100)
print(len(first), do.eof)
rest = do.decompress(do.unconsumed_tail) + do.flush()
print(len(first + rest), do.eof, (first + rest)[-12:])
do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"payload") + b"TRAILING"), do.unused_data, do.eof)
co = zlib.compressobj(wbits=-15)
data = co.compress(b"sync " * 10) + co.flush(zlib.Z_SYNC_FLUSH)
do = zlib.decompressobj(-15)
print(do.decompress(data), do.eof)
data += co.compress(b"more") + co.flush()
print(zlib.decompress(data, -15))
go = zlib.compressobj(wbits=31)
g = go.compress(b"gzip stream " * 3) + go.flush()
print(zlib.decompress(g, 31), zlib.decompressobj(31).decompress(g))
import gzip
print(gzip.decompress(gzip.compress(b"via gzip module " * 5)), gzip.decompress(gz))
for bad in [lambda: zlib.decompress(b"garbage"), lambda: zlib.decompress(zlib.compress(b"abc")[:-3]),
            lambda: zlib.compress(b"x", 10), lambda: zlib.compress("str"), lambda: zlib.decompressobj().decompress(b"x", -1)]:
    try:
        bad()
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(":")[0])
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, issubclass(zlib.error, Exception))
