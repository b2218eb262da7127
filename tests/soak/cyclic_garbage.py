# Creates cyclic garbage of many kinds for sys.argv[1] seconds; the memory test samples this
# process's resident size while it runs and fails if it keeps growing.
import gc
import sys
import time


class Node:
    def __init__(self, n):
        self.n = n
        self.peer = None
        self.items = [n, str(n), {"k": n}]


class WithDel:
    def __del__(self):
        pass


def churn(i):
    a = Node(i)
    b = Node(i + 1)
    a.peer, b.peer = b, a
    d = {}
    d["self"] = d
    l = [i, i]
    l.append(l)

    def f():
        return f

    g = (x for x in range(3))
    next(g)
    w = WithDel()
    w.me = w
    try:
        raise ValueError(i)
    except ValueError as e:
        e.tb = e.__traceback__
    cls = type("Dyn", (), {"m": lambda self: self})
    cls.me = cls


seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
end = time.monotonic() + seconds
rounds = 0
while time.monotonic() < end:
    for i in range(500):
        churn(i)
    rounds += 1
    if rounds % 20 == 0:
        print("tracked", len(gc.get_objects()), flush=True)
print("done", rounds > 0)
