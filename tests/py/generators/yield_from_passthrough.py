# send(), throw() and close() pass through yield from.

def inner():
    print("  inner start")
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                print("  inner received", x)
                received.append(x)
            except ValueError as e:
                print("  inner handled ValueError", e)
                received.append("VE")
    except GeneratorExit:
        print("  inner GeneratorExit")
        raise
    finally:
        print("  inner finally", received)

def outer():
    print("  outer start")
    try:
        result = yield from inner()
        print("  outer got result", result)
    finally:
        print("  outer finally")

o = outer()
print("next ->", next(o))
print("send a ->", o.send("a"))
print("send b ->", o.send("b"))
print("throw ->", o.throw(ValueError("bad")))
print("next ->", next(o))
o.close()
print("closed")

# throw of an exception not handled by inner propagates to outer's handler
def inner2():
    yield 1
    yield 2
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        print("  outer2 caught", repr(e))
        yield "recovered"
o2 = outer2()
print(next(o2))
print(o2.throw(KeyError("k")))
print(next(o2, "done"))

# return value of inner when it returns in response to send
def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def collector():
    results = []
    while True:
        r = yield from summer()
        results.append(r)
        print("  collected", results)
c = collector()
next(c)
for v in (1, 2, None, 10, 20, None):
    c.send(v)

# inner generator's StopIteration value from throw
def inner3():
    try:
        yield
    except IndexError:
        return "inner returned after IndexError"
def outer3():
    r = yield from inner3()
    yield r
o3 = outer3()
next(o3)
print(o3.throw(IndexError))

# close propagates to inner; inner returning value during close is discarded
def inner4():
    try:
        yield
    finally:
        print("  inner4 finally")
def outer4():
    try:
        yield from inner4()
    finally:
        print("  outer4 finally")
o4 = outer4()
next(o4)
o4.close()

# send to yield from over a non-generator iterator: only None is allowed
def outer5():
    yield from iter([1, 2, 3])
o5 = outer5()
print(next(o5))
print(o5.send(None))
try:
    o5.send("x")
except AttributeError as e:
    print(type(e).__name__, e)

# throw into yield from over an iterator without throw(): raised at the yield from
def outer6():
    try:
        yield from iter([1, 2])
    except RuntimeError as e:
        yield "outer6 caught " + str(e)
o6 = outer6()
next(o6)
print(o6.throw(RuntimeError("r")))

# iterator with custom send/throw methods is used by yield from
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo finished")
        return ("echo", value)
    def throw(self, *args):
        return ("echo caught", args[0].__name__ if isinstance(args[0], type) else type(args[0]).__name__)
def outer7():
    r = yield from Echo()
    yield ("done", r)
o7 = outer7()
print(next(o7))
print(o7.send("hi"))
print(o7.throw(KeyError))
print(next(o7))
print(next(o7, "end"))
