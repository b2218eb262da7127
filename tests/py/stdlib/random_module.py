# random: the random module over _random, seeded: ints, choices, shuffle, sample, distributions, state
import random

random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(50), random.getrandbits(70))
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choices(range(10), k=5), random.choices("xyz", weights=[1, 0, 5], k=6))
l = list(range(12)); random.shuffle(l); print(l)
print(random.sample(range(100), 8), random.sample("hello world", 4), sorted(random.sample({1, 2, 3}, 2) if False else random.sample([1, 2, 3], 2)))
print(round(random.uniform(1, 2), 10), round(random.triangular(0, 10, 3), 10), round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.betavariate(2, 3), 10), round(random.gammavariate(2, 1), 10), round(random.lognormvariate(0, 1), 10))
print(round(random.vonmisesvariate(0, 4), 10), round(random.paretovariate(3), 10), round(random.weibullvariate(1, 1.5), 10))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
b = [random.random() for _ in range(3)]
print(a == b, len(st), st[0])
r = random.Random(99)
r2 = random.Random(99)
print([r.randint(0, 9) for _ in range(15)] == [r2.randint(0, 9) for _ in range(15)], r.random())
r.seed("a string seed")
print(r.random(), r.randbytes(6).hex())
r.seed(b"bytes seed")
print(r.random())
r.seed(3.25)
print(r.random())
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.choice([1, 2, 3]), m.uniform(0, 10))
for bad in (lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randint(5, 1)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
random.seed(7)
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print([random.binomialvariate(10, 0.3) for _ in range(5)] if hasattr(random, "binomialvariate") else "no binomialvariate")
random.seed(0, version=1)
print(random.random())
sr = random.SystemRandom()
print(0 <= sr.random() < 1, len(random.randbytes(4)), isinstance(random.getrandbits(1), int))
