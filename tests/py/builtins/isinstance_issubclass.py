# isinstance and issubclass with classes, tuples, unions, ABC-free hooks, and errors.

class A: pass
class B(A): pass
class C: pass
class D(B, C): pass
objs = [A(), B(), C(), D(), 1, True, "s", None, [], 1.5]
for o in objs:
    print(type(o).__name__, isinstance(o, A), isinstance(o, (B, C)), isinstance(o, object), isinstance(o, int),
          isinstance(o, (str, (list, (float,)))))
print(issubclass(B, A), issubclass(A, B), issubclass(D, (C,)), issubclass(D, D), issubclass(bool, int), issubclass(int, object))
print(issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type), isinstance(int, type))
print(isinstance(1, int | str), isinstance("x", int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance([], (int | str, list)), type(int | str).__name__, int | str, int | None, (int | str) == (str | int))
print(isinstance(True, bool), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float), isinstance(1j, complex))
print(isinstance(A, type), isinstance(A(), type), issubclass(type(A()), A))
for label, fn in [("isinstance(1, 1)", lambda: isinstance(1, 1)), ("isinstance(1, (int, 1))", lambda: isinstance(1, (int, 1))),
                  ("isinstance(1, (1, int))", lambda: isinstance(1, (1, int))),
                  ("issubclass(1, int)", lambda: issubclass(1, int)), ("issubclass(int, 1)", lambda: issubclass(int, 1)),
                  ("issubclass(A(), A)", lambda: issubclass(A(), A)), ("isinstance(1)", lambda: isinstance(1)),
                  ("isinstance(1, [int])", lambda: isinstance(1, [int])), ("isinstance(1, list[int])", lambda: isinstance(1, list[int]))]:
    try:
        r = fn()
    except TypeError as e:
        print(f"{label:<28} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} -> {r!r}")

class Meta(type):
    def __instancecheck__(cls, obj):
        print(f"  __instancecheck__({type(obj).__name__})")
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print(f"  __subclasscheck__({sub.__name__})")
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic))
print(isinstance("other", Magic))
print(issubclass(str, Magic))
print(issubclass(int, Magic))
print(isinstance(Magic(), Magic))

class Fake:
    @property
    def __class__(self):
        return A
f = Fake()
print(isinstance(f, A), isinstance(f, Fake), type(f) is Fake, f.__class__ is A)
print(isinstance(B(), tuple([A])), isinstance(1, ()), issubclass(int, ()))
print([cls.__name__ for cls in D.__mro__], D.__bases__ == (B, C))
