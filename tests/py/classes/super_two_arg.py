# Two-argument super(), super objects and their uses.

class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho(" + cls.__name__ + ")"

class B(A):
    def who(self):
        return "B>" + super(B, self).who()
    @classmethod
    def cwho(cls):
        return "B>" + super(B, cls).cwho()

class C(A):
    def who(self):
        return "C>" + super(C, self).who()

class D(B, C):
    def who(self):
        return "D>" + super(D, self).who()

d = D()
print(d.who())
print(D.cwho())
print([k.__name__ for k in D.__mro__])

# skipping part of the MRO
print(super(B, d).who())
print(super(C, d).who())
print(super(D, d).who())
print(super(A, d).__class__.__name__)

# super with class second argument -> unbound access
print(super(B, D).who(d))
print(super(D, D).cwho())

# super objects
s = super(B, d)
print(type(s).__name__)
print(s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
s2 = super(D, D)
print(s2.__self__ is D, s2.__self_class__.__name__)

# unbound super (one argument)
u = super(B)
print(u.__thisclass__.__name__, u.__self__)

# invalid second argument
try:
    super(B, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(D, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, d)
except TypeError as e:
    print(type(e).__name__, e)

# super over builtin types
class MyList(list):
    def append(self, x):
        print("appending", x)
        super(MyList, self).append(x * 10)
ml = MyList()
ml.append(1)
ml.append(2)
print(ml)

class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
    def __getitem__(self, k):
        return "<" + super().__getitem__(k) + ">"
md = MyDict()
md["a"] = 1
print(md["a"], dict(md))

# super in classmethod zero-arg form in a diamond
class R:
    @classmethod
    def make(cls):
        return ["R:" + cls.__name__]
class S(R):
    @classmethod
    def make(cls):
        return ["S"] + super().make()
class T(R):
    @classmethod
    def make(cls):
        return ["T"] + super().make()
class U(S, T):
    @classmethod
    def make(cls):
        return ["U"] + super().make()
print(U.make())
print(S.make())

# super in staticmethod requires explicit args
class St(A):
    @staticmethod
    def call(obj):
        return super(St, obj).who()
print(St.call(St()))

# super().__setattr__ / __getattribute__
class Guarded:
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
g = Guarded()
g.x = 1
print(g.x, g.secret)
try:
    g._y = 2
except AttributeError as e:
    print(type(e).__name__, e)

# super() proxy repr-free checks: attribute not found message
try:
    super(A, d).who
except AttributeError as e:
    print(type(e).__name__, e)

# super with data descriptors: property defined in base
class PB:
    @property
    def p(self):
        return "PB.p"
class PC(PB):
    p = "shadow"
    def get(self):
        return self.p, super().p
print(PC().get())
