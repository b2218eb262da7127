# del of names in different scopes.

a = 1
del a
print("a" in globals())
try:
    a
except NameError as e:
    print(type(e).__name__, e)

# del several names at once
b, c, d = 1, 2, 3
del b, c
print("b" in globals(), "c" in globals(), d)

# del with parentheses / list syntax
e1, e2 = 1, 2
del (e1, e2)
print("e1" in globals(), "e2" in globals())
f1, f2 = 1, 2
del [f1, f2]
print("f1" in globals(), "f2" in globals())

# del local
def local_del():
    x = 10
    y = 20
    del x
    return sorted(locals())
print(local_del())

# rebinding after del
def rebind():
    v = 1
    del v
    v = 2
    return v
print(rebind())

# del in a loop
names = {}
for i in range(3):
    temp = i * 2
    names[i] = temp
    del temp
print(names, "temp" in globals())

# del of a loop variable inside the loop
for k in range(3):
    del k
print("k" in globals())

# del global from function
gvar = "g"
def del_global():
    global gvar
    del gvar
del_global()
print("gvar" in globals())

# del nonlocal
def outer():
    n = "enclosing"
    def inner():
        nonlocal n
        del n
    inner()
    try:
        return n
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(outer())

# del does not affect other references to the object
lst = [1, 2, 3]
alias = lst
del lst
print(alias)

# del of a name bound by import
import sys as system_module
del system_module
print("system_module" in globals())

# del of function and class names
def temp_func():
    return 1
class TempClass:
    pass
del temp_func, TempClass
print("temp_func" in globals(), "TempClass" in globals())

# del in class body
class WithDel:
    x = 1
    y = 2
    del x
print(hasattr(WithDel, "x"), WithDel.y)

# del of a name inside comprehension is not allowed syntax; del target expressions
for src in ("del 1", "del f()", "del (a + b)", "del [a, 1]"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# del of a name that is global but not yet defined
def del_undefined():
    global never_defined_global
    del never_defined_global
try:
    del_undefined()
except NameError as e:
    print(type(e).__name__, e)

# del in except handler of a name bound in try
def try_del():
    try:
        z = 1
        raise KeyError
    except KeyError:
        del z
    return "z" in locals()
print(try_del())

# deleting builtins shadow reveals the builtin again
len = lambda x: -1
print(len([1, 2]))
del len
print(len([1, 2]))
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
