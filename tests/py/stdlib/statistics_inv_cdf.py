# statistics.NormalDist.inv_cdf runs the C accelerator _statistics._normal_dist_inv_cdf in
# CPython; pygmy's native one must give the same floats bit for bit, in all three of
# Wichura's ranges (central, tail r <= 5, far tail).
import statistics, _statistics
from statistics import NormalDist

f = _statistics._normal_dist_inv_cdf
print(f.__module__, f.__name__, statistics._normal_dist_inv_cdf is f)
ps = [1e-300, 1e-100, 1e-20, 1e-12, 1e-9, 1e-6, 0.0001, 0.001, 0.01, 0.025, 0.05, 0.075, 0.1,
      0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.925, 0.95, 0.975, 0.99, 0.999,
      0.9999, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12]
for p in ps:
    print(p, f(p, 0.0, 1.0).hex(), f(p, 10, 2.5).hex())
print(sum(f(i / 997, 0, 1) for i in range(1, 997)).hex(), max(f(i / 997, 1, 3) for i in range(1, 997)).hex())
nd = NormalDist(100, 15)
print([round(nd.inv_cdf(p), 12) for p in (0.1, 0.5, 0.9)], nd.quantiles(4))
print(f(0.5, 3, 4), f(0.5, 0, float('nan')), f(0.99, 0, float('nan')), f(0.3, float('inf'), 1))
for bad in ((0.5, 0), ("0.5", 0, 1), (1, 0, 1), (0, 0, 1), (2, 0, 1), (float('nan'), 0, 1)):
    try:
        f(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for p in (0, 1, 1.5):
    try:
        nd.inv_cdf(p)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
