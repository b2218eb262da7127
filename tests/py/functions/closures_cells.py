# Closures, cells, late binding and nonlocal counters.

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())

# closure sees later rebinding of the enclosing variable
def late():
    x = 1
    def get():
        return x
    x = 2
    r1 = get()
    x = 3
    return r1, get()
print(late())

# classic late-binding pitfall
funcs = []
for i in range(4):
    funcs.append(lambda: i)
print([f() for f in funcs])

# fixed with default arg
funcs = [lambda i=i: i for i in range(4)]
print([f() for f in funcs])

# fixed with factory
def make(i):
    return lambda: i
funcs = [make(i) for i in range(4)]
print([f() for f in funcs])

# closures in comprehension share the comprehension's variable
funcs = [lambda: j for j in range(3)]
print([f() for f in funcs])

# shared cell between two closures
def pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set

get, set_ = pair()
print(get())
set_(42)
print(get())
set_("changed")
print(get())

# __closure__ and cell_contents
def outer(a, b):
    def inner():
        return a + b
    return inner
fn = outer(3, 4)
print(fn())
print(len(fn.__closure__))
print(sorted(c.cell_contents for c in fn.__closure__))
print(fn.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print(make_counter.__closure__)

# cell modified after closure creation is visible
def mod():
    items = []
    def view():
        return list(items)
    items.append(1)
    v1 = view()
    items.append(2)
    return v1, view()
print(mod())

# nested three levels deep
def level1():
    a = "L1"
    def level2():
        b = "L2"
        def level3():
            return a + "-" + b
        return level3
    return level2()
print(level1()())

# nonlocal in deeper levels
def deep():
    n = 0
    def mid():
        def inner():
            nonlocal n
            n += 10
        inner()
        inner()
    mid()
    return n
print(deep())

# unbound free variable
def unbound():
    def get():
        return v
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    v = 5
    return get()
print(unbound())

# closure deletion
def delete_cell():
    x = 1
    def get():
        return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
delete_cell()

# accumulator generator
def accumulator(start):
    total = start
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulator(100)
for k in (1, 2, 3, -50):
    print("acc", acc(k))

# closures capturing loop variable in while loop
makers = []
n = 0
while n < 3:
    def m(n=n):
        return n * 100
    makers.append(m)
    n += 1
print([m() for m in makers])

# memoizing closure
def memo(fn):
    cache = {}
    def wrapper(x):
        if x not in cache:
            cache[x] = fn(x)
        return cache[x]
    wrapper.cache = cache
    return wrapper

calls = []
@memo
def square(x):
    calls.append(x)
    return x * x
print(square(4), square(4), square(5), calls, sorted(square.cache.items()))
