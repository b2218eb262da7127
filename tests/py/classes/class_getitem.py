# __class_getitem__ and subscripting classes.

class Box:
    def __class_getitem__(cls, item):
        print("__class_getitem__", cls.__name__, item)
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else repr(item))

print(Box[int])
print(Box["str"])
print(Box[int, str])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box):
    pass
print(SubBox[float])

# __class_getitem__ is an implicit classmethod
class Gen:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))
print(Gen[int], Gen[int, str, bytes], Gen[()])

# no __class_getitem__: TypeError
class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

# instances use __getitem__, not __class_getitem__
class Both:
    def __class_getitem__(cls, item):
        return "class:" + repr(item)
    def __getitem__(self, item):
        return "instance:" + repr(item)
print(Both[1], Both()[1])

# metaclass __getitem__ takes priority over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return "meta:" + repr(item)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "cgi:" + repr(item)
print(WithMeta[5])

# builtin generics
print(list[int])
print(dict[str, int])
print(tuple[int, ...])
print(type(list[int]).__name__)
print(list[int].__origin__ is list, list[int].__args__)
print(dict[str, list[int]].__args__)
print(list[int]([1, 2, 3]))
print(isinstance([1], list), list[int] == list[int], list[int] == list[str])
try:
    isinstance([1], list[int])
except TypeError as e:
    print(type(e).__name__, e)

# builtin types that are not generic
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)

# slices and other objects as parameters
class Anything:
    def __class_getitem__(cls, item):
        return item
print(Anything[1:2])
print(Anything[1:2, ::3])
print(Anything[...])
print(Anything[None])

# a simple "typed list" factory
class TypedList(list):
    _type = object
    _cache = {}
    def __class_getitem__(cls, t):
        if t not in cls._cache:
            cls._cache[t] = type("TypedList_" + t.__name__, (cls,), {"_type": t})
        return cls._cache[t]
    def append(self, v):
        if not isinstance(v, self._type):
            raise TypeError("expected %s, got %s" % (self._type.__name__, type(v).__name__))
        super().append(v)

IntList = TypedList[int]
print(IntList.__name__, TypedList[int] is IntList)
il = IntList()
il.append(1)
il.append(2)
try:
    il.append("three")
except TypeError as e:
    print(type(e).__name__, e)
print(il, isinstance(il, TypedList), isinstance(il, list))
StrList = TypedList[str]
sl = StrList()
sl.append("a")
print(sl, StrList._type.__name__)
