# Class-based context managers: basic protocol.

class Managed:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
    def __repr__(self):
        return "Managed(%r)" % self.name

with Managed("a") as m:
    print("body", m)
print("after with")

# the value of `as` is what __enter__ returns
class ReturnsOther:
    def __enter__(self):
        return {"resource": 1}
    def __exit__(self, *a):
        pass
with ReturnsOther() as r:
    print(r)

# without `as`
with Managed("b"):
    print("no target")

# as-target can be any assignment target
class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (first, second):
    print(first, second)
holder = {}
with Pair() as holder["pair"]:
    pass
print(holder)
class Obj:
    pass
o = Obj()
with Managed("c") as o.attr:
    pass
print(o.attr)
lst = [None, None]
with Pair() as lst[0]:
    pass
print(lst)
with Pair() as [p, *rest]:
    print(p, rest)

# target variable remains bound after the with block
print(m, first)

# a file-like resource simulation
class FakeFile:
    opened = []
    def __init__(self, name):
        self.name = name
        self.closed = True
        self.lines = []
    def __enter__(self):
        self.closed = False
        FakeFile.opened.append(self.name)
        return self
    def write(self, text):
        if self.closed:
            raise ValueError("I/O operation on closed file")
        self.lines.append(text)
    def __exit__(self, *exc):
        self.closed = True
        FakeFile.opened.remove(self.name)

with FakeFile("log.txt") as f:
    f.write("line 1")
    f.write("line 2")
    print(FakeFile.opened, f.closed)
print(FakeFile.opened, f.closed, f.lines)
try:
    f.write("late")
except ValueError as e:
    print(type(e).__name__, e)

# reusing a context manager object
mgr = Managed("reusable")
with mgr:
    pass
with mgr:
    pass

# context manager expression evaluated once, before __enter__
def make(name):
    print("making", name)
    return Managed(name)
with make("expr"):
    print("inside")

# __enter__/__exit__ looked up before __enter__ is called
class Order:
    def __getattribute__(self, name):
        print("lookup", name)
        return object.__getattribute__(self, name)
    def __enter__(self):
        print("in __enter__")
        return self
    def __exit__(self, *a):
        print("in __exit__")
with Order():
    print("body")

# a timer-like manager without real time: counts steps
class StepCounter:
    def __init__(self):
        self.steps = 0
    def __enter__(self):
        self.start = self.steps
        return self
    def step(self):
        self.steps += 1
    def __exit__(self, *a):
        self.elapsed = self.steps - self.start
sc = StepCounter()
with sc:
    for _ in range(5):
        sc.step()
print("elapsed steps", sc.elapsed)
