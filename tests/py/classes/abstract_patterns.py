# Abstract-base-class patterns without the abc module.

class Shape:
    def __init__(self, name):
        if type(self) is Shape:
            raise TypeError("Shape is abstract and cannot be instantiated")
        self.name = name
    def area(self):
        raise NotImplementedError("%s must implement area()" % type(self).__name__)
    def describe(self):
        return "%s with area %.2f" % (self.name, self.area())

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Lazy(Shape):
    def __init__(self):
        super().__init__("lazy")

try:
    Shape("x")
except TypeError as e:
    print(type(e).__name__, e)
for s in (Rect(2, 3), Circle(1)):
    print(s.describe())
try:
    Lazy().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))

# abstract method registry via decorator and __init_subclass__
def abstract(fn):
    fn.__is_abstract__ = True
    return fn

class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        abstract_names = set()
        for klass in reversed(cls.__mro__):
            for name, val in vars(klass).items():
                if getattr(val, "__is_abstract__", False):
                    abstract_names.add(name)
                elif name in abstract_names:
                    abstract_names.discard(name)
        cls.__abstract__ = frozenset(abstract_names)
    def __new__(cls, *a, **k):
        abstract_names = getattr(cls, "__abstract__", frozenset())
        if abstract_names:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ", ".join(sorted(abstract_names))))
        return super().__new__(cls)

class Stream(Base):
    @abstract
    def read(self):
        pass
    @abstract
    def close(self):
        pass
    def read_all(self):
        out = []
        while True:
            chunk = self.read()
            if chunk is None:
                break
            out.append(chunk)
        self.close()
        return out

class Partial(Stream):
    def read(self):
        return None

class ListStream(Stream):
    def __init__(self, items):
        self.items = list(items)
        self.closed = False
    def read(self):
        return self.items.pop(0) if self.items else None
    def close(self):
        self.closed = True

for cls in (Stream, Partial):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
ls = ListStream("abc")
print(ls.read_all(), ls.closed)
print(sorted(Stream.__abstract__), sorted(Partial.__abstract__), sorted(ListStream.__abstract__))

# duck typing protocol check
def is_iterable(obj):
    try:
        iter(obj)
    except TypeError:
        return False
    return True
class HasIter:
    def __iter__(self):
        return iter([])
class HasGetitem:
    def __getitem__(self, i):
        raise IndexError
print([is_iterable(x) for x in ([], "s", 5, HasIter(), HasGetitem(), None, {}.items())])

# template method pattern
class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== " + self.title() + " =="
    def footer(self):
        return "-- end --"
    def title(self):
        raise NotImplementedError
    def body(self):
        return []
class Sales(Report):
    def title(self):
        return "Sales"
    def body(self):
        return ["q1: 10", "q2: 20"]
print(Sales().render())
try:
    Report().render()
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))

# interface via NotImplemented in operators
class Comparable:
    def key(self):
        raise NotImplementedError
    def __lt__(self, other):
        if not isinstance(other, Comparable):
            return NotImplemented
        return self.key() < other.key()
class Version(Comparable):
    def __init__(self, s):
        self.s = s
    def key(self):
        return tuple(int(p) for p in self.s.split("."))
    def __repr__(self):
        return "V" + self.s
print(sorted([Version("1.10"), Version("1.2"), Version("1.9.1"), Version("0.99")]))
try:
    Version("1") < 5
except TypeError as e:
    print(type(e).__name__, e)

# mixin classes
class JsonMixin:
    def to_json(self):
        items = ", ".join('"%s": %r' % (k, v) for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class User(JsonMixin, EqMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age
u = User("ann", 3)
print(u.to_json(), u == User("ann", 3), u == User("bob", 3), User.__hash__)
print([k.__name__ for k in User.__mro__])

# abstract properties pattern
class Animal:
    @property
    def sound(self):
        raise NotImplementedError("subclasses define sound")
    def speak(self):
        return type(self).__name__ + " says " + self.sound
class Cow(Animal):
    sound = "moo"
class Duck(Animal):
    @property
    def sound(self):
        return "quack"
class Fish(Animal):
    pass
for cls in (Cow, Duck, Fish):
    try:
        print(cls().speak())
    except NotImplementedError as e:
        print(cls.__name__, type(e).__name__, e)

# NotImplementedError used as class (not instance) in raise
class Visitor:
    def visit(self, node):
        meth = getattr(self, "visit_" + type(node).__name__, None)
        if meth is None:
            raise NotImplementedError
        return meth(node)
class Num:
    def __init__(self, v):
        self.v = v
class Add:
    def __init__(self, a, b):
        self.a, self.b = a, b
class Mul:
    pass
class Evaluator(Visitor):
    def visit_Num(self, n):
        return n.v
    def visit_Add(self, n):
        return self.visit(n.a) + self.visit(n.b)
print(Evaluator().visit(Add(Num(1), Add(Num(2), Num(3)))))
try:
    Evaluator().visit(Mul())
except NotImplementedError as e:
    print(type(e).__name__, repr(e), e.args)

# registry of concrete implementations, skipping abstract ones
class Codec:
    registry = {}
    abstract = True
    def __init_subclass__(cls, abstract=False, **kw):
        super().__init_subclass__(**kw)
        cls.abstract = abstract
        if not abstract:
            Codec.registry[cls.__name__.lower()] = cls
class TextCodec(Codec, abstract=True):
    pass
class Utf8(TextCodec):
    pass
class Latin1(TextCodec):
    pass
print(sorted(Codec.registry), TextCodec.abstract, Utf8.abstract)
