# type() with one and three arguments; type attributes and dynamic class creation.

for o in [1, True, 1.5, 1j, "s", b"b", [], (), {}, set(), None, len, type, object(), range(1), lambda: 0, NotImplemented, ...]:
    print(type(o).__name__, type(o) is o.__class__)
print(type(type), type(object), type(int), type(1) is int, type(True) is bool, type(True) is int)

def describe(self):
    return f"{type(self).__name__}(x={self.x})"
Dyn = type("Dyn", (object,), {"x": 5, "describe": describe, "__doc__": "dynamic"})
d = Dyn()
print(Dyn.__name__, Dyn.__qualname__, Dyn.__doc__, Dyn.__bases__, d.describe(), d.x, type(d) is Dyn)
Sub = type("Sub", (Dyn,), {"x": 10})
print(Sub().describe(), Sub.__mro__ == (Sub, Dyn, object), issubclass(Sub, Dyn))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__module__, Empty().__class__.__name__)
Multi = type("Multi", (int, ), {"double": lambda self: self * 2})
print(Multi(21).double(), isinstance(Multi(1), int))
print(Dyn.__module__ == __name__, type("M", (), {"__module__": "custom"}).__module__)

class Normal:
    attr = 1
    def method(self):
        return "m"
print(type(Normal).__name__, Normal.__name__, Normal.__qualname__, sorted(k for k in Normal.__dict__ if not k.startswith("__")))
def factory():
    class Inner:
        pass
    return Inner
print(factory().__qualname__, factory().__name__, factory() is factory())
Normal.added = lambda self: "added later"
print(Normal().added())
Normal.__name__ = "Renamed"
print(Normal.__name__, Normal.__qualname__)
for args in [("A",), ("A", ()), ("A", (), {}, 1), (1, (), {}), ("A", [], {}), ("A", (), []), ("A", (1,), {}),
             ("A", (bool,), {}), ()]:
    try:
        r = type(*args)
        print(args, "->", r)
    except TypeError as e:
        print(args, "->", type(e).__name__ + ":", e)
try:
    type("A", (int, str), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Normal.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__call__(int)
    print("type.__call__(int) ->", type.__call__(int))
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type.__mro__, type.__bases__, object.__bases__, int.__base__, bool.__base__, object.__base__)
print(repr(type("Q", (), {"__qualname__": "Outer.Q"})).replace(__name__, "M"))
print(type(1)(5), type("s")(12), type([])("ab"), type(None)() is None)
