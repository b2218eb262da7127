# uuid1() and getnode() through the _uuid module: version-1 UUIDs from the clock, unique
# and increasing within a process, with the node getnode() reports.
import time, uuid, _uuid

print(_uuid.has_uuid_generate_time_safe, uuid._generate_time_safe is _uuid.generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (0, -1))
u = uuid.uuid1()
print(u.version, u.variant, u.is_safe is not uuid.SafeUUID.unknown, u.node == uuid.getnode())
print(abs((u.time - 0x01B21DD213814000) / 1e7 - time.time()) < 60)
us = [uuid.uuid1() for _ in range(2000)]
print(len(set(us)), all(a.time < b.time or a.clock_seq != b.clock_seq for a, b in zip(us, us[1:])))
print(len({x.node for x in us}), len({x.clock_seq for x in us}) <= 2)
v = uuid.uuid1(node=0x123456789ABC, clock_seq=0x1234)
print(v.node == 0x123456789ABC, v.clock_seq, v.version, str(v)[-12:], v.is_safe)
w = uuid.UUID(bytes=raw)
print(w.version, w.variant)
