# add_note() and __notes__ (3.11).

e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print(str(e), repr(e))

try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

# notes survive raising and catching
def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note("while parsing %r" % text)
        raise
try:
    parse("abc")
except ValueError as err:
    print(err, err.__notes__)

# notes added at several levels
def level(n):
    try:
        if n == 0:
            raise KeyError("bottom")
        level(n - 1)
    except KeyError as err:
        err.add_note("passed through level %d" % n)
        raise
try:
    level(3)
except KeyError as err:
    for note in err.__notes__:
        print(" ", note)

# __notes__ can be assigned directly
e2 = TypeError("t")
e2.__notes__ = ["manual"]
e2.add_note("appended")
print(e2.__notes__)

# if __notes__ is not a list, add_note fails
e3 = RuntimeError()
e3.__notes__ = ("tuple",)
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)

# deleting notes
del e2.__notes__
print(hasattr(e2, "__notes__"))

# notes on exception groups and their members
eg = ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
eg.add_note("group note")
eg.exceptions[0].add_note("member note")
print(eg.__notes__, eg.exceptions[0].__notes__, hasattr(eg.exceptions[1], "__notes__"))
m, r = eg.split(ValueError)
print(m.__notes__, r.__notes__, m.exceptions[0].__notes__)

# notes on custom exception subclasses
class AppError(Exception):
    pass
ae = AppError("app")
ae.add_note("context: user=1")
print(ae.__notes__, vars(ae))

# multi-line notes and empty notes
e4 = Exception()
e4.add_note("line one\nline two")
e4.add_note("")
print(e4.__notes__)

# add_note with str subclass
class Note(str):
    pass
e5 = Exception()
e5.add_note(Note("subclass note"))
print(e5.__notes__, type(e5.__notes__[0]).__name__)

# notes are per-instance
a, b = ValueError(), ValueError()
a.add_note("only a")
print(hasattr(a, "__notes__"), hasattr(b, "__notes__"))

# add_note from within except* handler
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError as grp:
        for ex in grp.exceptions:
            ex.add_note("handled in except*")
        raise
except ExceptionGroup as final:
    print(final.exceptions[0].__notes__)

# notes on builtin exceptions raised by the interpreter
try:
    try:
        [].pop()
    except IndexError as err:
        err.add_note("list was empty")
        raise
except IndexError as err:
    print(type(err).__name__, err, err.__notes__)

# add_note returns None; adding the same note twice keeps both
e6 = Exception()
print(e6.add_note("dup"), e6.add_note("dup"), e6.__notes__)

# notes on BaseException subclasses like SystemExit
se = SystemExit(3)
se.add_note("exiting")
print(se.code, se.__notes__)
