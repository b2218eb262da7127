def count_down(n):
    total = 0
    while n > 0:
        total += n
        n -= 1
    return total
