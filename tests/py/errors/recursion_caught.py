# RecursionError can be caught; the program continues normally afterwards.

def infinite(n):
    return infinite(n + 1)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

class Node:
    def __init__(self):
        self.child = self
    def depth(self):
        return 1 + self.child.depth()

for label, fn in (("direct", lambda: infinite(0)), ("mutual", lambda: mutual_a(0)),
                  ("method", lambda: Node().depth())):
    try:
        fn()
        print(label, "returned (unexpected)")
    except RecursionError as e:
        print(label, "->", type(e).__name__, e)
        print("  is a RuntimeError:", isinstance(e, RuntimeError))

# recursion error inside a deep but finite computation can be recovered from
def safe_depth(n):
    try:
        return safe_depth(n + 1)
    except RecursionError:
        return n
d = safe_depth(0)
print("reached a positive depth:", d > 100)

# after catching, normal recursion works again
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print("fact(50) =", fact(50))

# recursion through __repr__ of a self-containing custom object
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"
try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)

# builtin containers handle self-reference without recursion errors
lst = [1]
lst.append(lst)
print(lst)

# recursion via __getattr__
class Attr:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Attr().a
except RecursionError as e:
    print("__getattr__ recursion:", type(e).__name__)

for i in range(8):
    print("still running", i)
print("finished normally")
