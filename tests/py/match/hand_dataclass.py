# Hand-written dataclass-like classes with __match_args__, used in a small evaluator.

class Node:
    __slots__ = ()
    _fields = ()
    def __init__(self, *args):
        if len(args) != len(self._fields):
            raise TypeError("%s expects %d fields" % (type(self).__name__, len(self._fields)))
        for name, value in zip(self._fields, args):
            object.__setattr__(self, name, value)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(repr(getattr(self, f)) for f in self._fields))
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)
    def __hash__(self):
        return hash((type(self).__name__,) + tuple(getattr(self, f) for f in self._fields))

def node(name, *fields):
    return type(name, (Node,), {"__slots__": fields, "_fields": fields, "__match_args__": fields})

Num = node("Num", "value")
Var = node("Var", "name")
Add = node("Add", "left", "right")
Mul = node("Mul", "left", "right")
Neg = node("Neg", "operand")
Let = node("Let", "name", "value", "body")

def evaluate(expr, env):
    match expr:
        case Num(v):
            return v
        case Var(name):
            if name not in env:
                raise NameError("unbound variable %r" % name)
            return env[name]
        case Add(l, r):
            return evaluate(l, env) + evaluate(r, env)
        case Mul(l, r):
            return evaluate(l, env) * evaluate(r, env)
        case Neg(x):
            return -evaluate(x, env)
        case Let(name, value, body):
            return evaluate(body, {**env, name: evaluate(value, env)})
        case _:
            raise TypeError("bad expression %r" % (expr,))

def simplify(expr):
    match expr:
        case Add(Num(0), e) | Add(e, Num(0)):
            return simplify(e)
        case Mul(Num(1), e) | Mul(e, Num(1)):
            return simplify(e)
        case Mul(Num(0), _) | Mul(_, Num(0)):
            return Num(0)
        case Neg(Neg(e)):
            return simplify(e)
        case Add(Num(a), Num(b)):
            return Num(a + b)
        case Add(l, r):
            new = Add(simplify(l), simplify(r))
            return simplify(new) if new != expr else new
        case Mul(l, r):
            new = Mul(simplify(l), simplify(r))
            return simplify(new) if new != expr else new
        case Neg(e):
            return Neg(simplify(e))
        case Let(n, v, b):
            return Let(n, simplify(v), simplify(b))
        case _:
            return expr

def show(expr):
    match expr:
        case Num(v) if v < 0:
            return "(%d)" % v
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case Add(l, Neg(r)):
            return "(%s - %s)" % (show(l), show(r))
        case Add(l, r):
            return "(%s + %s)" % (show(l), show(r))
        case Mul(l, r):
            return "%s * %s" % (show(l), show(r))
        case Neg(x):
            return "-" + show(x)
        case Let(n, v, b):
            return "let %s = %s in %s" % (n, show(v), show(b))

exprs = [
    Num(5),
    Add(Num(1), Num(2)),
    Mul(Add(Var("x"), Num(0)), Num(1)),
    Neg(Neg(Var("y"))),
    Add(Var("x"), Neg(Num(3))),
    Let("z", Add(Num(2), Num(3)), Mul(Var("z"), Var("z"))),
    Mul(Num(0), Var("undefined")),
    Add(Add(Num(0), Num(4)), Mul(Num(1), Num(6))),
]
env = {"x": 10, "y": 7}
for e in exprs:
    s = simplify(e)
    try:
        value = evaluate(e, env)
    except NameError as err:
        value = "NameError: %s" % err
    print(show(e), "=>", show(s), "=", value)
    print("   ", repr(s))

# equality and hashing of nodes
print(Add(Num(1), Num(2)) == Add(Num(1), Num(2)), Add(Num(1), Num(2)) == Add(Num(2), Num(1)))
print(len({Num(1), Num(1), Num(2)}))
print(Num.__match_args__, Let.__match_args__)

# keyword patterns on these nodes
match Let("a", Num(1), Var("a")):
    case Let(name="a", body=Var(name=n)):
        print("let binding body refers to", n)

# errors
try:
    Add(Num(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    evaluate("not a node", {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1).extra = 2
except AttributeError as e:
    print(type(e).__name__, e)
