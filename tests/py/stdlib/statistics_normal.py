from statistics import NormalDist
import statistics

n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.median, n.mode)
print(round(n.cdf(130), 12), round(n.pdf(100), 12))
print(round(n.inv_cdf(0.975), 9))
print([round(q, 6) for q in n.quantiles(4)])
print(round(n.overlap(NormalDist(110, 20)), 12))
print(round(n.zscore(127), 12))
a, b = NormalDist(1, 2), NormalDist(3, 4)
print(a + b, a - b, a * 3, a / 2, 5 + a, -a)
print(a == NormalDist(1, 2), a == b)
fit = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(fit.mean, 12), round(fit.stdev, 12))
print(sorted(round(x, 3) for x in NormalDist(0, 1).samples(5, seed=42)))
try:
    NormalDist(0, -1)
except statistics.StatisticsError as e:
    print(e)
try:
    NormalDist(0, 1).inv_cdf(1.5)
except statistics.StatisticsError as e:
    print(e)
print(hash(NormalDist(1, 2)) == hash(NormalDist(1, 2)))
