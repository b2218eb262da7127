# Single inheritance: overriding, extending, attribute lookup order.

class Animal:
    kind = "animal"
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s the %s says %s" % (self.name, self.kind, self.sound)

    def describe(self):
        return "I am " + self.name

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)


class Dog(Animal):
    kind = "dog"
    sound = "woof"

    def fetch(self):
        return self.name + " fetches"


class Puppy(Dog):
    sound = "yip"

    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def describe(self):
        return Animal.describe(self) + ", aged %d" % self.age


a = Animal("generic")
d = Dog("rex")
p = Puppy("bit", 1)
for obj in (a, d, p):
    print(repr(obj), "|", obj.speak(), "|", obj.describe())
print(d.fetch(), p.fetch())
try:
    a.fetch()
except AttributeError as e:
    print(type(e).__name__, e)

print(Puppy.__bases__, Dog.__bases__, Animal.__bases__)
print(Puppy.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(isinstance(p, Dog), isinstance(d, Puppy))

# class attribute lookup walks the MRO; instance attribute shadows
print(p.kind, Puppy.kind)
p.kind = "special puppy"
print(p.kind, Puppy.kind, Dog.kind)
del p.kind
print(p.kind)

# changing base class attribute is visible to subclasses that don't override
Animal.legs = 4
print(p.legs, d.legs)
Dog.legs = 3
print(p.legs, a.legs)

# method added to base after subclass creation
def sleep(self):
    return self.name + " sleeps"
Animal.sleep = sleep
print(p.sleep())

# subclass with no body
class Cat(Animal):
    pass
c = Cat("tom")
print(c.speak(), Cat.__name__, Cat.__mro__[1].__name__)

# inheritance from object explicitly
class Explicit(object):
    pass
print(Explicit.__bases__, Explicit.__mro__ == (Explicit, object))

# subclass calling overridden method via base
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"

class Derived(Base):
    def hook(self):
        return "derived"

print(Base().template(), Derived().template())

# deep chain
class L0:
    def who(self):
        return ["L0"]
class L1(L0):
    def who(self):
        return ["L1"] + super().who()
class L2(L1):
    def who(self):
        return ["L2"] + super().who()
class L3(L2):
    pass
print(L3().who())
print(len(L3.__mro__))

# __init__ inherited
class WithInit:
    def __init__(self, x=7):
        self.x = x
class NoInit(WithInit):
    pass
print(NoInit().x, NoInit(9).x)

# __subclasses__
print(sorted(k.__name__ for k in Animal.__subclasses__()))
print([k.__name__ for k in Dog.__subclasses__()])

# overriding with a non-callable attribute
class Override(Dog):
    speak = "not a method"
print(Override("x").speak)
try:
    Override("x").speak()
except TypeError as e:
    print(type(e).__name__, e)

# inheriting from a class with class-level mutable shared state
class Registry:
    items = []
    def add(self, x):
        self.items.append(x)
class R1(Registry):
    pass
class R2(Registry):
    items = []
R1().add(1)
R2().add(2)
Registry().add(3)
print(Registry.items, R1.items, R2.items)

# cannot inherit from non-class
try:
    class Bad(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# cannot inherit from bool
try:
    class B2(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# duplicate base
try:
    class Dup(Animal, Animal):
        pass
except TypeError as e:
    print(type(e).__name__, e)
