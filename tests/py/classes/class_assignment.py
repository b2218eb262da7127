# Assigning to __class__.

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)

class Dog(Animal):
    def speak(self):
        return "woof"

class Cat(Animal):
    def speak(self):
        return "meow"

a = Animal("pet")
print(a, a.speak())
a.__class__ = Dog
print(a, a.speak(), isinstance(a, Dog), isinstance(a, Cat))
a.__class__ = Cat
print(a, a.speak(), type(a) is Cat, a.name)
a.__class__ = Animal
print(a, a.speak())

# __class__ must be a class
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# can't assign to builtin-incompatible layouts
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)

class Slotted:
    __slots__ = ("x",)
class Unslotted:
    pass
try:
    Unslotted().__class__ = Slotted
except TypeError as e:
    print(type(e).__name__, e)

class SlottedSame:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
s.__class__ = SlottedSame
print(type(s).__name__, s.x)

# state machine via __class__ switching
class Connection:
    def __init__(self):
        self.log = []
        self.__class__ = Closed
    def __repr__(self):
        return "<%s log=%s>" % (type(self).__name__, self.log)

class Closed(Connection):
    def open(self):
        self.log.append("opened")
        self.__class__ = Open
    def send(self, msg):
        raise RuntimeError("cannot send on closed connection")

class Open(Connection):
    def open(self):
        raise RuntimeError("already open")
    def send(self, msg):
        self.log.append("sent " + msg)
    def close(self):
        self.log.append("closed")
        self.__class__ = Closed

conn = Connection()
print(conn)
try:
    conn.send("x")
except RuntimeError as e:
    print(type(e).__name__, e)
conn.open()
conn.send("hello")
try:
    conn.open()
except RuntimeError as e:
    print(type(e).__name__, e)
conn.close()
print(conn)

# __class__ on a class refers to its metaclass
print(Dog.__class__ is type, type.__class__ is type)

# assigning __class__ of a class object is allowed for compatible metaclasses
class Meta1(type):
    def hello(cls):
        return "Meta1 hello"
class Meta2(type):
    def hello(cls):
        return "Meta2 hello"
class K(metaclass=Meta1):
    pass
print(K.hello())
K.__class__ = Meta2
print(K.hello(), type(K).__name__)

# type(obj) and obj.__class__ agree after assignment
class A: pass
class B: pass
obj = A()
obj.__class__ = B
print(type(obj).__name__, obj.__class__.__name__)

# methods bound before the switch stay bound to old function
class X:
    def who(self):
        return "X"
class Y:
    def who(self):
        return "Y"
x = X()
bound = x.who
x.__class__ = Y
print(bound(), x.who())

# deleting __class__ is not allowed
try:
    del x.__class__
except TypeError as e:
    print(type(e).__name__, e)

# instance dict survives the change
class P:
    pass
class Q:
    pass
p = P()
p.a, p.b = 1, 2
p.__class__ = Q
print(sorted(vars(p).items()), type(p).__name__)
