# __traceback__ objects and tb_lineno values (line numbers are part of the test).
import sys

def fail():
    raise ValueError("in fail")

def middle():
    fail()

try:
    middle()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__)
    linenos = []
    names = []
    while tb is not None:
        linenos.append(tb.tb_lineno)
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(linenos)
    print(names)

# traceback present only after raising
e = ValueError("never raised")
print(e.__traceback__)

# traceback of an exception caught in the same frame
try:
    x = 1
    raise KeyError("here")
except KeyError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)

# re-raise extends traceback
def reraiser():
    try:
        fail()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

# sys.exc_info traceback is the same object
try:
    fail()
except ValueError as e:
    print(sys.exc_info()[2] is e.__traceback__)

# with_traceback(None) clears it
try:
    fail()
except ValueError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

# multi-line expression: line of the raising sub-expression
def multi():
    return [
        1,
        2,
        1 / 0,
    ]
try:
    multi()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("deepest line", tb.tb_lineno)

# exception inside a lambda and a comprehension
try:
    (lambda: [][0])()
except IndexError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)

try:
    [1 // 0 for _ in range(1)]
except ZeroDivisionError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)

# exception from a method in a class
class K:
    def m(self):
        raise RuntimeError("method")
try:
    K().m()
except RuntimeError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)


# traceback assignment must be a traceback or None
try:
    ValueError().__traceback__ = 5
except TypeError as err:
    print(type(err).__name__, err)

# raising an exception again from a different place appends new frames
saved = None
try:
    fail()
except ValueError as e:
    saved = e
def raise_saved():
    raise saved
try:
    raise_saved()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)

# exceptions caught in an inner function have a traceback starting at that function
def catcher():
    try:
        fail()
    except ValueError as e:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
            tb = tb.tb_next
        return lines
print(catcher())

# recursion depth shows in the traceback length
def recurse(n):
    if n == 0:
        raise LookupError("deep")
    recurse(n - 1)
try:
    recurse(5)
except LookupError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames:", count)

# traceback through a generator
def gen():
    yield 1
    raise KeyError("gen")
try:
    for v in gen():
        pass
except KeyError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)

# traceback through a with statement's __exit__
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit")
try:
    with CM():
        pass
except RuntimeError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)

# traceback line for an exception raised on a line after a continuation
def cont():
    value = (1 +
             2 +
             [])
try:
    cont()
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("continuation line", tb.tb_lineno)

# exception raised while executing a class body
try:
    class Broken:
        x = 1
        y = x / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_lineno, tb.tb_frame.f_code.co_name))
        tb = tb.tb_next
    print(out)

# exception in a default-argument expression is raised at def time in the enclosing frame
try:
    def with_bad_default(a=[][5]):
        pass
except IndexError as e:
    print([e.__traceback__.tb_lineno], e.__traceback__.tb_next)
