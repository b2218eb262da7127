# Extended slices with steps near sys.maxsize: one element, no overflow past the last index.
import sys

big = sys.maxsize
t = tuple(range(10)); l = list(range(10)); s = "abcdefghij"; u = "αβγδεζηθικ"; b = b"0123456789"
for seq in (t, l, s, u, b, bytearray(b)):
    print(seq[::big], seq[::-big], seq[3::big], seq[-2::-big], seq[big::-big], seq[-big::big], seq[1:8:big // 2])
l2 = list(range(10))
l2[::big] = ["x"]
l2[-1::-big] = ["y"]
print(l2)
try:
    l2[::big] = ["a", "b"]
except ValueError as e:
    print("ValueError:", e)
print(range(10)[::big], list(range(10)[::-big]), t[::-(big - 1)], l[-big - 5::big])
