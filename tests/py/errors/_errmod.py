class ModError(Exception):
    pass

def check(n):
    if n < 0:
        raise ModError("negative input: %d" % n)
    return n % 7
