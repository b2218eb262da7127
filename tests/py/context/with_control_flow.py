# with + return/break/continue, and exception info passed to __exit__.

def show(log):
    print("--")
    for entry in log:
        print("  " + entry)

class Tracker:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("exit %s %s" % (self.name, et.__name__ if et else "clean"))
        return False

def with_return(log):
    with Tracker("r", log):
        log.append("returning")
        return "value"
    log.append("never")
log = []
print(with_return(log), log)

# return value evaluated before __exit__
def eval_order(log):
    with Tracker("e", log):
        return log.append("return expr") or "done"
log = []
print(eval_order(log), log)

# break inside with in a loop
log = []
for i in range(5):
    with Tracker("loop%d" % i, log):
        if i == 1:
            break
show(log)

# continue inside with in a loop
log = []
for i in range(3):
    with Tracker("c%d" % i, log):
        if i % 2 == 0:
            continue
        log.append("odd body %d" % i)
show(log)

# while loop with with and break
log = []
n = 0
while True:
    with Tracker("w%d" % n, log):
        n += 1
        if n == 2:
            break
show(log)

# __exit__ suppressing during return: return value is preserved
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def suppress_and_return():
    with Swallow():
        return "returned normally"
print(suppress_and_return())

def suppress_exception_then_fall_through():
    with Swallow():
        raise ValueError
    return "fell through"
print(suppress_exception_then_fall_through())

# __exit__ that returns a value from inside a generator
def gen(log):
    with Tracker("g", log):
        yield 1
        yield 2
log = []
g = gen(log)
print(next(g), log)
g.close()
show(log)

# exception info: type, value, traceback
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.info = (et, ev, tb)
        return True
with Inspect() as ins:
    raise KeyError("inspected")
et, ev, tb = ins.info
print(et.__name__, repr(ev), type(tb).__name__, tb.tb_lineno)
with Inspect() as ins:
    pass
print(ins.info)

# exception raised in __exit__ while handling return
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
def return_then_raise():
    with ExitRaises():
        return "lost"
try:
    return_then_raise()
except RuntimeError as e:
    print(type(e).__name__, e)

# with inside try/finally: order of cleanups
log = []
try:
    with Tracker("inner", log):
        try:
            raise ValueError("v")
        finally:
            log.append("finally inside with")
except ValueError:
    log.append("handled outside")
finally:
    log.append("outer finally")
show(log)

# exceptions raised by __exit__ replace the exception from the body and chain it
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise LookupError("replacement for " + et.__name__)
try:
    with Replace():
        raise IndexError("orig")
except LookupError as e:
    print(repr(e), "<- context", repr(e.__context__))

# break out of nested loops through with blocks
log = []
for i in range(3):
    for j in range(3):
        with Tracker("%d%d" % (i, j), log):
            if j == 1:
                break
show(log)
