def bump(rec, n):
    while n > 0:
        rec.count = rec.count + rec.step
        rec.log.append(n)
        n -= 1
