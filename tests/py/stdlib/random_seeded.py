import random

r = random.Random(12345)
print(r.random(), r.randint(1, 100), r.randrange(0, 1000, 7), r.getrandbits(70))
print(r.choice("abcdefg"), r.choices(range(10), k=5), r.choices("abc", weights=[1, 5, 10], k=6))
print(r.choices("xyz", cum_weights=[1, 2, 10], k=4))
items = list(range(20))
r.shuffle(items)
print(items)
print(r.sample(range(1000), 5), r.sample(["a", "b", "c", "d"], k=2, counts=None))
print(r.sample(["red", "blue"], counts=[4, 2], k=5))
print(round(r.uniform(1, 2), 12), round(r.triangular(0, 10, 3), 12), round(r.gauss(0, 1), 12))
print(round(r.normalvariate(5, 2), 12), round(r.lognormvariate(0, 0.5), 12), round(r.expovariate(1.5), 12))
print(round(r.vonmisesvariate(1, 2), 12), round(r.gammavariate(2.5, 1.5), 12), round(r.betavariate(2, 3), 12))
print(round(r.paretovariate(3), 12), round(r.weibullvariate(1, 1.5), 12))
print(r.randbytes(8))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
r.seed("a string seed")
print(r.random())
r.seed(b"bytes seed")
print(r.random())
r.seed(2 ** 100 + 7)
print(r.random(), r.getrandbits(1), r.getrandbits(0))
random.seed(7)
print(random.random(), random.randint(0, 10**30))
for bad in [lambda: r.randrange(10, 1), lambda: r.choice([]), lambda: r.sample([1, 2], 3),
            lambda: r.randrange(0, 10, 0), lambda: r.getrandbits(-1), lambda: r.choices([1], weights=[1, 2])]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().choice([1, 2, 3]), MyRandom(1).uniform(0, 10))
print(random.SystemRandom().random() < 1.0)
