# isinstance / issubclass with tuples, hooks and builtin types.

class A: pass
class B(A): pass
class C: pass

a, b, c = A(), B(), C()
print(isinstance(b, A), isinstance(a, B), isinstance(c, A))
print(isinstance(b, (C, A)), isinstance(c, (A, B)), isinstance(c, (A, (B, (C,)))))
print(isinstance(a, ()), issubclass(A, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(A, A), issubclass(B, (C, A)))
print(issubclass(A, object), isinstance(A, object), isinstance(A, type))

# builtins
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, (float, str)), isinstance(1.0, float), isinstance("s", str))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance((), list))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(type, type), isinstance(object, type), isinstance(int, object))

# errors
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print(type(e).__name__, e)
# short-circuit: earlier match prevents error
print(isinstance(1, (int, 1)))

# __instancecheck__ and __subclasscheck__ on metaclass
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("  __subclasscheck__", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")

class Duck(metaclass=DuckMeta):
    pass

class Mallard:
    def quack(self):
        return "quack"

class Robot:
    pass

print(isinstance(Mallard(), Duck))
print(isinstance(Robot(), Duck))
print(issubclass(Mallard, Duck))
print(issubclass(Robot, Duck))
print(isinstance(Mallard(), (int, Duck)))

# exact type match short-circuits __instancecheck__
d = Duck()
print(isinstance(d, Duck))

# hooks defined on the class itself (not metaclass) are ignored for isinstance
class SelfHook:
    def __instancecheck__(self, obj):
        return True
print(isinstance(1, SelfHook))

# instance hooks defined on an instance used as second argument
class Checker:
    def __init__(self, allowed):
        self.allowed = allowed
    def __instancecheck__(self, obj):
        return type(obj).__name__ in self.allowed
    def __subclasscheck__(self, sub):
        return sub.__name__ in self.allowed
chk = Checker(["int", "str"])
print(isinstance(5, chk), isinstance("s", chk), isinstance(5.0, chk))
print(issubclass(int, chk), issubclass(float, chk))

# return values are converted to bool
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes"
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))

# __class__ override affects isinstance
class Pretender:
    @property
    def __class__(self):
        return A
pr = Pretender()
print(type(pr).__name__, pr.__class__.__name__, isinstance(pr, A), isinstance(pr, Pretender))


# deep hierarchies
classes = [object]
for i in range(10):
    classes.append(type("D%d" % i, (classes[-1],), {}))
last = classes[-1]()
print(all(isinstance(last, k) for k in classes))
print(issubclass(classes[3], classes[7]), issubclass(classes[7], classes[3]))

# union types (3.10+)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None))
print(isinstance(None, int | None))
print(int | str, type(int | str).__name__)
