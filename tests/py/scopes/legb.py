# LEGB name resolution: Local, Enclosing, Global, Builtin.

x = "global"

def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def reads_enclosing():
        return x
    return inner(), reads_enclosing()

print(outer())

def reads_global():
    return x
print(reads_global())

# builtins are found last
print(len("abc"))
def shadow_builtin():
    len = lambda s: "shadowed len"
    return len("abc")
print(shadow_builtin(), len("abc"))

# global shadowing a builtin
def uses_max():
    return max(1, 2)
print(uses_max())
max = lambda *a: "global max"
print(uses_max())
del max
print(uses_max())

# enclosing scope chain: nearest wins
def level1():
    v = 1
    def level2():
        v = 2
        def level3():
            return v
        return level3()
    return level2()
print(level1())

def level1b():
    v = 1
    def level2():
        def level3():
            return v
        return level3()
    return level2()
print(level1b())

# a name is local if assigned anywhere in the function (compile-time decision)
y = "global y"
def assigned_later():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = "local y"
    return y
print(assigned_later())

def assigned_in_branch(flag):
    if flag:
        z = "set"
    try:
        return z
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(assigned_in_branch(True), "|", assigned_in_branch(False))

# for-loop targets, with-as, except-as, import and def/class all create locals
def many_bindings():
    for i in range(2):
        pass
    import sys as system
    def f():
        pass
    class C:
        pass
    try:
        raise ValueError
    except ValueError as err:
        pass
    return sorted(locals())
print(many_bindings())

# enclosing scope is searched at call time (late binding)
def make():
    def get():
        return value
    value = "bound after def"
    return get
print(make()())

# global statement forces global lookup even if enclosing has the name
g = "module g"
def enclosing():
    g = "enclosing g"
    def inner():
        global g
        return g
    return inner()
print(enclosing())

# names in class bodies don't form enclosing scopes for methods
class K:
    attr = "class attr"
    def method(self):
        try:
            return attr
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(K().method())

# builtins module access
import builtins
print(builtins.len is len, "print" in dir(builtins))
def builtin_override():
    builtins.custom_builtin = "available everywhere"
builtin_override()
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(type(e).__name__, e)

# locals() in nested function includes free variables
def outer2():
    a = 1
    b = 2
    def inner():
        return a, sorted(locals())
    return inner()
print(outer2())

# global names resolved at call time
def call_later():
    return later_defined()
def later_defined():
    return "defined after caller"
print(call_later())
