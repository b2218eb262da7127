def add_len(items, k):
    return len(items) + k * 3
