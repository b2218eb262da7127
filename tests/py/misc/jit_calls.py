# Calls from hot loops: recursion, exceptions raised in a callee and caught or printed with
# their traceback, generators, and callees replaced while the loop runs.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))


def leaf(i):
    if i == 250:
        raise ValueError("bad %d" % i)
    return i


def caller(n):
    t = 0
    i = 0
    while i < n:
        t += leaf(i)
        i += 1
    return t


try:
    caller(300)
except ValueError:
    # The traceback CPython prints, without paths and source lines (the Node host cannot
    # read the source file).
    text = traceback.format_exc().replace(__file__, "FILE")
    print("\n".join(l for l in text.split("\n") if l and not l.startswith("    ")))


def catcher(n):
    caught = 0
    i = 0
    while i < n:
        try:
            leaf(i)
        except ValueError as e:
            caught += 1
            msg = str(e)
        i += 1
    return caught, msg


print(catcher(300))


def tb_lines(n):
    try:
        caller(n)
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return names


print(tb_lines(300))


def helper(x):
    return x + 1


def replaced_callee(n):
    global helper
    t = 0
    i = 0
    while i < n:
        t += helper(i)
        if i == 150:
            helper = lambda x: 0
        i += 1
    return t


print(replaced_callee(300))


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)


head = None
for i in range(200):
    head = Node(i, head)
print(head.total())


def deep(n):
    return n if n == 0 else deep(n - 1) + 1


try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
print(deep(300))
