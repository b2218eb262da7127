# generator.send()

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total unchanged")
            continue
        total += value

acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

# send(None) is equivalent to next() on a started generator
print(acc.send(None))

# sending non-None to a just-started generator is an error
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)
# but send(None) starts it
print(fresh.send(None))

# coroutine-style averaging
def averager():
    count = 0
    total = 0.0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count
avg = averager()
next(avg)
for x in (10, 20, 30, 40):
    print("average", avg.send(x))

# send to a finished generator raises StopIteration
def one_shot():
    x = yield "first"
    print("  received", x)
g = one_shot()
print(next(g))
try:
    g.send("value")
except StopIteration as e:
    print("StopIteration after send", e.value)
try:
    g.send("again")
except StopIteration:
    print("still StopIteration")

# send returning values from return statement
def returns_after_two():
    a = yield
    b = yield
    return a + b
r = returns_after_two()
next(r)
r.send(3)
try:
    r.send(4)
except StopIteration as e:
    print("return value", e.value)

# a tiny state machine driven by send
def traffic_light():
    state = "red"
    while True:
        command = yield state
        if command == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif command == "reset":
            state = "red"
tl = traffic_light()
print(next(tl))
for cmd in ("next", "next", "next", "next", "reset", "noop"):
    print(cmd, "->", tl.send(cmd))

# send with mutable objects
def collector():
    items = []
    while True:
        item = yield items
        items.append(item)
c = collector()
next(c)
c.send("a")
snapshot = c.send("b")
print(snapshot)
snapshot.append("external")
print(c.send("c"))

# send vs yield ordering trace
def tracer():
    print("  start")
    x = yield 1
    print("  after first yield, x =", x)
    y = yield 2
    print("  after second yield, y =", y)
    yield 3
t = tracer()
print("next ->", next(t))
print("send A ->", t.send("A"))
print("send B ->", t.send("B"))

# generator that sends results back using a pipeline
def doubler(target):
    while True:
        v = yield
        target.send(v * 2)
def printer():
    while True:
        v = yield
        print("  printer got", v)
p = printer()
next(p)
d = doubler(p)
next(d)
for v in (1, 2, 3):
    d.send(v)

# sending to a generator that is running (from inside itself)
def self_sender():
    me = yield
    try:
        me.send(1)
    except ValueError as e:
        yield "error: " + str(e)
ss = self_sender()
next(ss)
print(ss.send(ss))
