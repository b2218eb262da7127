def digits(n, base):
    total = 0
    while n:
        total += n % base
        n //= base
    return total
