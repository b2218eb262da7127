# Global and builtin loads in hot loops while the dicts they come from change: the JIT's
# inline LOAD_GLOBAL must notice every rebinding, shadowing and deletion.
import builtins

SCALE = 2


def scaled(n):
    total = 0
    i = 0
    while i < n:
        total += SCALE * len("ab")
        i += 1
    return total


print(scaled(300))
SCALE = 5  # value replaced: same key set
print(scaled(300))


def rebinding_mid_loop(n):
    global SCALE
    out = []
    i = 0
    while i < n:
        out.append(SCALE)
        if i == n // 2:
            SCALE = -1
        i += 1
    return out[0], out[n // 2], out[n // 2 + 1], out[-1]


print(rebinding_mid_loop(400))


def uses_len(n):
    acc = 0
    i = 0
    while i < n:
        acc += len("xyz")
        i += 1
    return acc


print(uses_len(300))
len = lambda s: 100  # a global now shadows the builtin
print(uses_len(300))
del len  # back to the builtin
print(uses_len(300))

real_abs = builtins.abs


def uses_abs(n):
    acc = 0
    i = 0
    while i < n:
        acc += abs(-i)
        if i == 150:
            builtins.abs = lambda x: 1000
        i += 1
    return acc


print(uses_abs(300))
builtins.abs = real_abs
print(uses_abs(300))
builtins.abs = real_abs


def new_global_mid_loop(n):
    i = 0
    seen = []
    while i < n:
        seen.append(EXTRA if "EXTRA" in globals() else None)
        if i == 100:
            globals()["EXTRA"] = "now"
        if i == 200:
            del globals()["EXTRA"]
        i += 1
    return seen[100], seen[101], seen[200], seen[201]


print(new_global_mid_loop(300))


def missing_global(n):
    i = 0
    while i < n:
        if i == n - 1:
            return NOT_DEFINED_ANYWHERE
        i += 1


try:
    missing_global(300)
except NameError as e:
    print("NameError:", e)

# The same code object run with other globals (exec with a fresh namespace).
src = compile("def f(n):\n    t = 0\n    i = 0\n    while i < n:\n        t += K\n        i += 1\n    return t\n", "<jit>", "exec")
ns1 = {"K": 1}
ns2 = {"K": 3}
exec(src, ns1)
exec(src, ns2)
print(ns1["f"](300), ns2["f"](300), ns1["f"](300))
ns2["f"].__globals__["K"] = 10
print(ns1["f"](300), ns2["f"](300))
