# Method calls at sites that see several types: generated code keeps a small cache of types
# per site with the method each has, and must give way whenever an instance attribute could
# shadow the method, a type changes, or a type cannot be cached at all.
import math


def call_all(objs, *args):
    out = []
    for o in objs:
        try:
            out.append(o.describe(*args))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


class A:
    def describe(self, *args):
        return ("A", type(self).__name__) + args


class B(A):
    def describe(self, *args):
        return ("B",) + args


class C(A):
    pass


class D:
    def describe(self, *args):
        return "D"


class E(D):
    pass


class F(B):
    pass


objs = [A(), B(), C(), D(), E(), F()]
for n in range(1, 7):
    print(call_all(objs[:n], n))

# An instance attribute shadows the method from the moment it is set, and stops when deleted.
a = A()
for i in range(3):
    print(call_all([a], i))
a.describe = lambda *args: ("instance attribute",) + args
print(call_all([a, objs[1]], "shadowed"))
del a.describe
print(call_all([a], "again"))


# Many other keys in the instance dict (most bloom bits set): still the method.
class Wide(A):
    def __init__(self):
        for i in range(80):
            setattr(self, "k%d" % i, i)


w = Wide()
for i in range(3):
    print(call_all([w, a], i))
w.describe = lambda *args: "wide shadow"
print(call_all([w]))

# The method replaced on a cached class, then on a base of cached classes.
for i in range(3):
    print(call_all([objs[2], objs[5]], i))
A.describe = lambda self, *args: ("new A",) + args
print(call_all([objs[2], objs[5], objs[0]], "replaced"))
B.describe = lambda self, *args: ("new B",) + args
print(call_all([objs[2], objs[5], objs[0]], "replaced B"))

# __class__ and __dict__ assignment.
c = C()
for i in range(3):
    print(call_all([c], i))
c.__class__ = E
print(call_all([c]))
c.__class__ = C
c.__dict__ = {"describe": lambda *args: "from the new dict"}
print(call_all([c]))
c.__dict__ = {}
print(call_all([c], "empty dict"))


# Methods that are not plain functions, and types that never go through the cache.
class Kinds:
    @classmethod
    def describe(cls, *args):
        return ("classmethod", cls.__name__) + args


class Static:
    @staticmethod
    def describe(*args):
        return ("staticmethod",) + args


class Hooked:
    def __getattribute__(self, n):
        return lambda *args: ("getattribute", n) + args


class Slotted:
    __slots__ = ("describe",)

    def __init__(self):
        self.describe = lambda *args: ("slot",) + args


class Getattr:
    def __getattr__(self, n):
        return lambda *args: ("getattr", n) + args


odd = [Kinds(), Static(), Hooked(), Slotted(), Getattr(), A()]
for i in range(4):
    print(call_all(odd, i))


# Builtin methods and module functions at one site.
def lengths(items):
    out = []
    for x in items:
        try:
            out.append(x.count(1))
        except Exception as e:
            out.append(type(e).__name__)
    return out


for i in range(3):
    print(lengths([[1, 1, 2], (1, 2), "a1b", b"x", {1: 2}, [1] * i]))


def roots(n):
    return [math.sqrt(i) for i in range(n)]


print(roots(5))


# The object's reference moves to the call: released in the interpreter's order.
class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def describe(self, *args):
        return self.tag

    def __del__(self):
        print("del", self.tag)


for i in range(3):
    print(Noisy("n%d" % i).describe())
print("end")
