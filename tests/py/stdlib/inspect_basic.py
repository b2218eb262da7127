# inspect: signature and Parameter kinds, Signature.bind, getmembers, the is* predicates,
# getdoc/cleandoc, getattr_static, unwrap, getmro, isabstract, getfullargspec,
# iscoroutinefunction, currentframe-free parts of the module.
import inspect
import functools
import abc
from inspect import Parameter, Signature


def f(a, b: int = 2, /, c=3, *args, d, e: "str" = "x", **kw) -> bool:
    """Do things.

        Indented more.
    Back.
    """
    return True

sig = inspect.signature(f)
print(sig)
print(sig.return_annotation, list(sig.parameters))
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.name, p.default is Parameter.empty and "-" or p.default, p.annotation)
print(str(Parameter.POSITIONAL_ONLY), Parameter.KEYWORD_ONLY.description, int(Parameter.VAR_KEYWORD))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, d=4)
ba.apply_defaults()
print(ba)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
print(sig.bind_partial(1).arguments)
print(sig.replace(return_annotation=Signature.empty))
print(Signature([Parameter("x", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("y", Parameter.KEYWORD_ONLY)]))
try:
    Signature([Parameter("x", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("y", Parameter.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError:", e)
print(inspect.signature(lambda x, *, y=1: 0), inspect.signature(lambda: 0))


class K:
    """Class doc."""
    attr = 1

    def __init__(self, x, y=0):
        self.x = x

    def method(self, z):
        "Method doc."
        return z

    @classmethod
    def cm(cls, q):
        pass

    @staticmethod
    def sm(r, s=5):
        pass

    @property
    def prop(self):
        "Prop doc."
        return 1

    async def am(self):
        pass

    def gen(self):
        yield 1

    async def agen(self):
        yield 1

print(inspect.signature(K), inspect.signature(K.method), inspect.signature(K(1).method))
print(inspect.signature(K.cm), inspect.signature(K.sm), inspect.signature(K(1).am))
print(inspect.signature(functools.partial(f, 1, d=2)))
print(inspect.signature(functools.partial(K.sm, 1)))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)

print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f, wrapper.__wrapped__ is f)
print(inspect.signature(wrapper, follow_wrapped=False))


class CallMe:
    def __call__(self, p, q=1):
        pass

print(inspect.signature(CallMe()))

for obj in [f, K, K.method, K(1).method, K.cm, K.sm, K.prop, K.am, K.gen, K.agen, len, [].append, inspect, 1, lambda: 0, K.__init__]:
    print(
        getattr(obj, "__name__", type(obj).__name__),
        inspect.isfunction(obj), inspect.ismethod(obj), inspect.isclass(obj), inspect.ismodule(obj),
        inspect.isbuiltin(obj), inspect.isroutine(obj), inspect.iscoroutinefunction(obj),
        inspect.isgeneratorfunction(obj), inspect.isasyncgenfunction(obj), inspect.isdatadescriptor(obj),
        inspect.ismethoddescriptor(obj), callable(obj),
    )
g = K(1).gen()
c = K(1).am()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), inspect.getcoroutinestate(c))
c.close()
g.close()
print(inspect.getgeneratorstate(g), inspect.getcoroutinestate(c))

print([n for n, _ in inspect.getmembers(K) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
print([n for n, v in inspect.getmembers(K(1)) if not n.startswith("_")])
print(inspect.getmembers(K, lambda v: isinstance(v, int)))
print([n for n, _ in inspect.getmembers_static(K) if not n.startswith("__")])

print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(K)), repr(inspect.getdoc(K.method)), repr(inspect.getdoc(K.prop)))


class Sub(K):
    def method(self, z):
        return z

print(repr(inspect.getdoc(Sub.method)), repr(inspect.getdoc(Sub)))
print(repr(inspect.cleandoc("""
    first

      indented
    last
    """)))
print(repr(inspect.cleandoc("  one line  ")), repr(inspect.cleandoc("a\n\tb\n\tc")))
print(inspect.getmro(Sub))
print(type(inspect.getattr_static(K, "prop")).__name__, inspect.getattr_static(K(1), "x", "dflt"))
print(type(inspect.getattr_static(K, "cm")).__name__, type(inspect.getattr_static(K, "sm")).__name__)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass

class Concrete(Abstract):
    def run(self):
        pass

print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int))
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(K.method))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation("x"))
print(inspect.get_annotations(f))
print(inspect.getcallargs(f, 1, 2, d=3))
print(inspect.ismethodwrapper(object().__str__), inspect.isframe(1), inspect.istraceback(None))
print(inspect.getmodulename("/a/b/c.py"), inspect.getmodule(f).__name__, inspect.getmodule(functools.partial).__name__)
print(inspect.Parameter("a", Parameter.KEYWORD_ONLY, annotation=int, default=3))
print(inspect.Parameter("a", Parameter.VAR_POSITIONAL).replace(name="rest"))
try:
    Parameter("1x", Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError:", e)
print(inspect.Signature.from_callable(K.method) == inspect.signature(K.method))
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, bool(K.gen.__code__.co_flags & inspect.CO_GENERATOR))
print(inspect.isclass(inspect.BoundArguments), inspect.BlockFinder.__name__)
