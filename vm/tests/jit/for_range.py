def weighted(items, n):
    t = 0
    for i in range(n):
        for x in items:
            t += x * i
    return t
