# global and nonlocal statements in functions.

x = "global x"

def read_global():
    return x

def write_global():
    global x
    x = "rebound by function"

def shadow():
    x = "local x"
    return x

print(read_global())
print(shadow())
print(x)
write_global()
print(x)

# global creates a new module variable
def create():
    global brand_new
    brand_new = 123
try:
    brand_new
except NameError as e:
    print(type(e).__name__, e)
create()
print(brand_new)

# global in nested function refers to module, not enclosing
y = "module y"
def outer():
    y = "outer y"
    def inner():
        global y
        y = "set by inner"
    inner()
    return y
print(outer(), y)

# nonlocal refers to nearest enclosing function scope
def a():
    v = "a"
    def b():
        v = "b"
        def c():
            nonlocal v
            v = "c changed b"
        c()
        return v
    return b(), v
print(a())

# nonlocal multiple names
def multi():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(multi())

# global multiple names
def set_many():
    global g1, g2
    g1, g2 = "one", "two"
set_many()
print(g1, g2)

# augmented assignment on global
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)

# augmented assignment without global -> UnboundLocalError
count = 10
def bad_inc():
    count += 1
try:
    bad_inc()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# nonlocal in loop-based closure
def make_accumulators():
    total = 0
    fns = []
    for i in range(3):
        def add(n, i=i):
            nonlocal total
            total += n * (i + 1)
            return total
        fns.append(add)
    return fns
fs = make_accumulators()
print(fs[0](1), fs[1](1), fs[2](1), fs[0](10))

# global declared in a function that only reads is harmless
def reader():
    global total
    return total
print(reader())

# global deletion
def deleter():
    global temp
    del temp
temp = "temporary"
deleter()
print("temp" in globals())
try:
    deleter()
except NameError as e:
    print(type(e).__name__, e)

# nonlocal deletion
def nl_del():
    z = 1
    def inner():
        nonlocal z
        del z
    inner()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(nl_del())

# global names used in class bodies inside functions
def class_in_func():
    global made_in_class
    class Tmp:
        global made_in_class
        made_in_class = "from class body"
    return Tmp
class_in_func()
print(made_in_class)

# nonlocal from a method to an enclosing function
def factory():
    calls = 0
    class Counter:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    c = Counter()
    c.hit(); c.hit()
    return calls
print(factory())

# globals() dictionary writes are visible as names
globals()["dynamic_name"] = "via globals()"
print(dynamic_name)
