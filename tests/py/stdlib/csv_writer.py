# csv.writer: quoting styles, escaping, line terminators and the writer's errors.
import csv
import io
from decimal import Decimal
from fractions import Fraction


def show(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        for row in rows:
            w.writerow(row)
        print(kw, repr(s.getvalue()))
    except Exception as e:
        print(kw, "->", type(e).__name__, e, "| written:", repr(s.getvalue()))


ROW = ["a", "b,c", 'd"e', "f\ng", "h\ri", 1, 2.5, None, "", True, -3, " sp "]

print("-- QUOTE_MINIMAL")
show([ROW])
show([["plain"], ["with,comma"], ['with"quote'], ["with\nnewline"]])
show([[""]])
show([[None]])
show([[]])
show([["", ""]])
show([[None, None]])
show([["a", ""]])
show(["abc"])
show([range(3)])
show([(x * x for x in range(4))])
show([{"k": 1}])
show([["é", "日本,語", "😀"]])

print("-- QUOTE_ALL")
show([ROW], quoting=csv.QUOTE_ALL)
show([[""]], quoting=csv.QUOTE_ALL)
show([[]], quoting=csv.QUOTE_ALL)
show([["a", "b"]], quoting=csv.QUOTE_ALL, quotechar="'")

print("-- QUOTE_NONNUMERIC")
show([ROW], quoting=csv.QUOTE_NONNUMERIC)
show([[1, 1.5, 2j, True, Decimal("1.25"), Fraction(1, 3), "7", None]], quoting=csv.QUOTE_NONNUMERIC)


class Num:
    def __float__(self):
        return 1.0

    def __str__(self):
        return "num"


class Idx:
    def __index__(self):
        return 4

    def __str__(self):
        return "idx"


class Plain:
    def __str__(self):
        return "plain"


show([[Num(), Idx(), Plain()]], quoting=csv.QUOTE_NONNUMERIC)

print("-- QUOTE_NONE")
show([["a", "b"]], quoting=csv.QUOTE_NONE)
show([["a,b"]], quoting=csv.QUOTE_NONE)
show([["a,b"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show([['a"b']], quoting=csv.QUOTE_NONE, escapechar="\\")
show([["a\\b"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show([["a\nb"]], quoting=csv.QUOTE_NONE, escapechar="\\")
show([["a\nb"]], quoting=csv.QUOTE_NONE)
show([[""]], quoting=csv.QUOTE_NONE)
show([[None]], quoting=csv.QUOTE_NONE)
show([["x", None, ""]], quoting=csv.QUOTE_NONE)
show([["a", "b"]], quoting=csv.QUOTE_NONE, quotechar=None)
show([['a"b']], quotechar=None)

print("-- escapechar and doublequote")
show([["a\\b"]], escapechar="\\")
show([["a\\b,c"]], escapechar="\\")
show([['a"b']], doublequote=False)
show([['a"b']], doublequote=False, escapechar="\\")
show([['a"b,c']], doublequote=False, escapechar="\\")
show([["a'b"]], quotechar="'")
show([["a!b"]], escapechar="!", quoting=csv.QUOTE_NONE)

print("-- delimiters and line terminators")
show([["a b", "c"]], delimiter=" ")
show([["", "x"]], delimiter=" ", skipinitialspace=True)
show([[" x"]], skipinitialspace=True)
show([["a", "b"]], delimiter="\t")
show([["a\tb"]], dialect="excel-tab")
show([["a", "b"]], lineterminator="\n")
show([["a", "b"], ["c"]], lineterminator="!")
show([["a!b"]], lineterminator="!")
show([["a\nb", "c\rd"]], lineterminator="!")
show([["a"]], lineterminator="")
show([["x\0y"]], delimiter="\0")
show([["a;b", "c"]], delimiter=";")

print("-- errors inside a row")


class Bad:
    def __str__(self):
        raise ValueError("no str for you")


def gen():
    yield 1
    raise KeyError("k")


show([[1, Bad(), 3]])
show([gen()])
show([5])
show([None])
show([["ok"], 7, ["never"]])

print("-- writerow and writerows results")
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["a", "b"]))
print(w.writerow([]))
print(w.writerows([["c"], ("d", "e"), "fg"]))
print(w.writerows([]))
print(w.writerows(iter([[1, 2]])))
print(repr(s.getvalue()))


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return "returned:" + str(len(text))


sink = Sink()
w = csv.writer(sink, quoting=csv.QUOTE_ALL)
print(w.writerow(["x", 1]))
print(w.writerows([[2], [3]]))
print(sink.parts)
print(w.dialect.quoting, w.dialect.delimiter, type(w).__name__, type(w).__module__)

for call in [lambda: w.writerow(), lambda: w.writerow(1, 2), lambda: w.writerows(5),
             lambda: w.writerows([5]), lambda: csv.writer(), lambda: csv.writer(object()),
             lambda: csv.writer(type("W", (), {"write": 3})()), lambda: csv.writer(io.StringIO(), "nope"),
             lambda: csv.writer(io.StringIO(), quoting=7)]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

try:
    w.dialect = None
except AttributeError as e:
    print("AttributeError", e)

print("-- round trips")
rows = [["id", "text", "n"], [1, 'say "hi", then\nleave', 2.5], [2, "", None], [3, "  spaced  ", -1]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    csv.writer(s, quoting=quoting).writerows(rows)
    back = list(csv.reader(io.StringIO(s.getvalue(), newline=""), quoting=quoting))
    print(quoting, repr(s.getvalue()))
    print(quoting, back)
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerows([["a,b", "c\\d", 'e"f']])
print(repr(s.getvalue()), list(csv.reader([s.getvalue()], quoting=csv.QUOTE_NONE, escapechar="\\")))
