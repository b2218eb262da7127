# Basic __code__ attributes.

def simple(a, b):
    c = a + b
    return c

co = simple.__code__
print(co.co_name)
print(co.co_argcount)
print(co.co_varnames)
print(co.co_nlocals)
print(co.co_posonlyargcount, co.co_kwonlyargcount)

def full(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    g = 1
    h = 2
    return g + h

co = full.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)

def noargs():
    pass
print(noargs.__code__.co_argcount, noargs.__code__.co_varnames)

lam = lambda x, y=1: x
print(lam.__code__.co_name, lam.__code__.co_argcount, lam.__code__.co_varnames)

# freevars / cellvars
def outer(p):
    q = p * 2
    def inner(r):
        return p + q + r
    return inner
print(sorted(outer.__code__.co_cellvars))
print(sorted(outer(1).__code__.co_freevars))
print(outer(1).__code__.co_varnames)
print(outer.__code__.co_varnames)

# methods include self in argcount
class C:
    def m(self, x, *, y):
        return x
print(C.m.__code__.co_argcount, C.m.__code__.co_kwonlyargcount, C.m.__code__.co_varnames)

# co_name for comprehensions is not exposed directly; check function names
def comp():
    return [i for i in range(3)]
print(comp.__code__.co_name)

# code objects of different functions differ; same function same code
print(simple.__code__ is simple.__code__)
print(simple.__code__ is full.__code__)

# co_flags-free checks: generator and coroutine functions
def gen():
    yield 1
async def coro():
    pass
print(type(gen()).__name__)
c = coro()
print(type(c).__name__)
c.close()

# swapping __code__
def one():
    return 1
def two():
    return 2
one.__code__ = two.__code__
print(one(), one.__name__)

# code object name is preserved independently of __name__
def named():
    pass
named.__name__ = "other"
print(named.__code__.co_name, named.__name__)

# co_varnames with star names
def stars(*aa, **kk):
    zz = 0
print(stars.__code__.co_varnames, stars.__code__.co_argcount)

# type name of code objects
print(type(simple.__code__).__name__)
print(co.co_filename.endswith("code_attrs.py"))
print(simple.__code__.co_firstlineno)
print(full.__code__.co_firstlineno)
