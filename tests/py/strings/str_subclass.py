# Subclasses of str: methods return plain str, operators, repr/str, extra attributes.

class Tagged(str):
    def __new__(cls, value, tag="t"):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
    def shout(self):
        return self.upper() + "!"

t = Tagged("hello", tag="greet")
print(t, repr(t), t.tag, t.shout(), len(t), t[1:3], t == "hello", isinstance(t, str))
for r in (t.upper(), t + "x", t * 2, t[0], t[:], t.strip(), t.replace("l", "L"), str(t), t.lower(),
          "%s" % t, f"{t}", t.join(["a", "b"]), "".join([t]), t.format(), t.center(7)):
    print(repr(r), type(r).__name__)
print(type(Tagged("x")).__name__, Tagged("x").tag, hash(t) == hash("hello"), {"hello": 1}[t])

class Upper(str):
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "Upper(...)"
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return "item"
    def __contains__(self, x):
        return True
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
u = Upper("abc")
print(str(u), repr(u), len(u), u[0], "z" in u, u == "nope", print.__name__)
print(f"{u}", "%s" % u, "{}".format(u), u.upper(), u + "!", "abc" == u, u.split("b"))
print(sorted([Tagged("b"), "a", Tagged("c")]), max(Tagged("a"), "b"))

class NoInit(str):
    pass
n = NoInit(42)
print(repr(n), type(n).__name__, n + "1", n.isdigit(), NoInit(), repr(NoInit(b"x")))
n.extra = 5
print(n.extra, vars(n))
try:
    "abc".extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(str.__new__(NoInit, "via new"), type(str.__new__(NoInit, "q")).__name__)
try:
    str.__new__(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Tagged, str), Tagged.__mro__[1] is str, Tagged.__bases__ == (str,))
