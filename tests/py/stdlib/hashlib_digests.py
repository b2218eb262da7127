# hashlib over the builtin modules: md5, sha1, sha2, sha3, shake, blake2 digests, copy, update
import hashlib

msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 1000, bytes(range(256)) * 3]
names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"]
for name in names:
    for m in msgs:
        h = hashlib.new(name, m)
        assert h.hexdigest() == getattr(hashlib, name)(m).hexdigest()
        print(name, len(m), h.hexdigest())
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size)
for name in ["shake_128", "shake_256"]:
    for m in msgs[:3]:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(16), h.digest(40).hex(), h.hexdigest(0))
    print(name, hashlib.new(name).name, hashlib.new(name).block_size, hashlib.new(name).digest_size)

h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
c.update(b"there")
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b"hello world").hexdigest() == h.hexdigest())
h = hashlib.md5(usedforsecurity=False)
for chunk in [b"a", bytearray(b"b"), memoryview(b"c")]:
    h.update(chunk)
print(h.hexdigest(), h.digest(), hashlib.md5(string=b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2s(b"x", digest_size=8).hexdigest())
print(hashlib.blake2b(b"msg", key=b"secret").hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"salt", person=b"me").hexdigest())
print(hashlib.blake2b(b"msg", salt=b"s" * 16, person=b"p" * 16, fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b"tree", fanout=0, depth=255, node_offset=5, last_node=True).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE, hashlib.blake2b.MAX_DIGEST_SIZE)
print(hashlib.blake2s.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for bad in [lambda: hashlib.sha1("text"), lambda: hashlib.md5().update("x"), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.blake2b(key=b"k" * 65), lambda: hashlib.blake2s(salt=b"s" * 9), lambda: hashlib.new("nope"),
            ]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
big = hashlib.sha512()
for i in range(1000):
    big.update(str(i).encode())
print(big.hexdigest())
print(hashlib.file_digest.__name__ if hasattr(hashlib, "file_digest") else None)
import io
print(hashlib.file_digest(io.BytesIO(b"file contents" * 100), "sha1").hexdigest())
