import statistics as st
from fractions import Fraction
from decimal import Decimal

data = [2.5, 3.25, 5.5, 11.25, 11.75, 1.0, 7.0]
print(st.mean(data), st.fmean(data), st.median(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode("aabbbcc"), st.multimode("aabbbccccbbdd"))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]))
print(st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.pvariance([0, 0, 1, 2, 3, 4]), st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]))
print(st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3)]))
print(st.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]))
print(st.mean([Decimal("0.5"), Decimal("0.75"), Decimal("0.625")]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92], n=4))
print(st.quantiles(range(1, 101), n=10, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))

for bad in ([], ):
    for fn in (st.mean, st.median, st.mode, st.stdev):
        try:
            fn(bad)
        except st.StatisticsError as e:
            print(fn.__name__, type(e).__name__, e)
try:
    st.variance([1])
except st.StatisticsError as e:
    print(e)
try:
    st.geometric_mean([1, -1])
except st.StatisticsError as e:
    print(e)
