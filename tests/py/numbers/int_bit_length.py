# int.bit_length and int.bit_count

for v in [0, 1, -1, 2, 3, 4, 7, 8, 255, 256, -256, -257, 2**31, 2**63, -(2**63), 2**64, 10**50, -(10**50)]:
    print(f"{v}: bit_length={v.bit_length()} bit_count={v.bit_count()}")

# bit_length(x) == len(bin(abs(x))) - 2 for nonzero x
ok = all(v.bit_length() == len(bin(abs(v))) - 2 for v in range(-1000, 1000) if v)
print("bit_length matches bin:", ok)
# bit_count equals count of '1' in bin of abs
ok = all(v.bit_count() == bin(v).count("1") for v in range(-1000, 1000))
print("bit_count matches bin:", ok)

for k in range(0, 70, 7):
    print(k, (1 << k).bit_length(), ((1 << k) - 1).bit_length(), (-(1 << k)).bit_length())

print(True.bit_length(), False.bit_length(), True.bit_count())
print(int.bit_length(12), int.bit_count(-12))
try:
    (5).bit_length(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.bit_length(5.0)
except TypeError as e:
    print(type(e).__name__, e)
