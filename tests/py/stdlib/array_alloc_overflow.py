# Repeating an array past what memory can hold raises MemoryError, as CPython does (it was a
# Rust "capacity overflow" abort); ordinary repeats still work.
import array
import sys

a = array.array("d", [-1.0] * 4)
for label, make in [
    ("a * huge", lambda: a * (sys.maxsize // 2)),
    ("huge * a", lambda: (sys.maxsize // 2) * a),
    ("a *= huge", lambda: a.__imul__(sys.maxsize // 4 + 1)),
    ("bytes beyond isize", lambda: array.array("b", b"xy") * (sys.maxsize // 2 + 1)),
]:
    try:
        make()
    except MemoryError as e:
        print(label, "MemoryError", e.args)
    else:
        print(label, "no error")
print(len(a), a.tolist())
print(array.array("i", [1, 2]) * 3, array.array("i", [1]) * 0, array.array("i") * 5)
b = array.array("h", [7, 8])
b *= 2
print(b)
