# binascii: hex, base64, uu, crc32, crc_hqx and the Error messages
import binascii

data = bytes(range(0, 256, 7)) + b"hello world"
print(binascii.hexlify(data))
print(binascii.b2a_hex(b"\x01\xab\xff", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", ":", -2))
print(binascii.unhexlify(b"01abFF"), binascii.a2b_hex("deadbeef"), binascii.unhexlify(bytearray(b"00")))
for bad in [b"abc", b"zz", "é0"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))

for n in range(0, 8):
    chunk = data[:n]
    enc = binascii.b2a_base64(chunk)
    print(n, enc, binascii.a2b_base64(enc) == chunk, binascii.b2a_base64(chunk, newline=False))
print(binascii.a2b_base64(b"aGVs\nbG8=\n"), binascii.a2b_base64("aGVsbG8"[:4]), binascii.a2b_base64(b"a!G@V#s$"))
print(binascii.a2b_base64(b"aGVsbA==garbage"), binascii.a2b_base64(b"aGk=aGk="))
for bad in [b"aGVsbG8", b"a", b"aGVsb", b"=aGk"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error:", e)
for bad in [b"aGk=x", b"a!Gk=", b"=aGk", b"aG=k"]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("strict Error:", e)
print(binascii.a2b_base64(b"aGk=", strict_mode=True))

for chunk in [b"", b"a", b"abc", b"hello world!", bytes(range(45))]:
    u = binascii.b2a_uu(chunk)
    print(u, binascii.a2b_uu(u) == chunk)
print(binascii.b2a_uu(b"\x00\x00\x00", backtick=True), binascii.a2b_uu(b""), binascii.a2b_uu(b"!80``\n"))
try:
    binascii.b2a_uu(bytes(46))
except binascii.Error as e:
    print("Error:", e)

print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"hello world"), binascii.crc32(data), binascii.crc32(b"x", 12345), binascii.crc32(b"x", -1))
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xffff), binascii.crc_hqx(b"a", 0x12345))
for f, a in [(binascii.hexlify, "str"), (binascii.b2a_base64, "x"), (binascii.crc32, 5), (binascii.unhexlify, 5)]:
    try:
        f(a)
    except TypeError as e:
        print("TypeError:", e)
