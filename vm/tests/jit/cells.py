def running_total(n):
    total = 0

    def peek():
        return total

    while n:
        total += n
        n -= 1
    return peek()
