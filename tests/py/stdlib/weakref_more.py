import weakref, gc

class Obj:
    def __init__(self, name):
        self.name = name
    def method(self):
        return "m:" + self.name
    def __repr__(self):
        return f"Obj({self.name})"

a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a), r == weakref.ref(a), hash(r) == hash(a) or True)
log = []
r2 = weakref.ref(a, lambda ref: log.append("callback"))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
del a
gc.collect()
print(r(), r2(), log)

d = weakref.WeakValueDictionary()
objs = [Obj(str(i)) for i in range(5)]
for o in objs:
    d[o.name] = o
print(sorted(d.keys()), len(d))
del objs[1:3]
gc.collect()
print(sorted(d.keys()), d.get("1"), "0" in d)

k = weakref.WeakKeyDictionary()
x, y = Obj("x"), Obj("y")
k[x] = 1
k[y] = 2
del x
gc.collect()
print(list(k.values()), len(k))

s = weakref.WeakSet()
p, q = Obj("p"), Obj("q")
s.add(p); s.add(q)
print(len(s), p in s)
del p
gc.collect()
print(len(s), [o.name for o in s])

o = Obj("bound")
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
gc.collect()
print(wm())

pr = weakref.proxy(Obj("proxied"))
gc.collect()
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError", e)
keep = Obj("kept")
pr = weakref.proxy(keep)
print(pr.name, pr.method(), repr(pr)[:13])

calls = []
z = Obj("z")
f = weakref.finalize(z, calls.append, "finalized")
print(f.alive, f.peek()[0] is z)
del z
gc.collect()
print(calls, f.alive, f())
f2 = weakref.finalize(Obj("w"), lambda: None)
print(f2.detach() is not None or True)
for bad in (1, "s", (1,), None):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)
