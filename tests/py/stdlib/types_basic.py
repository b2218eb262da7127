# types: SimpleNamespace, MappingProxyType, new_class, prepare_class, coroutine, function/method types, DynamicClassAttribute
import types

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)), ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(repr(types.SimpleNamespace()), types.SimpleNamespace(**{"x": 1}).x)

mp = types.MappingProxyType({"k": 1, "j": 2})
print(mp["k"], len(mp), sorted(mp), "k" in mp, mp.get("z", 0), sorted(mp.items()), type(mp).__name__)
try:
    mp["k"] = 5
except TypeError as e:
    print("TypeError:", e)
print(mp.copy(), mp | {"z": 9})

def f(): pass
async def co(): pass
def gen(): yield 1
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType))
print(isinstance(gen(), types.GeneratorType), isinstance(types, types.ModuleType), isinstance(C.cm, types.MethodType))
c = co()
print(isinstance(c, types.CoroutineType))
c.close()
print(types.FunctionType is type(f), types.LambdaType is types.FunctionType, type(f.__code__) is types.CodeType)
print(isinstance([].append, types.BuiltinMethodType), type(None) is types.NoneType, types.EllipsisType is type(...))
print(types.NotImplementedType is type(NotImplemented), isinstance(C.__dict__["m"], types.FunctionType))
print(type(str.join).__name__, type(str.__dict__["upper"]).__name__)
print(isinstance(str.upper, types.MethodDescriptorType), isinstance(object.__init__, types.WrapperDescriptorType))
print(isinstance(object().__str__, types.MethodWrapperType), isinstance(dict.__dict__["fromkeys"], types.ClassMethodDescriptorType))
print(type(int.real).__name__, isinstance(type.__dict__["__name__"], types.GetSetDescriptorType))

m = types.ModuleType("mymod", "doc here")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))

def body(ns):
    ns["attr"] = 42
    ns["hello"] = lambda self: "hi"
K = types.new_class("K", (object,), {}, body)
print(K.__name__, K.attr, K().hello(), K.__mro__[-1].__name__)
meta, ns2, kw = types.prepare_class("P", (), {"metaclass": type, "x": 1})
print(meta.__name__, ns2, kw)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": True}
N = types.new_class("N", (), {"metaclass": Meta})
print(type(N).__name__, N.prepared)
class Base:
    def __mro_entries__(self, bases):
        return (dict,)
print(types.resolve_bases((Base(), int)))

@types.coroutine
def legacy():
    yield "step"
g = legacy()
print(next(g) if hasattr(g, "__next__") else g)

tb = None
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(isinstance(tb, types.TracebackType), isinstance(tb.tb_frame, types.FrameType))
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)))
print(int | str, type(int | str) is types.UnionType, (int | None).__args__)

class DCA:
    @types.DynamicClassAttribute
    def dyn(self):
        return "instance"
print(DCA().dyn, isinstance(DCA.__dict__["dyn"], types.DynamicClassAttribute))
print(types.get_original_bases if hasattr(types, "get_original_bases") else "no get_original_bases")
mod = types.ModuleType("m2")
print(sorted(k for k in vars(mod)), mod.__doc__, mod.__spec__)
print(types.MethodType(lambda self, y: (self, y), 10)(5))
