# bytearray aliasing (+=, *=, slice assignment from itself) and memoryview exports: resizing is
# refused while a view exists, allowed again after release() or when the view is freed.

b = bytearray(b"abc")
alias = b
b += b"de"
b *= 2
print(b, alias is b, alias)
b[2:4] = b
print(b)
b[:] = b[::-1]
print(b)
b[::3] = b"XYZWVU"
print(b)
try:
    b += b
except BufferError as e:
    print("b += b:", type(e).__name__, e)
print(b)

def resize_ops(buf):
    ops = [("append", lambda: buf.append(1)), ("extend", lambda: buf.extend(b"x")),
           ("pop", lambda: buf.pop()), ("insert", lambda: buf.insert(0, 1)),
           ("remove", lambda: buf.remove(buf[0])), ("del item", lambda: buf.__delitem__(0)),
           ("del slice", lambda: buf.__delitem__(slice(0, 2))), ("grow slice", lambda: buf.__setitem__(slice(0, 1), b"123")),
           ("+=", lambda: buf.__iadd__(b"!")), ("*= 2", lambda: buf.__imul__(2)), ("clear", lambda: buf.clear()),
           ("__init__", lambda: buf.__init__(b"new"))]
    for name, op in ops:
        try:
            op()
            print(f"  {name:<10} ok   {bytes(buf)!r}")
        except BufferError as e:
            print(f"  {name:<10} {type(e).__name__}: {e}")

buf = bytearray(b"hello")
m = memoryview(buf)
print("with a view:")
resize_ops(buf)
buf[0:2] = b"HE"
buf[4] = 79
m[1] = ord("e")
print("same-size writes:", buf, m.tobytes())
sub = m[1:3]
m.release()
print("after release, sub-view alive:")
resize_ops(buf)
del sub
print("after the sub-view is freed:")
resize_ops(buf)
with memoryview(buf) as v:
    print("inside with:", v.tobytes(), v.readonly, v.nbytes)
buf.append(33)
print(buf)
views = [memoryview(buf)[i:] for i in range(3)]
try:
    buf.append(1)
except BufferError as e:
    print("3 views:", e)
views.clear()
buf.append(63)
print(buf, len(buf))
print(memoryview(b"abc") == b"abc", memoryview(buf)[::2].tobytes(), memoryview(buf).toreadonly().readonly)
