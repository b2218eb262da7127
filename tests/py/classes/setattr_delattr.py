# __setattr__ and __delattr__.

class Logged:
    def __setattr__(self, name, value):
        print("  set", name, "=", repr(value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)

l = Logged()
l.a = 1
l.b = [1]
setattr(l, "c", "see")
print(sorted(vars(l).items()))
del l.a
delattr(l, "b")
print(sorted(vars(l)))
try:
    del l.zzz
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ is called for assignments in __init__ too
class Init(Logged):
    def __init__(self):
        self.x = "in init"
Init()

# augmented assignment calls __getattribute__ then __setattr__
l.n = 1
l.n += 5
print(l.n)

# immutable object via __setattr__
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("cannot assign to field %r" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete field %r" % name)
    def __repr__(self):
        return "Frozen(%r, %r)" % (self.x, self.y)
fr = Frozen(1, 2)
print(fr)
try:
    fr.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fr.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fr.new = 1
except AttributeError as e:
    print(type(e).__name__, e)

# validation in __setattr__
class Positive:
    def __setattr__(self, name, value):
        if isinstance(value, (int, float)) and value < 0:
            raise ValueError("%s must be >= 0, got %r" % (name, value))
        object.__setattr__(self, name, value)
p = Positive()
p.a = 3
try:
    p.b = -1
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(vars(p).items()))

# __setattr__ does not bypass data descriptors when delegating to object
class WithProp:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        print("  property setter", val)
        self._v = val
    def __setattr__(self, name, value):
        print("  __setattr__", name)
        super().__setattr__(name, value)
wp = WithProp()
wp.v = 10
print(wp.v)

# attribute storage redirect
class Redirect:
    def __init__(self):
        object.__setattr__(self, "store", {})
    def __setattr__(self, name, value):
        self.store[name] = value
    def __getattr__(self, name):
        try:
            return self.store[name]
        except KeyError:
            raise AttributeError(name) from None
    def __delattr__(self, name):
        try:
            del self.store[name]
        except KeyError:
            raise AttributeError(name) from None
r = Redirect()
r.alpha = 1
r.beta = 2
print(r.alpha, r.beta, sorted(r.store), "alpha" in vars(r))
del r.alpha
try:
    r.alpha
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del r.alpha
except AttributeError as e:
    print(type(e).__name__, e)

# setattr on class uses metaclass __setattr__
class MetaSet(type):
    def __setattr__(cls, name, value):
        print("  class-level set", cls.__name__, name)
        super().__setattr__(name, value)
class Cls(metaclass=MetaSet):
    pass
Cls.x = 1
obj = Cls()
obj.y = 2
print(Cls.x, obj.y)

# object.__setattr__ on builtin instance fails
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 2)
except TypeError as e:
    print(type(e).__name__, e)

# __setattr__ with non-string names via setattr
try:
    setattr(l, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# __delattr__ called for del of a method-shadowing attribute
class Shadow(Logged):
    def m(self):
        return "method"
sh = Shadow()
sh.m = "shadow"
print(sh.m)
del sh.m
print(sh.m())
