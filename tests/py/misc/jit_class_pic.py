# Attributes and methods read from a class itself (`Strength.REQUIRED`,
# `Strength.stronger(a, b)`): generated code keeps one class per site with what the class
# holds, and must give way when the class or a base changes, when a classmethod is
# re-initialized, when the class cannot be cached, or when instances and classes meet at
# one site.


class Strength:
    def __init__(self, value, name):
        self.value, self.name = value, name

    def __repr__(self):
        return "Strength(%d, %r)" % (self.value, self.name)

    @classmethod
    def stronger(cls, a, b):
        return (cls.__name__, a.value < b.value)

    @staticmethod
    def weakest(a, b):
        return a if a.value > b.value else b

    def plain(self):
        return ("plain", self.name)


Strength.REQUIRED = Strength(0, "required")
Strength.WEAK = Strength(5, "weak")
Strength.LIMIT = 10
Strength.LABEL = "strength"


class Sub(Strength):
    pass


# Runs of four: the first run may be the interpreter's, the next fills a site's cache, the
# ones after hit it.
def constants(n=4):
    out = []
    for i in range(n):
        # Values of classes that may gain `__get__` are not cached; ints and strs are.
        out.append(Strength.REQUIRED.name)
        out.append(Sub.WEAK.value)
        out.append(Strength.LIMIT)
        out.append(Sub.LABEL)
    return out


def methods(cls, n=4):
    out = []
    for i in range(n):
        out.append(cls.stronger(Strength.REQUIRED, Strength.WEAK))
        out.append(cls.weakest(Strength.REQUIRED, Strength.WEAK))
        out.append(cls.plain(Strength.WEAK))
    return out


print(constants())
print(methods(Strength))
print(methods(Sub))

# The class's own value replaced, then a base's: the version tags change.
Strength.REQUIRED = Strength(1, "really required")
print(constants())
Strength.WEAK = Strength(6, "weaker")
Strength.LIMIT = 11
print(constants())
Sub.WEAK = Strength(7, "sub's own")
Sub.LABEL = "sub's label"
print(constants())
del Sub.WEAK
del Sub.LABEL
print(constants())

# Methods replaced on the class and on a base.
Strength.stronger = classmethod(lambda cls, a, b: ("replaced", cls.__name__))
print(methods(Sub))
Sub.weakest = staticmethod(lambda a, b: "sub's weakest")
print(methods(Sub))
print(methods(Strength))

# A classmethod re-initialized with another function: same class, same version.
cm = Strength.__dict__["stronger"]
cm.__init__(lambda cls, a, b: ("re-initialized", cls.__name__))
print(methods(Strength))
# Re-initialized with something that is not a function: class access asks its `__get__`.
cm.__init__(property(lambda cls: "a property of " + cls.__name__))
try:
    methods(Strength)
except TypeError as e:
    print("TypeError:", e)
cm.__init__(lambda cls, a, b: ("a function again", cls.__name__))
print(methods(Strength))
st = Strength.__dict__["weakest"]
st.__init__(lambda a, b: "static re-initialized")
print(methods(Strength))

# A deleted attribute raises at the cached site.
del Strength.LIMIT
try:
    constants()
except AttributeError as e:
    print("AttributeError:", e)
Strength.LIMIT = 12
print(constants())


# Classes and instances at one site; several classes at one site.
class Plain:
    x = "class x"

    def m(self=None):
        return "m of " + repr(self)[:6]


def read_x(objs):
    return [o.x for o in objs]


def call_m(objs):
    out = []
    for o in objs:
        try:
            out.append(o.m())
        except TypeError as e:
            out.append("TypeError")
    return out


p = Plain()
p.x = "instance x"
print(read_x([Plain, p] * 4))
print(call_m([Plain, p] * 4))
classes = [type("K%d" % i, (Plain,), {"x": i}) for i in range(6)]
print(read_x(classes * 2))
print(read_x([classes[0]] * 4 + [classes[1]] * 4))
print(call_m(classes[:2] * 2))


# A metaclass (not exactly `type`), one with __getattr__, a property on the class, and
# attributes of `type` itself (`__name__`, `mro`).
class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name


class WithMeta(metaclass=Meta):
    x = "with meta x"


class Prop:
    @property
    def x(self):
        return "property"


def read_x_and_missing(objs):
    out = []
    for o in objs:
        out.append(o.x)
        try:
            out.append(o.missing)
        except AttributeError as e:
            out.append("AttributeError")
    return out


print(read_x_and_missing([WithMeta] * 4 + [Plain] * 4))
print([type(v).__name__ for v in read_x([Prop] * 4)])


def names(classes):
    return [(c.__name__, len(c.mro())) for c in classes]


print(names([Strength, Sub, Plain, Strength] * 2))


# Values that class access changes are not cached: a class-level function read from the
# class is the function; from an instance a bound method.
def reads(objs):
    return [type(o.plain).__name__ for o in objs]


print(reads([Strength, Strength.REQUIRED] * 4 + [Sub] * 4))
