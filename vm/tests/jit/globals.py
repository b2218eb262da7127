def scaled(n):
    global COUNT
    total = 0
    while n > 0:
        total += SCALE * len(ITEMS)
        COUNT = n
        n -= 1
    return total
