# functools: singledispatch (by annotation and explicit type), MRO dispatch, singledispatchmethod, registry
import functools
from functools import singledispatch

@singledispatch
def show(x):
    return f"obj:{x!r}"
@show.register
def _(x: int):
    return f"int:{x}"
@show.register(list)
def _(x):
    return "list:" + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x):
    return f"num:{x}"
print(show(1), show("s"), show([1, "a", 2.5]), show(True), show(1j), show.dispatch(bool).__name__, len(show.registry))
class Animal: pass
class Dog(Animal): pass
@singledispatch
def speak(a): return "..."
@speak.register
def _(a: Animal): return "animal"
print(speak(Dog()), speak(1), speak.dispatch(Dog) is speak.registry[Animal])
class Calc:
    @functools.singledispatchmethod
    def neg(self, x):
        raise NotImplementedError
    @neg.register
    def _(self, x: int):
        return -x
    @neg.register
    def _(self, x: bool):
        return not x
print(Calc().neg(5), Calc().neg(True))

@singledispatch
def kind(x):
    return "default"
kind.register(int, lambda x: "int")
kind.register(str, lambda x: "str")
print([kind(v) for v in (1, "a", 2.0, None, False)], sorted(t.__name__ for t in kind.registry))
import collections.abc as cabc
@singledispatch
def size(x):
    return -1
@size.register(cabc.Sized)
def _(x):
    return len(x)
@size.register(cabc.Mapping)
def _(x):
    return ("mapping", len(x))
print(size([1, 2]), size({"a": 1}), size(5), size("abc"), size(range(4)), size(frozenset()))
class MyList(list):
    pass
print(size(MyList([1])), show(MyList([2, 3])), show.dispatch(MyList).__name__)
