# globals() and locals() at module, function and class scope.

g_var = "global value"
print(globals()["g_var"], globals() is globals(), locals() is globals(), "__name__" in globals(), __name__)
globals()["created_via_globals"] = 42
print(created_via_globals)
def func(a, b=2):
    c = a + b
    snapshot = locals()
    return sorted(snapshot.items())
print(func(1))
def modify_locals():
    x = 1
    locals()["x"] = 99
    return x
print(modify_locals())
def nested():
    outer_v = "outer"
    def inner():
        return sorted(locals()), outer_v
    return inner()
print(nested())
def free_only():
    v = 1
    def inner():
        print(sorted(locals()))
        v
    inner()
free_only()
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    print("class locals:", names, "__module__" in locals(), "__qualname__" in locals())
print(K.names)
def uses_global():
    global g_var
    g_var = "rebound"
    return sorted(k for k in locals())
print(uses_global(), g_var)
def check_global_dict():
    return globals() is globals(), "check_global_dict" in globals()
print(check_global_dict())
x = 10
def shadow():
    x = 20
    return locals()["x"], globals()["x"]
print(shadow())
ns = {"__name__": "fake"}
exec("def f():\n    return globals()\n", ns)
print(ns["f"]() is ns, ns["f"]()["__name__"])
print(type(globals()).__name__, type(locals()).__name__)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    locals(1)
except TypeError as e:
    print(type(e).__name__, e)
def loop_locals():
    out = []
    for i in range(3):
        out.append(sorted(locals()))
    return out
print(loop_locals())
lam = (lambda q: sorted(locals()))(1)
print(lam)
print([sorted(locals()) for _ in range(1)])
del globals()["created_via_globals"]
print("created_via_globals" in globals())
def with_del():
    a = 1
    b = 2
    del a
    return sorted(locals())
print(with_del())
def comprehension_in_function():
    outer = 1
    return [sorted(locals()) for _ in range(1)][0], sorted(locals())
print(comprehension_in_function())
