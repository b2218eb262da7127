# csv.reader: CPython's parsing state machine over any iterable of strings.
import csv
import io


def show(lines, **kw):
    rd = csv.reader(lines, **kw)
    out = []
    try:
        for row in rd:
            out.append((rd.line_num, row))
        print(repr(lines), kw, out)
    except Exception as e:
        print(repr(lines), kw, out, "->", type(e).__name__, e, "line", rd.line_num)


print("-- basics")
show(["a,b,c"])
show(["a,b,c\r\n", "1,2,3\r\n"])
show(["a,b,c\n", "1,2,3\n"])
show(["a,b,c\r", "1,2,3\r"])
show([""])
show(["", "x", ""])
show(["\r\n"])
show(["\n"])
show(["\r"])
show(["a,"])
show([","])
show([",,"])
show(["a,,b"])
show(["  a  ,  b  "])
show(["a b c"])
show(["é,ü,日本,😀"])

print("-- quoting")
show(['"a","b,c","d"'])
show(['"'])
show(['""'])
show(['"",""'])
show(['""""'])
show(['"a""b"'])
show(['a"b"c'])
show(['"a"b'])
show(['"a" ,b'])
show(['a,"b'])
show(['"abc'])
show(['"a\n', 'b"\n', 'c\n'])
show(['"a\r\nb"\r\n'])
show(['"line1\n', "line2\n", 'line3",x\n', "y\n"])
show(["'a,b',c"], quotechar="'")
show(['"a,b"'], quotechar="'")
show(['"a,b",c'], quoting=csv.QUOTE_NONE)
show(['a,b'], quoting=csv.QUOTE_NONE)
show(['"a""b"'], doublequote=False)
show(['"a"b"'], doublequote=False)

print("-- strict")
show(['"abc'], strict=True)
show(['"a"b'], strict=True)
show(['"a" ,b'], strict=True)
show(['"a";b'], strict=True, delimiter=";")
show(['"a"x'], strict=True, delimiter=";")
show(['"ok","fine"'], strict=True)

print("-- escapechar")
show(["a\\,b,c"], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\", doublequote=False)
show(["a\\\nb"], escapechar="\\")
show(["a\\\n", "b"], escapechar="\\")
show(["a\\\r\n", "b"], escapechar="\\")
show(["a\\"], escapechar="\\")
show(['"a\\'], escapechar="\\")
show(["\\a,b"], escapechar="\\")
show(["a\\\\b"], escapechar="\\")
show(["a,b"], escapechar=None)
show(["a\\,b"])

print("-- skipinitialspace")
show([" a, b,  c"], skipinitialspace=True)
show([' "a", "b"'], skipinitialspace=True)
show([' "a"'])
show(["a, ,b"], skipinitialspace=True)
show(["a b  c"], delimiter=" ", skipinitialspace=True)

print("-- delimiters")
show(["a;b;c"], delimiter=";")
show(["a\tb\tc"], delimiter="\t")
show(["a|b,c"], delimiter="|")
show(["a\0b"], delimiter="\0")
show(["a,b\0c"])
show(["a b"], delimiter=" ")

print("-- newlines in unquoted fields")
show(["a\nb"])
show(["a\rb"])
show(["a\r\n", "\n"])
show(["a\r", "b"])
show(['"a"\r', "b"])
show(["a,b\n", "c\nd\n"])

print("-- QUOTE_NONNUMERIC")
show(['1,2.5,"3",-4e2'], quoting=csv.QUOTE_NONNUMERIC)
show(["1,,2"], quoting=csv.QUOTE_NONNUMERIC)
show([" 1, 2"], quoting=csv.QUOTE_NONNUMERIC)
show([" 1, 2"], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
show(["\\1,2"], quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
show(["inf,nan,-0"], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"x",y'], quoting=csv.QUOTE_NONNUMERIC)
show(["1_000"], quoting=csv.QUOTE_NONNUMERIC)

print("-- bad input")
show([b"a,b"])
show([1])
show(["ok", None])
show(["a", "b", 3])

print("-- field_size_limit")
old = csv.field_size_limit(5)
print("old limit", old)
show(["abcde"])
show(["abcdef"])
show(['"abcdef"'])
show(["ab,cdefgh"])
print("limit now", csv.field_size_limit(old))

print("-- line_num and iteration")
rd = csv.reader(io.StringIO('a,b\r\n"multi\nline",c\r\n\r\nlast\r\n', newline=""))
print(rd.line_num, type(rd).__name__, iter(rd) is rd)
for row in rd:
    print(rd.line_num, row)
print(rd.line_num)
try:
    next(rd)
except StopIteration:
    print("StopIteration", rd.line_num)

gen = (line for line in ["x,y", "1,2"])
rd = csv.reader(gen)
print(next(rd), next(rd), rd.line_num)

rd = csv.reader(["a\nb", "c,d"])
try:
    next(rd)
except csv.Error as e:
    print("Error:", e, rd.line_num)
print("recovers:", next(rd), rd.line_num)

rd = csv.reader(["1,x", "2,3"], quoting=csv.QUOTE_NONNUMERIC)
try:
    next(rd)
except ValueError as e:
    print("ValueError:", e)
print("next row:", next(rd))

class Lines:
    def __iter__(self):
        yield "p,q"
        raise KeyError("from iterator")

rd = csv.reader(Lines())
print(next(rd))
try:
    next(rd)
except KeyError as e:
    print("KeyError", e)

print("-- reader attributes")
rd = csv.reader([], delimiter=";", quotechar="'")
d = rd.dialect
print(d.delimiter, d.quotechar, d.escapechar, d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict)
try:
    rd.line_num = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    rd.dialect = None
except AttributeError as e:
    print("AttributeError", e)
print(type(rd) is csv.reader([]).__class__, type(rd).__module__, type(rd).__name__)
try:
    type(rd)()
except TypeError as e:
    print("TypeError", e)

print("-- argument errors")
for call in [lambda: csv.reader(), lambda: csv.reader(1), lambda: csv.reader([], "excel", "x"),
             lambda: csv.reader([], "nodialect"), lambda: csv.reader([], bogus=1),
             lambda: csv.reader([], "excel", dialect="excel"), lambda: csv.reader([], delimiter="ab")]:
    try:
        call()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
