# Found by `cargo xtask fuzz-jit` (issue 8): most of its JIT divergences, e.g. seeds 300008,
# 300018 and 300025 (`--seed 300000 --count 150`: 19 of 150 programs). A drop in generated code that frees an object with a
# __del__ (or kills a weakref's referent, or drops an unfinished generator) only queues the
# finalizer and sets the eval breaker, and the generated code runs on to the next exit or
# backward jump; the interpreter runs the finalizer before the next instruction. So the
# stores after the drop (STORE_SUBSCR `box[0] = i`, STORE_GLOBAL `G = i`) come before the
# finalizer under PYGMY_JIT=on (once the loop is compiled) and eager, after it under off and
# CPython: "del 97 sees 96 96" becomes "del 97 sees 97 97". Each function drops through
# another instruction (STORE_FAST, STORE_SUBSCR, STORE_ATTR, STORE_GLOBAL, POP_TOP; a weakref
# callback; a generator's finally), right after a Python call's return re-entered generated
# code. Fixed in 995034b: generated code now leaves after a drop that queued something.
import weakref

box = [0]
G = 0


class Fin:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("del", self.tag, "sees", box[0], G)


class Holder:
    pass


def make(i, n):
    # A Python call: the frame re-enters generated code when it returns.
    return Fin(i) if i % n == 0 else None


def store_fast(n):
    global G
    i = 0
    while i < 300:
        f = make(i, n)
        f = None  # STORE_FAST drops it
        box[0] = i
        G = i
        i += 1


def store_subscr(n):
    global G
    slots = [None]
    i = 0
    while i < 300:
        x = make(i, n)
        slots[0] = x
        x = None
        slots[0] = None  # STORE_SUBSCR drops it
        box[0] = i
        G = i
        i += 1


def store_attr(n):
    global G
    h = Holder()
    h.f = None
    i = 0
    while i < 300:
        x = make(i, n)
        h.f = x
        x = None
        h.f = None  # STORE_ATTR drops it
        box[0] = i
        G = i
        i += 1


def store_global(n):
    global G, H
    i = 0
    while i < 300:
        x = make(i, n)
        H = x
        x = None
        H = None  # STORE_GLOBAL drops it
        box[0] = i
        G = i
        i += 1


def pop_top(n):
    global G
    i = 0
    while i < 300:
        make(i, n)  # POP_TOP drops the result
        box[0] = i
        G = i
        i += 1


def on_dead(ref):
    print("weakref callback sees", box[0], G)


def weakref_callback(n):
    global G
    refs = [None]
    i = 0
    while i < 300:
        f = make(i, n)
        if f is not None:
            refs[0] = weakref.ref(f, on_dead)
        f = None  # the referent dies: its callback is queued too
        box[0] = i
        G = i
        i += 1


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed, sees", box[0], G)


def started(i, n):
    if i % n:
        return None
    g = gen()
    next(g)
    return g


def generator_close(n):
    global G
    i = 0
    while i < 300:
        g = started(i, n)
        g = None  # an unfinished generator dropped: its finally runs
        box[0] = i
        G = i
        i += 1


H = None
for f in (store_fast, store_subscr, store_attr, store_global, pop_top, weakref_callback, generator_close):
    print(f.__name__)
    f(97)
