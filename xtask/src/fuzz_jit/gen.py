"""The program generator of `cargo xtask fuzz-jit`: prints one Python program per seed.

    gen.py SEED [--without FEATURE,...]

The same seed and options give the same program (`random.Random(SEED)`; run it with CPython
3.11, whose `random` is what makes it reproducible). The programs aim at what the JIT compiles
(vm/src/jit/codegen.rs): hot loops (more than 200 back-edges, so `PYGMY_JIT=on` compiles them
mid-loop too) of locals, constants, int arithmetic around the small-int (2**30 on wasm32) and
i64 (2**62, 2**63) boundaries, compares of mixed types, `is`/None tests, list/tuple/str
subscripts with negative and out-of-range indices, attribute loads and stores through the
inline caches, globals and builtins read inline against dict versions, and `for` over ranges
and lists, with events at a chosen iteration that invalidate what the generated code assumed:
a global rebound or deleted, a builtin shadowed, a class changed under its instances
(`__class__`, class attributes, properties, `__getattr__`), a list mutated during its `for`,
a local deleted, an exception raised, an object with a printing `__del__` dropped.

Every program is deterministic and prints only values (a `show` helper renders objects by
their attributes, never by address); each test function runs under `run`, which prints what it
returned or raised, so one function that fails does not hide the others. Each statement is on
one line of its own, with 4-space indentation, so a line-deleting reducer can work on it.
"""

import random
import sys

FEATURES = (
    "finalizers",  # objects whose __del__ prints, dropped by stores and pops in hot code
    "classes",  # __class__ assignment, class attributes, properties, __getattr__, __slots__
    "globals",  # globals rebound, deleted and added mid-loop (dict key-set versions)
    "builtins",  # builtins shadowed by globals, builtins module entries replaced
    "lists",  # lists mutated during `for`, out-of-range and negative indices
    "deletes",  # `del` of locals, then their use (UnboundLocalError)
    "exceptions",  # raise inside loops, caught inside or outside
    "floats",  # float and mixed int/float arithmetic and compares
    "generators",  # generators, closures, helper functions called from hot loops
    "modules",  # attribute loads on a module object whose dict changes
)

# Ints on both sides of the boundaries the VM and the JIT care about: wasm32 small ints are
# 31-bit (2**30), the interpreter's fast int paths i64 (2**62, 2**63).
BOUNDARY = [
    0, 1, -1, 2, 3, 5, 7, 10, 100, -100, 255, 256, 1000,
    2**30 - 1, 2**30, -(2**30), -(2**30) - 1, 2**29, 2**31 - 1, 2**31, -(2**31),
    2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1,
    2**64 - 1, 2**64, 10**20,
]
MASKS = ["0xFFFF", "0x3FFFFFFF", "0x7FFFFFFF", "0xFFFFFFFF", "0x3FFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFF"]
FLOATS = ["0.5", "1.5", "-2.25", "3.0", "0.1", "-0.0", "1e10", "1e-3", "2.0**62", "float(2**63)"]
INT_VARS = ["a", "b", "c"]
ERRORS = "(TypeError, ValueError, ZeroDivisionError, IndexError, KeyError, AttributeError, NameError, OverflowError, RuntimeError)"

PRELUDE = '''\
import builtins
import gc
import sys
import types
import weakref


def show(v, depth=0):
    """A value as text without addresses: objects by their class name and attributes."""
    t = type(v)
    if v is None or t is int or t is bool or t is float or t is str:
        return repr(v)
    if depth > 3:
        return "..."
    if t is list:
        return "[" + ", ".join([show(e, depth + 1) for e in v]) + "]"
    if t is tuple:
        return "(" + ", ".join([show(e, depth + 1) for e in v]) + ")"
    if t is dict:
        return "{" + ", ".join([show(k, depth + 1) + ": " + show(w, depth + 1) for k, w in v.items()]) + "}"
    try:
        names = sorted(object.__getattribute__(v, "__dict__"))
    except (AttributeError, TypeError):
        names = []
    for n in getattr(t, "__slots__", ()):
        try:
            object.__getattribute__(v, n)
            names.append(n)
        except AttributeError:
            pass
    parts = []
    for n in names:
        try:
            parts.append(n + "=" + show(object.__getattribute__(v, n), depth + 1))
        except AttributeError:
            parts.append(n + "=?")
    return t.__name__ + "(" + ", ".join(parts) + ")"


def run(f):
    try:
        r = f()
    except Exception as e:
        print(f.__name__, "raised", type(e).__name__, e)
    else:
        print(f.__name__, "->", show(r))


class Fin:
    """Prints when finalized, with the state it can see: the list it was given, G0, and the
    line its caller is at."""

    def __init__(self, tag, box):
        self.tag = tag
        self.box = box

    def __del__(self):
        caller = sys._getframe(1)
        print("del", self.tag, show(self.box[:3]), show(globals().get("G0", "<unbound>")), caller.f_code.co_name, caller.f_lineno)


def on_weakref_dead(ref):
    print("weakref callback", show(globals().get("G0", "<unbound>")))


LOG = []


class Ctx:
    """Counts the exceptions that leave its block, swallowing them if asked."""

    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is not None:
            LOG.append(("ctx", t.__name__, self.swallow))
        return self.swallow


def hot_global(n):
    t = 0
    for q in range(n):
        t = (t + G0 * q) & 0xFFFFFF
    return t


def rec(k, v):
    """Recursion: frames of one code object nested in each other."""
    if k <= 0:
        return v & 0xFFFF
    return rec(k - 1, (v * 3 + k) & 0xFFFFFFFF) + 1


def accumulate():
    """A generator driven by send() and throw() from hot loops."""
    total = 0
    while True:
        try:
            v = yield total
            total = (total + v) & 0xFFFFFFFF
        except ValueError:
            total = -total


# The same code under other globals: generated code is only for the dicts it was made for.
alt_hot = types.FunctionType(hot_global.__code__, {"G0": 3, "__builtins__": builtins}, "alt_hot")
'''


class Gen:
    def __init__(self, seed, without):
        self.r = random.Random(seed)
        self.on = {f: f not in without for f in FEATURES}
        self.lines = []
        self.indent = 0
        self.loop_depth = 0
        self.helpers = []  # names of module-level helper functions (int -> int)
        self.gens = []  # names of generator functions (n -> iterator of ints)
        self.slots = False  # whether the current test function's class has __slots__
        self.has_prop = False  # whether it has the property `p`
        self.n_iter = 0  # iterations of the current test function's main loop

    # ---- output -----------------------------------------------------------------------------

    def emit(self, line):
        self.lines.append("    " * self.indent + line)

    def block(self, header, body):
        """Emits `header:` and the statements `body()` emits, one level in (`pass` if none)."""
        self.emit(header + ":")
        self.indent += 1
        before = len(self.lines)
        body()
        if len(self.lines) == before:
            self.emit("pass")
        self.indent -= 1

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    # ---- expressions --------------------------------------------------------------------------

    def int_const(self):
        v = self.pick(BOUNDARY) if self.chance(0.6) else self.r.randint(-50, 50)
        return f"({v})" if v < 0 else str(v)

    def int_leaf(self):
        k = self.r.random()
        if k < 0.35:
            return self.pick(INT_VARS)
        if k < 0.55:
            return self.int_const()
        if k < 0.62:
            return "i"
        if k < 0.68 and self.on["lists"]:
            return f"lst[{self.index_expr()}]"
        if k < 0.72:
            return f"tup[{self.index_expr(2)}]"
        if k < 0.78 and self.on["classes"]:
            return self.pick(["o.a", "o.b", "o.k", "o.p" if self.has_prop else "o.a"])
        if k < 0.84 and self.on["globals"]:
            return self.pick(["G0", "G1"])
        if k < 0.88 and self.on["builtins"]:
            return self.pick(["len(lst)", "abs(b)", "min(a, 3)", "max(c, -3)"])
        if k < 0.91:
            return "flag"
        if k < 0.94 and self.on["modules"]:
            return "mod.v"
        if k < 0.97 and self.on["generators"] and self.helpers:
            return f"{self.pick(self.helpers)}({self.pick(INT_VARS)})"
        return "(0 if n is None else n)"

    def int_expr(self, depth=0):
        if depth >= 2 or self.chance(0.3):
            return self.int_leaf()
        k = self.r.random()
        x, y = self.int_expr(depth + 1), self.int_expr(depth + 1)
        if k < 0.45:
            return f"({x} {self.pick(['+', '-', '&', '|', '^'])} {y})"
        if k < 0.6:
            return f"(({x} * {y}) & {self.pick(MASKS)})"
        if k < 0.68:
            d = self.pick(["3", "7", "(-5)", "1000", "2**31", "2**64"] + (["0"] if self.chance(0.1) else []))
            return f"({x} {self.pick(['//', '%'])} {d})"
        if k < 0.74:
            return f"(({x} << {self.r.randint(0, 40)}) & {self.pick(MASKS)})"
        if k < 0.78:
            return f"({x} >> {self.r.randint(0, 65)})"
        if k < 0.84:
            return f"({self.pick(['-', '~', '+'])}{x})"
        if k < 0.92:
            return f"({x} if {self.cond(depth + 1)} else {y})"
        return f"(({x} ** {self.r.randint(0, 3)}) & {self.pick(MASKS)})"

    def float_expr(self):
        k = self.r.random()
        v = self.int_leaf()
        if k < 0.3:
            return f"(x {self.pick(['+', '-', '*'])} {self.pick(FLOATS)})"
        if k < 0.5:
            return f"(x {self.pick(['+', '-'])} {v})"
        if k < 0.65:
            return f"(x * 0.5 + {v})"
        if k < 0.8:
            return f"(x % {self.pick(['7.5', '1000.0', '3'])})"
        if k < 0.9:
            return f"({v} / {self.pick(['3', '2.0', '7', 'x'])})"
        return f"float({v})"

    def index_expr(self, length=4):
        """An index into a sequence of at least `length` items: mostly in range (negative ones
        too), now and then out of it or not an int."""
        n = length
        if self.chance(0.88):
            return self.pick([
                "0", str(n - 1), "-1", str(-n), f"i % {n}", f"-(i % {n}) - 1", f"j % {n}", f"(a & {n - 1})", f"(b % {n})",
            ] + (["1", "(-1 if flag else 1)"] if n > 1 else []) + (["i % len(lst)", "(c % len(lst))"] if self.on["builtins"] and n == 4 else []))
        # Out of range or not an int at one iteration, once generated code runs the loop.
        bad = self.pick(["i", str(n + 1), str(-n - 1), "True", "2**62", "-(2**63)", "x" if self.on["floats"] else "None", "len(lst)" if self.on["builtins"] else "9"])
        return f"({bad} if i == {self.r.randint(0, self.n_iter)} else {self.pick(['0', '-1', f'i % {n}'])})"

    def cond(self, depth=0):
        k = self.r.random()
        cmp = self.pick(["<", "<=", "==", "!=", ">", ">="])
        if k < 0.35:
            return f"{self.int_expr(depth + 1)} {cmp} {self.int_expr(depth + 1)}"
        if k < 0.45:
            return f"{self.pick(INT_VARS)} {cmp} {self.int_const()}"
        if k < 0.52 and self.on["floats"]:
            return f"x {cmp} {self.int_leaf()}"
        if k < 0.6:
            return self.pick(["n is None", "n is not None", "flag", "not flag", "flag is True", "o is None", "ch is not None"])
        if k < 0.66:
            return f"{self.int_const()} <= {self.pick(INT_VARS)} < {self.int_const()}"
        if k < 0.72:
            return f"i % {self.r.randint(2, 9)} == {self.r.randint(0, 1)}"
        if k < 0.77:
            return self.pick(["s == 'abc'", "s < 'b'", "ch == 'a'", "ch != s[0]", "tup[0] == a", "lst == [1, 2]"])
        if k < 0.82:
            # Mixed types: ordering of int with float and bool, equality with anything; now
            # and then an ordering that raises TypeError.
            if self.chance(0.9):
                other = self.pick(["x", "flag", "1.0", "2.0**62", "True"]) if cmp in "<<=>>=" else self.pick(["x", "None", "s", "flag", "tup", "1.0", "lst"])
            else:
                other = self.pick(["None", "s", "tup"])
            return f"{self.pick(INT_VARS)} {cmp} {other}"
        if k < 0.86:
            return f"{self.pick(INT_VARS)} in lst"
        return self.int_expr(depth + 1)

    # ---- statements ---------------------------------------------------------------------------

    def assign_int(self):
        v = self.pick(INT_VARS)
        if self.chance(0.3):
            self.emit(f"{v} {self.pick(['+=', '-=', '^=', '|=', '&='])} {self.int_expr(1)}")
        else:
            self.emit(f"{v} = {self.int_expr()}")

    def statement(self, depth):
        k = self.r.random()
        if k < 0.28:
            self.assign_int()
        elif k < 0.33 and self.on["floats"]:
            self.emit(f"x = {self.float_expr()}")
        elif k < 0.41 and self.on["lists"]:
            self.emit(self.pick([
                f"lst[{self.index_expr()}] = {self.int_expr(1)}",
                f"lst[{self.index_expr()}] += {self.int_leaf()}",
                f"{self.pick(INT_VARS)} = lst[{self.index_expr()}]",
                f"ch = s[{self.index_expr(1)}]",
                f"{self.pick(INT_VARS)} = tup[{self.index_expr(2)}]",
            ]))
        elif k < 0.49 and self.on["classes"]:
            self.emit(self.pick([
                f"o.a = {self.int_expr(1)}",
                f"o.b += {self.int_leaf()}",
                f"{self.pick(INT_VARS)} = o.a",
                f"{self.pick(INT_VARS)} = o.b + o.k",
                "o.a, o.b = o.b, o.a",
                f"o.c = {self.int_leaf()}",
            ]))
        elif k < 0.55 and self.on["globals"]:
            self.emit(self.pick([
                f"G0 = {self.int_expr(1)}",
                f"G1 += {self.int_leaf()}",
                f"{self.pick(INT_VARS)} = G0 + G1",
            ]))
        elif k < 0.6:
            self.emit(self.pick([
                "flag = not flag",
                f"flag = {self.cond()}",
                f"n = None if {self.cond()} else {self.int_leaf()}",
                "a, b = b, a",
                "a, b, c = c, a, b",
                f"tup = ({self.int_leaf()}, {self.int_leaf()}, {self.int_leaf()})",
                "s = s[1:] + s[0]",
                "ch = None",
            ]))
        elif k < 0.66:
            self.emit(self.pick([
                "if n is not None: a += n",
                "if n is None: n = i",
                f"if {self.cond()}: continue" if self.loop_depth else "pass",
                f"if {self.cond()}: {self.pick(INT_VARS)} = {self.int_leaf()}",
            ]))
        elif k < 0.74 and depth < 2:
            self.block(f"if {self.cond()}", lambda: self.statements(depth + 1, 1, 3))
            if self.chance(0.4):
                self.block("else", lambda: self.statements(depth + 1, 1, 2))
        elif k < 0.8 and depth < 2:
            self.inner_loop(depth)
        elif k < 0.84 and depth < 2 and self.on["exceptions"]:
            self.block("try", lambda: self.statements(depth + 1, 1, 3))
            self.block(f"except {self.pick(['TypeError', 'IndexError', 'ZeroDivisionError', 'Exception'])} as e", lambda: self.emit("errs[type(e).__name__] = errs.get(type(e).__name__, 0) + 1"))
            if self.chance(0.3):
                self.block("finally", lambda: self.assign_int())
        elif k < 0.9 and self.on["finalizers"]:
            self.finalizer_statement()
        elif k < 0.915 and depth < 2 and self.on["exceptions"]:
            self.block(f"with Ctx({self.pick(['True', 'False', 'flag'])}) as cv", lambda: self.statements(depth + 1, 1, 3))
        elif k < 0.925:
            self.emit(self.pick([
                "lst.sort(key=lambda v: (v & 7, v))" if self.on["lists"] else "pass",
                "a = max(lst, key=lambda v: -v)" if self.on["builtins"] else "pass",
                "b = hot_global(i & 3) + alt_hot(3)" if self.on["generators"] else "pass",
                "c = rec(i & 7, a)" if self.on["generators"] else "pass",
                "a = acc.send(i & 0xFF)" if self.on["generators"] else "pass",
                f"if i == {self.r.randint(0, self.n_iter)}: acc.throw(ValueError)" if self.on["generators"] and self.on["exceptions"] else "pass",
                "a, b = lst[0], lst[-1]" if self.on["lists"] else "pass",
                "a, *rest = tup" if self.on["lists"] else "pass",
                "c = sum([v & 0xFF for v in lst if v > b])" if self.on["lists"] else "pass",
                "ch = s[-1] + ch if ch is not None else s[0]",
                "flag = o == C(1, 2)" if self.on["classes"] else "pass",
                "flag = o < c" if self.on["classes"] else "pass",
                "c = lst[o]" if self.on["classes"] else "pass",
            ]))
        elif k < 0.94 and self.on["lists"]:
            self.emit(self.pick([
                "if len(lst) < 40: lst.append(i)",
                "if len(lst) > 4: lst.pop()",
                "if len(lst) < 40: lst.insert(0, a & 0xFF)",
                "if len(lst) > 4: del lst[0]",
                "lst.reverse()",
            ] if self.on["builtins"] else ["lst.reverse()", "lst[0] = i"]))
        else:
            self.event()

    def statements(self, depth, lo, hi):
        for _ in range(self.r.randint(lo, hi)):
            self.statement(depth)

    def finalizer_statement(self):
        """A drop of a Fin in code the JIT may run, then stores the finalizer can observe."""
        tag = self.r.randint(0, 999)
        kind = self.r.random()
        when = f"i % {self.r.randint(20, 90)} == {self.r.randint(0, 9)}"
        if kind < 0.25:
            self.emit(f"if {when}: fin = Fin({tag}, lst)")
            self.emit(f"if {when}: fin = None")
        elif kind < 0.45:
            self.emit(f"fins[i % 3] = Fin(i, lst) if {when} else None")
        elif kind < 0.6 and self.on["classes"]:
            self.emit(f"o.f = Fin({tag}, lst) if {when} else None")
        elif kind < 0.72 and self.on["globals"]:
            self.emit(f"G3 = Fin({tag}, lst) if {when} else None")
        elif kind < 0.82:
            self.emit(f"if {when}: Fin({tag}, lst)")
        elif kind < 0.86:
            self.emit(f"if {when}: w = weakref.ref(Fin({tag}, lst), on_weakref_dead)")
        elif kind < 0.9:
            # Cyclic garbage: freed by the explicit gc.collect() of an event or the function's end.
            self.emit(f"if {when}: cyc = Fin({tag}, lst); cyc.me = cyc; cyc = None")
        else:
            self.emit(f"for f in [Fin({tag}, lst)] if {when} else []: pass")
        # What the finalizer prints: written right after the drop, before any call.
        self.emit(self.pick(["lst[0] = i", "G0 = i" if self.on["globals"] else "lst[1] = i", f"lst[-1] = {self.int_leaf()}"]))

    def inner_loop(self, depth):
        self.loop_depth += 1
        k = self.r.random()
        body = lambda: (self.statements(depth + 1, 1, 3), self.maybe_break())
        if k < 0.4:
            self.block(f"for j in range({self.r.randint(1, 5)})", body)
        elif k < 0.6 and self.on["lists"]:
            self.block("for j in lst[:4]" if self.chance(0.5) else "for j in tup", body)
        elif k < 0.75 and self.on["generators"] and self.gens:
            self.block(f"for j in {self.pick(self.gens)}({self.r.randint(1, 4)})", body)
        else:
            # Its own counter: a `for j` inside must not restart it.
            cnt = f"cnt{depth}"
            self.emit(f"{cnt} = {self.r.randint(0, 3)}")
            self.block(f"while {cnt} > 0", lambda: (self.emit(f"{cnt} -= 1"), body()))
        if self.chance(0.3):
            self.block("else", lambda: self.emit(f"{self.pick(INT_VARS)} += 1"))
        self.loop_depth -= 1

    def maybe_break(self):
        if self.chance(0.3):
            self.emit(f"if {self.cond()}: {self.pick(['break', 'continue'])}")

    def event(self):
        """Something that happens at one iteration and changes what hot code assumed."""
        at = f"i == {self.r.randint(0, self.n_iter)}"
        options = [f"{self.pick(INT_VARS)} = {self.pick(['None', '2.5', repr('s'), 'True', '2**63', '-(2**62)', '(1 << 30)', '[1]'])}"]
        if self.on["deletes"]:
            v = self.pick(INT_VARS + ["n", "ch", "x"])
            options += [f"del {v}", f"{v} = 0"]
        if self.on["globals"]:
            options += ["del G1", "G1 = 0", "G0 = 2**62", "globals()['Z%d' % (i % 3)] = i", "globals().pop('Z1', None)", "G0 = None", "G2 = i"]
        if self.on["builtins"]:
            options += [
                "globals()['len'] = lambda v: 3",
                "globals().pop('len', None)",
                "globals()['abs'] = lambda v: -1",
                "globals().pop('abs', None)",
                "builtins.min = lambda p, q: 42",
                "builtins.min = real_min",
            ]
        if self.on["classes"]:
            options += [
                "o.__class__ = C2",
                "o.__class__ = C",
                "C.k = i",
                "C.b = property(lambda self: -7)",
                "C.a = property(lambda self: 99, lambda self, v: None)",
                "del C.k",
                "C.__getattr__ = lambda self, name: 1234",
                "del o.a",
                "o = C(i, -i)",
                "o = C2(1, 2)",
                "o = None",
                "C2.k = 5",
                "setattr(C, 'a', 3)",
            ]
            if not self.slots:
                options += ["o.__dict__.clear()", "vars(o).update(a=8, z=9)", "o.__dict__['b'] = 2**62"]
        if self.on["lists"]:
            options += ["lst.clear()", "lst[:] = [7, 8, 9]", "lst = [1, 2]", "lst.extend(range(5))", "tup = ()", "s = 'é' + s"]
        if self.on["exceptions"]:
            options += [f"raise ValueError({self.r.randint(0, 99)})", "raise KeyError('k')", "1 / 0"]
        if self.on["modules"]:
            options += ["mod.v = 2**40", "del mod.v", "mod.v = i", "mod.w = 1"]
        if self.on["finalizers"]:
            options += ["fins = [None] * 3", "G3 = None", "fin = None", "gc.collect()"]
        if self.on["floats"]:
            options += ["x = float('inf')", "x = float('nan')", "x = 2**63"]
        self.emit(f"if {at}: {self.pick(options)}")

    # ---- functions ----------------------------------------------------------------------------

    def local_class(self):
        """C and C2 (a subclass for `__class__` assignment), fresh in each test function."""
        self.slots = self.on["classes"] and self.chance(0.25)
        self.has_prop = self.on["classes"] and self.chance(0.3)

        def body():
            if self.slots:
                self.emit("__slots__ = ('a', 'b', 'c', 'f')")
            self.emit(f"k = {self.int_const()}")
            self.block("def __init__(self, a, b)", lambda: (self.emit("self.a = a"), self.emit("self.b = b")))
            if self.has_prop:
                self.emit("p = property(lambda self: self.a & 0xFF)")
            if self.on["classes"] and self.chance(0.2):
                self.block("def __getattr__(self, name)", lambda: self.emit("return 77"))
            if self.on["classes"] and self.chance(0.15):
                self.block("def __bool__(self)", lambda: self.emit("return False"))
            if self.on["classes"] and self.chance(0.3):
                # Python code behind compares and indices that hot code would do inline.
                self.block("def __eq__(self, other)", lambda: self.emit("return isinstance(other, C) and self.k == other.k"))
                self.emit("__hash__ = None")
                self.block("def __lt__(self, other)", lambda: self.emit("return self.k < (other.k if isinstance(other, C) else other)"))
                self.block("def __index__(self)", lambda: self.emit("return self.k & 3"))
            if self.on["finalizers"] and self.chance(0.2):
                self.block("def __del__(self)", lambda: self.emit("print('C del', show(self), show(globals().get('G0')))"))

        self.block("class C", body)
        self.block("class C2(C)", lambda: self.emit("__slots__ = ()" if self.slots else "k = -1"))

    def test_function(self, name):
        self.n_iter = self.r.randint(210, 420)

        def body():
            self.emit("global G0, G1, G2, G3")
            # The globals as a test function starts, whatever the one before left.
            self.emit(f"G0 = {self.int_const()}")
            self.emit(f"G1 = {self.int_const()}")
            self.emit(f"mod.v = {self.int_const()}")
            self.local_class()
            self.emit(f"a = {self.int_const()}")
            self.emit(f"b = {self.int_const()}")
            self.emit(f"c = {self.int_const()}")
            self.emit(f"x = {self.pick(FLOATS)}")
            self.emit(f"n = {self.pick(['None', self.int_const()])}")
            self.emit(f"flag = {self.pick(['True', 'False'])}")
            self.emit(f"s = {self.pick(['abc', 'xyz', 'a', 'héllo'])!r}")
            self.emit("ch = None")
            self.emit(f"lst = [{', '.join(self.int_const() for _ in range(self.r.randint(4, 7)))}]")
            self.emit(f"tup = ({', '.join(self.int_const() for _ in range(self.r.randint(2, 4)))})")
            self.emit(f"o = {self.pick(['C', 'C2'])}({self.int_const()}, {self.int_const()})")
            self.emit("fins = [None] * 3")
            self.emit("fin = None")
            self.emit("j = 0")
            self.emit("errs = {}")
            if self.on["generators"]:
                self.emit("acc = accumulate()")
                self.emit("next(acc)")
            self.emit("trace = []")
            self.emit("real_min = builtins.min")
            self.block("try", self.main_loop)
            self.block("except Exception as e", lambda: self.emit("trace.append(('escaped', i, type(e).__name__, str(e)))"))
            # Nothing with a finalizer outlives the function (CPython's shutdown would not say).
            self.block("finally", lambda: (self.emit("builtins.min = real_min"), self.emit("fin = fins = w = G3 = None"), self.emit("gc.collect()")))
            self.emit("loc = locals()")
            self.emit("return trace, errs, [(k, loc.get(k, '<unbound>')) for k in ('a', 'b', 'c', 'x', 'n', 'flag', 's', 'ch', 'lst', 'tup', 'o')]")

        self.block(f"def {name}()", body)

    def main_loop(self):
        self.loop_depth += 1
        kind = self.r.random()
        every = self.r.randint(23, 97)
        snap = ", ".join(["i"] + self.r.sample(["a", "b", "c", "x", "n", "flag", "lst", "o", "G0", "ch"], 3))

        def body(counter):
            if counter:
                self.emit("i += 1")
            wrap = self.on["exceptions"] and self.chance(0.6)

            def inner():
                self.statements(0, 3, 9)
                self.emit(f"if i % {every} == 0: trace.append(({snap}))")

            if wrap:
                self.block("try", inner)
                self.block(f"except {ERRORS} as e", lambda: self.emit("errs[type(e).__name__] = errs.get(type(e).__name__, 0) + 1"))
            else:
                inner()

        self.emit("i = 0")
        if kind < 0.45:
            self.block(f"while i < {self.n_iter}", lambda: body(True))
        elif kind < 0.75:
            self.block(f"for i in range({self.n_iter})", lambda: body(False))
        else:
            # A list walked by `for` while the body may grow or shrink it: bounded by `stop`.
            self.emit(f"work = list(range({self.n_iter}))")
            self.emit("stop = 0")

            def walk():
                self.emit("stop += 1")
                self.emit(f"if stop > {self.n_iter + 50}: break")
                if self.on["lists"] and self.chance(0.5):
                    self.emit(f"if i % {self.r.randint(5, 40)} == 0: work.{self.pick(['append(i)', 'pop()', 'insert(0, i)', 'remove(i)'])}")
                body(False)

            self.block("for i in work", walk)
        self.loop_depth -= 1

    def helper(self, name):
        """A small int function with a loop of its own, called from test functions."""
        def body():
            self.emit("t = 0")
            step = f"t = (t + v * q {self.pick(['+', '^', '-'])} {self.int_const()}) & 0xFFFFFFFFFFFF"
            self.block(f"for q in range({self.r.randint(1, 4)})", lambda: self.emit(step))
            self.emit("return t")

        self.block(f"def {name}(v)", body)
        self.helpers.append(name)

    def generator(self, name):
        def loop():
            self.emit("q = 0")
            self.block("while q < n", lambda: (self.emit(f"yield (q * {self.int_const()}) & 0xFFFF"), self.emit("q += 1")))
            if self.chance(0.3):
                self.emit("return q")

        def body():
            if self.on["finalizers"] and self.chance(0.5):
                # Closed when a `for` over it breaks and drops it: what the finalizer sees.
                self.block("try", loop)
                self.block("finally", lambda: self.emit(f"LOG.append(('{name} closed', n, show(globals().get('G0'))))"))
            else:
                loop()

        self.block(f"def {name}(n)", body)
        self.gens.append(name)

    def closure(self, name):
        """A counter in a cell, bumped by an inner function (LOAD_DEREF/STORE_DEREF)."""
        def body():
            self.emit(f"count = {self.int_const()}")
            self.block("def bump(v)", lambda: (self.emit("nonlocal count"), self.emit("count = (count + v) & 0xFFFFFFFF"), self.emit("return count")))
            self.emit("return bump")

        self.block(f"def make_{name}()", body)
        self.emit(f"{name} = make_{name}()")
        self.helpers.append(name)

    def program(self, seed):
        self.emit(f"# Generated by `cargo xtask fuzz-jit` (seed {seed}).")
        self.lines.extend(PRELUDE.splitlines())
        self.emit("")
        self.emit(f"G0 = {self.int_const()}")
        self.emit(f"G1 = {self.int_const()}")
        self.emit(f"G2 = {self.pick(FLOATS)}")
        self.emit("G3 = None")
        # Cycles are collected only where the program says (gc.collect()), so that when a
        # finalizer runs does not depend on either VM's allocation thresholds.
        self.emit("gc.disable()")
        self.emit("mod = types.ModuleType('mod')")
        self.emit(f"mod.v = {self.int_const()}")
        self.emit("")
        if self.on["generators"]:
            for k in range(self.r.randint(0, 2)):
                self.helper(f"h{k}")
            for k in range(self.r.randint(0, 2)):
                self.generator(f"gen{k}")
            if self.chance(0.5):
                self.closure("counter")
            self.emit("")
        names = [f"t{k}" for k in range(self.r.randint(2, 4))]
        for name in names:
            self.test_function(name)
            self.emit("")
        for name in names:
            self.emit(f"run({name})")
        self.emit("print('G', show(G0), show(G1), show(globals().get('len')), show(getattr(mod, 'v', None)))")
        self.emit("print('LOG', len(LOG), show(LOG[:5]), show(LOG[-5:]))")
        if self.on["exceptions"] and self.chance(0.15):
            # An uncaught exception: the traceback and the exit status are compared too.
            self.emit(f"{self.pick(names)}.__code__ and [0][{self.r.randint(1, 3)}]")
        return "\n".join(self.lines) + "\n"


def main():
    args = sys.argv[1:]
    without = set()
    if len(args) == 3 and args[1] == "--without":
        without = set(f for f in args[2].split(",") if f)
        args = args[:1]
    unknown = without - set(FEATURES)
    if len(args) != 1 or not args[0].lstrip("-").isdigit() or unknown:
        sys.exit(f"usage: gen.py SEED [--without FEATURE,...]; features: {', '.join(FEATURES)}" + (f" (unknown: {', '.join(sorted(unknown))})" if unknown else ""))
    seed = int(args[0])
    sys.stdout.write(Gen(seed, without).program(seed))


main()
