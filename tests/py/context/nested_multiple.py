# Nested with statements and multiple items in one with.

def show(log):
    print("--")
    for entry in log:
        print("  " + entry)

class CM:
    def __init__(self, name, log, fail_enter=False, suppress=False):
        self.name, self.log = name, log
        self.fail_enter, self.suppress = fail_enter, suppress
    def __enter__(self):
        if self.fail_enter:
            self.log.append("enter %s FAILED" % self.name)
            raise RuntimeError("enter " + self.name)
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        self.log.append("exit %s (%s)" % (self.name, et.__name__ if et else None))
        return self.suppress

log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log) as c:
    log.append("body %s%s%s" % (a, b, c))
show(log)

# equivalent nested form
log = []
with CM("a", log) as a:
    with CM("b", log) as b:
        with CM("c", log) as c:
            log.append("body")
show(log)

# parenthesized multi-item with (3.10+)
log = []
with (
    CM("x", log) as x,
    CM("y", log) as y,
):
    log.append("paren body " + x + y)
show(log)

# exception in body: all exit in reverse order
log = []
try:
    with CM("a", log), CM("b", log):
        raise ValueError("body")
except ValueError:
    log.append("caught")
show(log)

# exception in second __enter__: first is exited, second is not
log = []
try:
    with CM("a", log), CM("b", log, fail_enter=True), CM("c", log):
        log.append("never")
except RuntimeError as e:
    log.append("caught " + str(e))
show(log)

# inner suppresses: outer sees no exception
log = []
with CM("outer", log), CM("inner", log, suppress=True):
    raise KeyError("k")
show(log)

# outer suppresses: inner sees the exception first
log = []
with CM("outer", log, suppress=True), CM("inner", log):
    raise KeyError("k")
show(log)

# exception raised by an inner __exit__ is seen by the outer __exit__
class RaisingExit:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.log.append("raising in exit")
        raise OSError("from exit")
log = []
try:
    with CM("outer", log), RaisingExit(log):
        log.append("body")
except OSError as e:
    log.append("caught " + repr(e))
show(log)

# later items can use names bound by earlier ones
class Value:
    def __init__(self, v):
        self.v = v
    def __enter__(self):
        return self.v
    def __exit__(self, *a):
        pass
with Value(10) as ten, Value(ten * 2) as twenty:
    print(ten, twenty)

# with a tuple expression (not multiple managers) is an error
try:
    with (Value(1), Value(2)) as pair:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# deep nesting
log = []
def nest(depth):
    if depth == 0:
        log.append("bottom")
        return
    with CM("level%d" % depth, log):
        nest(depth - 1)
nest(3)
show(log)
