# An uncaught AssertionError with a message.

def mean(values):
    assert values, "mean() of an empty list"
    return sum(values) / len(values)

datasets = [[1, 2, 3], [10, 20], [5], [2, 4, 6, 8], [7, 7, 7, 7, 7], [100, 0], [3, 1, 4, 1, 5, 9, 2, 6]]
for d in datasets:
    print(d, "->", mean(d))
for i in range(14):
    print("filler", i)
print(mean([]))
