# *args and **kwargs collection and call-site unpacking.

def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

print(show())
print(show(1))
print(show(1, 2, 3))
print(show(a=1))
print(show(1, b=2, a=3))

def typed(*args, **kwargs):
    return type(args).__name__, type(kwargs).__name__

print(typed())
print(typed(1, x=2))

def mixed(a, b, *rest, **opts):
    return a, b, rest, sorted(opts.items())

print(mixed(1, 2))
print(mixed(1, 2, 3, 4))
print(mixed(1, b=2))
print(mixed(1, 2, 3, x=9, y=8))

# call-site unpacking
nums = [1, 2, 3]
print(show(*nums))
print(show(*nums, *nums))
print(show(0, *nums, 4))
print(show(*"ab", *range(2)))
print(show(**{"p": 1}))
print(show(**{"p": 1}, **{"q": 2}))
print(show(*[], **{}))
print(mixed(*[10, 20, 30], **{"z": 1}))
print(mixed(*(1,), **{"b": 2}))

# unpacking of generators and dict keys
print(show(*(x * 2 for x in range(3))))
print(show(*{"k1": 1, "k2": 2}))

# kwargs order is preserved
def keys(**kw):
    return list(kw)
print(keys(z=1, a=2, m=3))
print(keys(**{"b": 1}, c=2, **{"a": 3}))

# args is a fresh tuple each call, kwargs a fresh dict
def mutate(**kw):
    kw["added"] = True
    return kw
d = {"x": 1}
print(mutate(**d), d)

# passing kwargs with non-identifier string keys through **
def anything(**kw):
    return sorted(kw)
print(anything(**{"not an identifier": 1, "1x": 2}))

# non-string keys are rejected
try:
    anything(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)

# duplicates between explicit keyword and ** unpacking
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

# * with non-iterable
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
# ** with non-mapping
try:
    show(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# a mapping-like class with keys() and __getitem__ works for **
class Mapping:
    def keys(self):
        return ["one", "two"]
    def __getitem__(self, k):
        return k.upper()
print(show(**Mapping()))

# sum/join through *args
def total(*values):
    s = 0
    for v in values:
        s += v
    return s
print(total(), total(1), total(*range(101)))

def join(sep, *parts):
    return sep.join(str(p) for p in parts)
print(join("-", 1, 2, 3))
print(join(", "))

# forwarding wrapper
def forward(func, *args, **kwargs):
    return func(*args, **kwargs)
print(forward(mixed, 1, 2, 3, flag=True))
print(forward(max, 3, 9, 4))
print(forward(sorted, [3, 1, 2], reverse=True))

# *args named differently
def other(*items, **options):
    return len(items), len(options)
print(other(1, 2, 3, a=1))
