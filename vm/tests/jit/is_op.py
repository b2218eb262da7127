def both_none(a, b):
    return a is None, b is not None
