def first(a, b):
    if a is None:
        return b
    x, y = b, a
    return x if x is not y else None
