def swap_ends(p, xs):
    a, b = p
    ys = xs[a:b]
    return [b, -a], (a in ys, ys)
