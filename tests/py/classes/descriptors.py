# Descriptor protocol: data vs non-data precedence.

class NonData:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "NonData(%s) via class %s" % (self.label, objtype.__name__)
        return "NonData(%s) via instance of %s" % (self.label, type(obj).__name__)

class Data:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return "Data(%s) value=%r" % (self.label, obj.__dict__.get("_" + self.label))
    def __set__(self, obj, value):
        print("Data.__set__", self.label, value)
        obj.__dict__["_" + self.label] = value
    def __delete__(self, obj):
        print("Data.__delete__", self.label)
        obj.__dict__.pop("_" + self.label, None)

class Host:
    nd = NonData("nd")
    d = Data("d")

h = Host()
print(h.nd)
print(Host.nd)
print(h.d)
print(type(Host.d).__name__)

# instance dict shadows non-data descriptor
h.__dict__["nd"] = "instance value"
print(h.nd)
h.nd = "assigned"
print(h.nd, h.__dict__["nd"])
del h.nd
print(h.nd)

# data descriptor wins over instance dict
h.__dict__["d"] = "instance value"
print(h.d)
h.d = 5
print(h.d)
del h.d
print(h.d)
print(sorted(h.__dict__))

# descriptor with only __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2
class H2:
    so = SetOnly()
h2 = H2()
h2.so = 4
print(h2.__dict__["so"])
print(type(h2.so).__name__)

# only __delete__ makes a data descriptor too
class DelOnly:
    def __get__(self, obj, t=None):
        return "DelOnly get"
    def __delete__(self, obj):
        print("DelOnly delete")
class H3:
    x = DelOnly()
h3 = H3()
h3.__dict__["x"] = "in dict"
print(h3.x)
try:
    h3.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
del h3.x

# functions are non-data descriptors
def free(self):
    return "free function bound to " + type(self).__name__
class H4:
    method = free
h4 = H4()
print(h4.method())
print(free.__get__(h4)())
print(free.__get__(None, H4) is free)
h4.method = lambda: "overridden in instance"
print(h4.method())

# typed field descriptor with validation
class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError("field %r not set" % self.name) from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value

class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Person(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
del p.__dict__["age"]
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)

# descriptor on metaclass-level vs class-level access
class ClassLevel:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)
class H5:
    attr = ClassLevel()
class H6(H5):
    pass
print(H5.attr, H6.attr, H6().attr)

# assigning to class attribute replaces descriptor (no __set__ on class access)
H5.attr = "plain now"
print(H6().attr)

# __get__ called with explicit args
nd = NonData("direct")
print(nd.__get__(h, Host))
print(nd.__get__(None, Host))

# descriptor that counts accesses per instance
class Counted:
    def __init__(self):
        self.hits = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.hits[obj.key] = self.hits.get(obj.key, 0) + 1
        return self.hits[obj.key]
class Thing:
    c = Counted()
    def __init__(self, key):
        self.key = key
t1, t2 = Thing("a"), Thing("b")
print(t1.c, t1.c, t2.c, t1.c)
print(sorted(Thing.c.hits.items()))
