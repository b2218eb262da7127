# ExceptionGroup / BaseExceptionGroup basics (3.11).

eg = ExceptionGroup("several problems", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, str(eg), repr(eg))
print(eg.message, len(eg.exceptions), [repr(e) for e in eg.exceptions])
print(eg.args[0], type(eg.args[1]).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

# subgroup / split by type
sub = eg.subgroup(ValueError)
print(repr(sub))
print(eg.subgroup(KeyError))
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
match, rest = eg.split((ValueError, TypeError))
print(repr(match), rest)
match, rest = eg.split(OSError)
print(match, repr(rest))

# split by predicate
match, rest = eg.split(lambda e: "1" in str(e))
print(repr(match), "|", repr(rest))

# predicate applies to nested groups' leaves too; subgroup keeps structure
nested = ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
print(repr(nested))
print(repr(nested.subgroup(ValueError)))
print(repr(nested.subgroup(TypeError)))
m, r = nested.split(LookupError)
print(repr(m), "|", repr(r))

# derive creates a new group with same message
d = eg.derive([KeyError("x")])
print(repr(d), type(d).__name__)

# BaseExceptionGroup with only Exceptions becomes ExceptionGroup
beg = BaseExceptionGroup("base", [ValueError(1)])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg2).__name__, isinstance(beg2, Exception))

# ExceptionGroup cannot hold BaseExceptions
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# constructor validation
for args in (("msg", []), ("msg", [1]), (1, [ValueError()]), ("msg", ValueError())):
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# exceptions tuple is immutable
print(type(eg.exceptions).__name__)

# catching a whole group with plain except
try:
    raise ExceptionGroup("grp", [OSError("o")])
except ExceptionGroup as e:
    print("plain except caught group:", repr(e))

# plain except for a member type doesn't match the group
try:
    try:
        raise ExceptionGroup("grp", [OSError("o")])
    except OSError:
        print("never")
except ExceptionGroup as e:
    print("group not matched by member type")

# split preserves __cause__, __context__, __traceback__ and notes on the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("with ctx", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    print(repr(m.__cause__), repr(m.__context__), m.__notes__, m.__traceback__ is e.__traceback__)
    print(repr(r.__cause__), r.__notes__)

# subclassing ExceptionGroup: derive must be overridden to keep the class
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, type(r).__name__)

class PlainSub(ExceptionGroup):
    pass
ps = PlainSub("p", [ValueError(1), TypeError(2)])
m, r = ps.split(ValueError)
print(type(ps).__name__, type(m).__name__, type(r).__name__)

# iterating leaves manually
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(x) for x in leaves(nested)])

# str of group includes count
print(str(ExceptionGroup("one", [ValueError()])), "|", str(ExceptionGroup("two", [ValueError(), ValueError()])))
