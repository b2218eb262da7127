# Slice assignment and deletion on bytearray, including extended slices and size changes.

def fresh():
    return bytearray(b"0123456789")

cases = [
    (slice(0, 3), b"abc"), (slice(0, 3), b""), (slice(0, 3), b"abcdef"), (slice(5, 5), b"INS"),
    (slice(None), b"all"), (slice(-2, None), b"END"), (slice(8, 2), b"xy"), (slice(100, 200), b"far"),
    (slice(None, None, 2), b"abcde"), (slice(1, None, 2), b"ABCDE"), (slice(None, None, -1), b"zyxwvutsrq"),
    (slice(8, 0, -3), b"QRS"), (slice(None, None, 3), b"!!!!"), (slice(0, 3), [65, 66]), (slice(0, 3), bytearray(b"Z")),
    (slice(0, 3), memoryview(b"MV")), (slice(0, 3), range(97, 100)), (slice(None, None, 2), b"short"),
    (slice(None, None, 2), b"toolongvalue"), (slice(0, 2), 3), (slice(0, 2), "str"), (slice(0, 2), [256]),
    (slice(0, 2), None), (slice(None, None, 0), b""), (slice(2, 6), (x for x in b"gen")),
]
def label(v):
    if isinstance(v, memoryview):
        return f"memoryview({v.tobytes()!r})"
    if type(v).__name__ == "generator":
        return "<generator>"
    return repr(v)

for sl, val in cases:
    b = fresh()
    try:
        b[sl] = val
    except Exception as e:
        print(f"[{sl.start}:{sl.stop}:{sl.step}] = {label(val):<22} -> {type(e).__name__}: {e}")
    else:
        print(f"[{sl.start}:{sl.stop}:{sl.step}] = {label(val):<22} -> {b!r}")

for sl in [slice(0, 3), slice(None, None, 2), slice(None, None, -2), slice(-3, None), slice(5, 2),
           slice(1, 8, 3), slice(None), slice(100, None), slice(None, None, -1)]:
    b = fresh()
    del b[sl]
    print(f"del [{sl.start}:{sl.stop}:{sl.step}] -> {b!r}")

b = fresh()
b[2:4] = b
print("self-assign:", b)
b = fresh()
b[:] = b[::-1]
print("reverse via slice:", b)
b = fresh()
b[3:3] = b"---"
b[-1:] = b""
print(b, len(b))
b = bytearray(b"abc")
view = memoryview(b)
try:
    b[0:1] = b"long"
except BufferError as e:
    print(type(e).__name__, e)
b[0:1] = b"A"
print(b)
view.release()
b[0:1] = b"long"
print(b)
