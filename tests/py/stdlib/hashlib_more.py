import hashlib, hmac

data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
for chunk in (data[:10], data[10:30], data[30:]):
    h.update(chunk)
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(data).hexdigest(), c.hexdigest() != h.hexdigest())
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(b"").hexdigest(8))
print(hashlib.blake2b(data, digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=24).hex())
print(hashlib.md5(usedforsecurity=False).hexdigest(), sorted(hashlib.algorithms_guaranteed))
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.digest(b"key", b"msg", "md5").hex())
m = hmac.new(b"secret", digestmod=hashlib.sha1)
m.update(b"part1"); m.update(b"part2")
print(m.name, m.digest_size, m.hexdigest(), hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
for bad in [lambda: hashlib.new("nope"), lambda: hashlib.sha256("text"), lambda: hmac.new(b"k"),
            lambda: hashlib.blake2b(digest_size=100)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
