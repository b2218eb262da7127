# super(): zero-arg and two-arg forms, MRO traversal, cooperative multiple inheritance, errors.

class A:
    def who(self):
        return ["A"]
    @classmethod
    def cwho(cls):
        return f"A.cwho({cls.__name__})"
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    @classmethod
    def cwho(cls):
        return "D>" + super().cwho()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.cwho(), super(B, D()).who(), super(C, D()).who(), super(D, D).cwho())
print(super(B, D).who(D()), type(super(D, D())).__name__)
class Init:
    def __init__(self, **kw):
        print("  Init.__init__", sorted(kw))
class Named(Init):
    def __init__(self, name, **kw):
        print("  Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged(Init):
    def __init__(self, age, **kw):
        print("  Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    pass
p = Person(name="ann", age=30)
print(p.name, p.age)
class Attr(A):
    value = "Attr.value"
class Sub(Attr):
    value = "Sub.value"
    def get(self):
        return super().value
print(Sub().get())
try:
    super().who()
except RuntimeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(A, A()).missing
except AttributeError as e:
    print(type(e).__name__, e)
class Late(A):
    def who(self):
        f = lambda: super(Late, self).who()
        return ["Late"] + f()
print(Late().who())
class WithComp(A):
    def who(self):
        return [x for x in super().who()]
print(WithComp().who())
class Prop(A):
    @property
    def p(self):
        return "prop:" + ",".join(super().who())
print(Prop().p)
class Str(str):
    def upper(self):
        return "[" + super().upper() + "]"
print(Str("abc").upper(), super(Str, Str("x")).upper())
class ListSub(list):
    def append(self, v):
        super().append(v * 2)
ls = ListSub()
ls.append(5)
print(ls)
class NewHook:
    def __new__(cls, *args):
        print("  NewHook.__new__", cls.__name__, args)
        return super().__new__(cls)
class NewSub(NewHook):
    def __new__(cls, v):
        inst = super().__new__(cls, v)
        inst.v = v
        return inst
print(NewSub(3).v)
s = super(D, D())
print(s.who(), repr(s).startswith("<super: <class 'D'>, <D object"))
