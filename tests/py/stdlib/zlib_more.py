import zlib, gzip, io

data = b"".join(b"line %d: %s\n" % (i, b"abc" * (i % 7)) for i in range(300))
for level in (0, 1, 6, 9, -1):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:2].hex())
print(len(zlib.compress(b"")), zlib.decompress(zlib.compress(b"")))
print(zlib.crc32(data), zlib.crc32(b"abc", 123), zlib.adler32(data), zlib.adler32(b"", 5))
co = zlib.compressobj(level=9, wbits=-15, memLevel=8, strategy=zlib.Z_DEFAULT_STRATEGY)
raw = co.compress(data[:1000]) + co.compress(data[1000:]) + co.flush()
do = zlib.decompressobj(wbits=-15)
out = do.decompress(raw[:50]) + do.decompress(raw[50:], 100)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 100)
out += do.flush()
print(out == data, do.eof, do.unused_data)
co = zlib.compressobj(wbits=31)
gz = co.compress(data) + co.flush()
print(gz[:2].hex(), zlib.decompress(gz, wbits=31) == data, zlib.decompress(gz, 47) == data)
d = zlib.decompressobj(wbits=47)
print(d.decompress(gzip.compress(data, mtime=0)) == data)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b"abc") + b"TRAILING"), d.unused_data, d.eof)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(data)
print(gzip.decompress(buf.getvalue()) == data, buf.getvalue()[:4].hex())
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as f:
    print(f.readline(), len(f.read()))
for bad in [b"not zlib", zlib.compress(data)[:-5]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error", e)
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("zlib.error", e)
print(zlib.ZLIB_VERSION[:1], zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION)
