# Class body scope rules.

x = "global x"

class A:
    x = "class x"
    y = x + " (seen in class body)"
    def method(self):
        return x                      # global, not class attribute
    def method2(self):
        return self.x
    z = [x for _ in range(1)]         # comprehension: x is the global!

a = A()
print(A.y)
print(a.method())
print(a.method2())
print(A.z)

# the first iterable of a comprehension is evaluated in class scope
class B:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    factor = 3
    try:
        tripled = [v * factor for v in values]
    except NameError as e:
        error = str(e)
print(B.doubled, B.error)

# lambdas in class body also skip the class scope
class C:
    n = 10
    get = lambda self: n
try:
    C().get()
except NameError as e:
    print(type(e).__name__, e)

# class body reading a global then assigning the same name
counter = 100
class D:
    counter = counter + 1        # reads global, writes class attr
print(D.counter, counter)

# class body inside a function sees function locals
def factory(val):
    class Inner:
        attr = val
        def get(self):
            return val
    return Inner
I = factory("from function")
print(I.attr, I().get())

# but if the class body assigns the name anywhere, every lookup of it in the body
# goes class namespace -> globals -> builtins, skipping the enclosing function
def factory2():
    v = "enclosing"
    class Inner:
        try:
            before = v
        except NameError as e:
            before = "NameError: " + str(e)
        v = "class level"
        after = v
    return Inner
I2 = factory2()
print(I2.before, "|", I2.after)

v = "global v"
I3 = factory2()
print(I3.before, "|", I3.after)
del v

# methods see enclosing function scope, not class scope
def factory3():
    name = "function name"
    class K:
        name = "class name"
        def who(self):
            return name
    return K
print(factory3()().who())

# nested classes do not see outer class names
class Outer:
    secret = 42
    class InnerCls:
        try:
            value = secret
        except NameError as e:
            value = "NameError: " + str(e)
print(Outer.InnerCls.value)

# __qualname__ and __module__ are set in the class namespace
class Q:
    seen_qualname = __qualname__
    seen_module = __module__
print(Q.seen_qualname, Q.seen_module)

class Outer2:
    class Inner2:
        q = __qualname__
print(Outer2.Inner2.q)

# class body global/nonlocal statements
def with_nonlocal():
    count = 0
    class Counter:
        nonlocal count
        count += 1
    return count
print(with_nonlocal())

class G:
    global from_class
    from_class = "set globally by class body"
print(from_class, hasattr(G, "from_class"))

# locals() inside class body
class L:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(L.names)

# del in class body
class Del:
    temp = 1
    keep = temp + 1
    del temp
print(hasattr(Del, "temp"), Del.keep)

# class body execution order and side effects
order = []
class Order:
    order.append("first")
    def m(self):
        pass
    order.append("second")
print(order)

# comprehension in class body referencing the class name itself fails (not yet bound)
try:
    class SelfRef:
        items = [SelfRef for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

# __class__ cell available in methods
class Cell:
    def get(self):
        return __class__.__name__
print(Cell().get())
