# weakref: ref, proxy, callbacks, getweakrefcount/getweakrefs, WeakValueDictionary,
# WeakKeyDictionary, WeakSet, finalize, WeakMethod
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Obj({self.name!r})"
    def hello(self, x=1):
        return f"hello {self.name} {x}"
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
    def __call__(self, *a):
        return ("called", a)

o = Obj("a")
r = weakref.ref(o)
print(r() is o, r().name, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
log = []
r2 = weakref.ref(o, lambda w: log.append(("dead", w is r2)))
print(weakref.getweakrefcount(o), r2.__callback__ is not None, r == r2, hash(r) == hash(o))
del o
gc.collect()
print(r(), r2(), log, r == r2)

p_target = Obj("p")
p = weakref.proxy(p_target)
print(p.name, p.hello(), p.hello(x=2), len(p), p[4], p(1, 2), type(p).__name__)
p.name = "changed"
print(p_target.name, str(p), bool(p), p.__class__.__name__, isinstance(p, weakref.CallableProxyType))
del p.name
print(hasattr(p_target, "name"))
p_target.name = "back"
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
lst = [3, 1, 2]
class L(list):
    pass
lt = L([3, 1, 2])
lp = weakref.proxy(lt)
print(len(lp), lp[0], 1 in lp, list(iter(lp)), sorted(lp), lp + [9], type(lp).__name__)
lp.append(4); lp[0] = 30; del lp[1]
print(lt, lp == [30, 2, 4], lp < [99])
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + (o.v if isinstance(o, Num) else o)
    def __radd__(self, o): return o + self.v
    def __neg__(self): return -self.v
    def __index__(self): return self.v
n = Num(5)
np_ = weakref.proxy(n)
print(np_ + 1, 1 + np_, -np_, [10, 20, 30, 40, 50, 60][np_], np_ + np_)
del p_target
gc.collect()
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)

class K:
    def __init__(self, k): self.k = k
    def __repr__(self): return f"K({self.k})"
wvd = weakref.WeakValueDictionary()
keep = [K(i) for i in range(4)]
for i, k in enumerate(keep):
    wvd[i] = k
tmp = K(99); wvd["tmp"] = tmp
print(len(wvd), sorted(wvd.keys(), key=str), wvd[2], wvd.get("tmp"), "tmp" in wvd)
del tmp; gc.collect()
print(len(wvd), "tmp" in wvd, wvd.get("tmp", "gone"))
del keep[0]; gc.collect()
print(sorted(wvd.keys()), sorted(v.k for v in wvd.values()))

wkd = weakref.WeakKeyDictionary()
a, b = K("a"), K("b")
wkd[a] = 1; wkd[b] = 2
print(len(wkd), wkd[a], sorted(wkd.values()))
del a; gc.collect()
print(len(wkd), list(wkd.items()))

ws = weakref.WeakSet()
x, y = K("x"), K("y")
ws.add(x); ws.add(y); ws.add(x)
print(len(ws), x in ws, K("z") in ws)
del y; gc.collect()
print(len(ws), list(ws))
ws2 = weakref.WeakSet([x])
print(ws == ws2, ws | ws2 == ws, len(ws - ws2))

events = []
f_target = K("fin")
fin = weakref.finalize(f_target, events.append, "finalized")
print(fin.alive, fin.peek()[2:], events)
del f_target; gc.collect()
print(fin.alive, events, fin())
f2 = weakref.finalize(K("call"), events.append, "called-early")
print(f2(), f2.alive, events)
t = K("detach"); f3 = weakref.finalize(t, events.append, "never")
print(f3.detach()[2:], f3.alive)

class Meth:
    def go(self):
        return "went"
m = Meth()
wm = weakref.WeakMethod(m.go)
print(wm()(), wm() == m.go)
del m; gc.collect()
print(wm())
print(weakref.ref(Obj).__class__.__name__, weakref.ReferenceType is weakref.ref, weakref.ProxyTypes[0].__name__)
