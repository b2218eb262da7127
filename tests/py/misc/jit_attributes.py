# Attribute loads and stores in hot loops while classes and instances change under them: the
# JIT's attribute helpers run the interpreter's inline caches and must miss whenever the
# generic lookup would find something else.


class Rec:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count += self.step
        return self.count


def loop(r, n):
    i = 0
    while i < n:
        r.count = r.count + r.step
        r.bump()
        i += 1
    return r.count


r = Rec()
print(loop(r, 300))
r.step = 3
print(loop(r, 300))


def class_changes_mid_loop(n):
    r = Rec()
    out = []
    i = 0
    while i < n:
        out.append(r.bump())
        if i == 100:
            Rec.bump = lambda self: "patched"
        if i == 200:
            r.bump = lambda: "instance"
        i += 1
    return out[100], out[101], out[200], out[201]


saved = Rec.bump
print(class_changes_mid_loop(300))
Rec.bump = saved


class Prop:
    def __init__(self):
        self._v = 0
        self.plain = 1


def read_plain(p, n):
    t = 0
    i = 0
    while i < n:
        t += p.plain
        if i == 150:
            # A data descriptor on the class now takes precedence over the instance dict.
            Prop.plain = property(lambda self: 100)
        i += 1
    return t


print(read_plain(Prop(), 300))


class Lazy:
    def __getattr__(self, name):
        return len(name)


def read_lazy(o, n):
    t = 0
    i = 0
    while i < n:
        t += o.abc
        if i == 100:
            o.abc = 1000
        if i == 200:
            del o.abc
        i += 1
    return t


print(read_lazy(Lazy(), 300))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


def slots_loop(s, n):
    i = 0
    while i < n:
        s.a = s.a + s.b
        i += 1
    return s.a


print(slots_loop(Slotted(), 300))
try:
    slots_loop_obj = Slotted()
    i = 0
    while i < 300:
        if i == 299:
            slots_loop_obj.c = 1
        i += 1
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __init__(self):
        self.x = 0

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if name == "x" and value else value)


def set_loop(o, n):
    i = 0
    while i < n:
        o.x = i
        i += 1
    return o.x


print(set_loop(Logged(), 300))


def swap_class(n):
    class A:
        def __init__(self):
            self.v = 1

    class B:
        def __init__(self):
            self.v = 2

        @property
        def w(self):
            return "B.w"

    o = A()
    o.w = "inst"
    out = []
    i = 0
    while i < n:
        out.append((o.v, o.w))
        if i == 100:
            o.__class__ = B
        i += 1
    return out[100], out[101]


print(swap_class(300))


def missing_attr(n):
    r = Rec()
    i = 0
    while i < n:
        if i == n - 1:
            del r.step
        r.count = r.count + r.step
        i += 1


try:
    missing_attr(300)
except AttributeError as e:
    print("AttributeError:", e)


import math


def module_attrs(n):
    t = 0.0
    i = 0
    while i < n:
        t += math.pi
        if i == 100:
            math.pi = 3
        i += 1
    return t


saved_pi = math.pi
print(module_attrs(300))
math.pi = saved_pi


def methods_of_builtins(n):
    xs = []
    i = 0
    while i < n:
        xs.append(i)
        i += 1
    return len(xs), "a,b".split(",")


print(methods_of_builtins(300))
