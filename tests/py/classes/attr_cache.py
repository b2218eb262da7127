# Attribute lookups that run many times must keep seeing changes made to classes,
# instances and modules between runs (the interpreter caches lookups per instruction).

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return "A.m"

def get_x(o):
    return o.x

def set_x(o, v):
    o.x = v

def call_m(o):
    return o.m()

a = A(1)
for i in range(3):
    print(get_x(a), call_m(a))

# Instance attribute shadowing a method.
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))

# Replacing the method on the class.
A.m = lambda self: "new A.m"
print(call_m(a), call_m(A(2)))

# A data descriptor added to the class takes precedence over the instance dict.
for i in range(2):
    print(get_x(a))
A.x = property(lambda self: "property x")
print(get_x(a))
try:
    set_x(a, 5)
except AttributeError as e:
    print("AttributeError", e)
del A.x
print(get_x(a))
set_x(a, 7)
print(get_x(a))

# ... or to a base class.
class B(A):
    pass

b = B(3)
for i in range(3):
    print(get_x(b), call_m(b))
A.x = property(lambda self: "base property")
print(get_x(b))
del A.x
print(get_x(b))

# __setattr__ and __getattribute__ added after the caches were filled.
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)
B.__setattr__ = logging_setattr
set_x(b, 10)
print(get_x(b))
del B.__setattr__
set_x(b, 11)

B.__getattribute__ = lambda self, name: "ga:" + name
print(get_x(b), b.m)
del B.__getattribute__
print(get_x(b))

# __getattr__ only for missing attributes.
class G:
    def __getattr__(self, name):
        return "missing " + name
g = G()
print(get_x(g))
g.x = 1
print(get_x(g))
del g.x
print(get_x(g))

# Different attribute orders on instances of one class.
class P:
    pass
p1, p2 = P(), P()
p1.a, p1.b = 1, 2
p2.b, p2.a = 3, 4
def get_b(o):
    return o.b
for o in (p1, p2, p1, p2):
    print(get_b(o))

# Replacing __dict__ and __class__.
class Q:
    pass
q = Q()
q.b = "q"
print(get_b(q))
q.__dict__ = {"b": "replaced dict"}
print(get_b(q))
q.__class__ = P
print(get_b(q), type(q).__name__)

class D(dict):
    pass
q.__dict__ = D(b="dict subclass")
print(get_b(q))

# Class attributes and instance attributes of the same name.
class C:
    b = "class b"
c = C()
print(get_b(c))
c.b = "instance b"
print(get_b(c))
del c.b
print(get_b(c))
C.b = "changed class b"
print(get_b(c))

# __slots__ members.
class S:
    __slots__ = ("x",)
    def __init__(self):
        self.x = "slot x"
s = S()
print(get_x(s))
set_x(s, "slot x2")
print(get_x(s))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError", e)

# Changing __bases__.
class Base1:
    def m(self):
        return "Base1.m"
class Base2:
    def m(self):
        return "Base2.m"
class Kid(Base1):
    pass
k = Kid()
for i in range(3):
    print(call_m(k))
Kid.__bases__ = (Base2,)
print(call_m(k))
Base2.m = lambda self: "Base2.m changed"
print(call_m(k))

# __init__ replaced after class calls were cached.
class I:
    def __init__(self, v):
        self.v = v
def make(v):
    return I(v)
print(make(1).v, make(2).v)
def new_init(self, v, w=10):
    self.v = v * w
I.__init__ = new_init
print(make(3).v)
I.__init__ = lambda self, v: None
print(hasattr(make(4), "v"))
try:
    make(5, 6) if False else I(5, 6)
except TypeError as e:
    print("TypeError", e)

# Methods found on builtin types.
def app(l, v):
    l.append(v)
    return l
l = []
for i in range(3):
    app(l, i)
print(l)

class MyList(list):
    pass
ml = MyList()
app(ml, 1)
MyList.append = lambda self, v: list.append(self, v * 100)
app(ml, 2)
print(ml)

# Module attributes.
import sys
math = type(sys)("math")
math.sqrt = lambda v: v ** 0.5
math.pi = 3.141592653589793
def msqrt(v):
    return math.sqrt(v)
def mpi():
    return math.pi
print(msqrt(16.0), mpi())
math.pi = 3
print(mpi())
math.sqrt = lambda v: "patched sqrt"
print(msqrt(4))
del math.sqrt
try:
    msqrt(4)
except AttributeError as e:
    print("AttributeError", e)
