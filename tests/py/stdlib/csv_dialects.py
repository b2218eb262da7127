# csv dialects: _csv.Dialect validation and messages, the registry, csv.Dialect classes,
# field_size_limit, constants and the Error class.
import csv
import _csv


def attrs(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.quoting, d.lineterminator, d.doublequote, d.skipinitialspace, getattr(d, "strict", "-"))


def make(*args, **kw):
    try:
        d = _csv.Dialect(*args, **kw)
        print(shown(args), kw, "->", attrs(d))
    except Exception as e:
        print(shown(args), kw, "->", type(e).__name__, e)


def shown(args):
    return [a if isinstance(a, (str, int, type(None))) else type(a).__name__ for a in args]


print("-- constants")
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.Error is _csv.Error, csv.Error.__mro__[1:], csv.Error.__module__, csv.Error.__name__)
print(issubclass(csv.Error, Exception), str(csv.Error("boom")), repr(csv.Error("a", 1)))
print(sorted(n for n in dir(_csv) if not n.startswith("__")))
print(type(_csv.reader).__name__, _csv.Reader.__name__, _csv.Writer.__name__)

print("-- Dialect defaults and validation")
make()
make(delimiter=";")
make(delimiter="\0")
make(delimiter="")
make(delimiter=None)
make(delimiter=1)
make(delimiter="ab")
make(delimiter="\n")
make(quotechar="")
make(quotechar=None)
make(quotechar=None, quoting=csv.QUOTE_MINIMAL)
make(quotechar=None, quoting=csv.QUOTE_NONE)
make(quotechar=1)
make(quotechar="'")
make(escapechar="")
make(escapechar=1)
make(escapechar="\\")
make(escapechar=None)
make(quoting=9)
make(quoting=-1)
make(quoting="a")
make(quoting=1.0)
make(quoting=True)
make(quoting=2**40)
make(lineterminator=None)
make(lineterminator=1)
make(lineterminator="")
make(lineterminator="\n")
make(delimiter=",", quotechar=",")
make(delimiter=",", escapechar=",")
make(doublequote=[])
make(doublequote="yes")
make(strict=1, skipinitialspace=0)
make("excel")
make("excel-tab")
make("unix")
make("nope")
make(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
make(foo=1)
make("excel", dialect="unix")
make(None)
make(",")


class Attrs:
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"


make(Attrs)
make(Attrs, delimiter="|")
make(Attrs())


class Raises:
    @property
    def delimiter(self):
        raise RuntimeError("ignored")


make(Raises())

d = _csv.Dialect()
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=";") is d, type(d).__name__, type(d).__module__)
for name in ("delimiter", "quotechar", "strict", "skipinitialspace", "lineterminator"):
    try:
        setattr(d, name, "x")
    except AttributeError as e:
        print("AttributeError", e)
try:
    import pickle
    pickle.dumps(d)
except TypeError as e:
    print("TypeError", e)


class Sub(_csv.Dialect):
    pass


s = Sub(delimiter="!")
print(type(s).__name__, attrs(s), isinstance(s, _csv.Dialect))

print("-- registry")
print(sorted(csv.list_dialects()))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(attrs(csv.get_dialect("semi")), type(csv.get_dialect("semi")).__name__)
csv.register_dialect("semi2", "semi", quotechar="'")
print(attrs(csv.get_dialect("semi2")))
csv.register_dialect("fromclass", Attrs)
print(attrs(csv.get_dialect("fromclass")))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("semi2")
print(sorted(csv.list_dialects()))
print(list(csv.reader(["a;'b;c'"], "fromclass")))
for call in [lambda: csv.get_dialect("semi2"), lambda: csv.unregister_dialect("semi2"),
             lambda: csv.register_dialect(1), lambda: csv.register_dialect(), lambda: csv.register_dialect("x", "excel", "y"),
             lambda: csv.register_dialect("bad", delimiter=""), lambda: csv.register_dialect("bad", quotechar=None, quoting=csv.QUOTE_ALL),
             lambda: csv.get_dialect(), lambda: csv.get_dialect([]), lambda: csv.list_dialects(1),
             lambda: csv.unregister_dialect(name="nope"), lambda: csv.get_dialect(name="excel").delimiter]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)
print("bad" in csv.list_dialects())

print("-- csv.Dialect classes")
print(attrs(csv.excel()), attrs(csv.excel_tab()), attrs(csv.unix_dialect()))


class MyDialect(csv.Dialect):
    delimiter = ":"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(attrs(MyDialect()), MyDialect._valid)
print(list(csv.reader(['a:"b:c"'], MyDialect)))


class Broken(csv.Dialect):
    delimiter = ":"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = 17


try:
    Broken()
except csv.Error as e:
    print("csv.Error", e)


class Incomplete(csv.Dialect):
    delimiter = ";;"


try:
    Incomplete()
except csv.Error as e:
    print("csv.Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("csv.Error", e)

print("-- field_size_limit")
print(csv.field_size_limit())
print(csv.field_size_limit(10), csv.field_size_limit())
print(csv.field_size_limit(new_limit=20), csv.field_size_limit())
for call in [lambda: csv.field_size_limit("a"), lambda: csv.field_size_limit(1.5), lambda: csv.field_size_limit(1, 2),
             lambda: csv.field_size_limit(limit=3), lambda: csv.field_size_limit(True), lambda: csv.field_size_limit(2**70)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(131072))
csv.field_size_limit(0)
try:
    list(csv.reader(["a"]))
except csv.Error as e:
    print("csv.Error", e)
print(list(csv.reader([",,"])))
csv.field_size_limit(-1)
try:
    list(csv.reader(["a"]))
except csv.Error as e:
    print("csv.Error", e)
csv.field_size_limit(131072)
