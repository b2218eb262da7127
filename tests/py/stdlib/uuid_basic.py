import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.node, u.clock_seq)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:" + str(u)) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(fields=u.fields) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://www.python.org/"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid3(uuid.NAMESPACE_X500, "cn=x"))
v4 = uuid.uuid4()
print(v4.version, v4.variant == uuid.RFC_4122, len(str(v4)))
v1 = uuid.uuid1(node=0x0123456789AB, clock_seq=0x1234)
print(v1.version, hex(v1.node), v1.clock_seq)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, sorted([b, a]), hash(a) == hash(uuid.UUID(int=1)), {a: 1}[uuid.UUID(int=1)])
print(uuid.NIL if hasattr(uuid, "NIL") else uuid.UUID(int=0))
for bad in ["nope", "12345678-1234-5678-1234-56781234567", "g2345678123456781234567812345678"]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError", e)
try:
    u.hex = "x"
except TypeError as e:
    print("TypeError", e)
print(uuid.UUID(int=(1 << 128) - 1))
