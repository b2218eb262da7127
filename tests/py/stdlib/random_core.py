# _random: Mersenne Twister seeding (int, negative, big, float, bool), random(), getrandbits, state
import _random
for s in [42, -42, 2**100, 3.5, 0, 12345678901234567890, True]:
    r = _random.Random(s)
    print(s, r.random(), r.random(), r.getrandbits(5), r.getrandbits(32), r.getrandbits(70), r.getrandbits(0))
r = _random.Random(1)
st = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, len(st), st[-1], st[:3], a[-1])
r.seed(99); print(r.random())
for f in [lambda: _random.Random(1, 2), lambda: _random.Random(x=1), lambda: r.getrandbits(-1), lambda: r.setstate(1),
          lambda: r.setstate((1,) * 5), lambda: r.setstate((1,) * 624 + (625,)), lambda: _random.Random([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class R(_random.Random):
    def __init__(self, a, b):
        self.seed(a + b)
print(R(1, 2).random(), _random.Random(3).random())
