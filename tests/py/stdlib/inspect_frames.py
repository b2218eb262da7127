# inspect on frames and source: currentframe, stack, getframeinfo, getsource/getsourcelines,
# getfile, getcomments, getclosurevars; and the traceback module's formatting (it reads
# frame positions through code.co_positions, as inspect does). Statements that fail cover
# their whole line, so CPython prints no carets.
import inspect
import sys
import traceback


# A comment about outer.
def outer(n):
    """Outer doc."""
    return inner(n)


def inner(n):
    frames = inspect.stack()
    return [(f.function, f.lineno, f.code_context[0].strip() if f.code_context else None) for f in frames[:3]]


print(outer(1))
frame = inspect.currentframe()
info = inspect.getframeinfo(frame)
print(info.function, info.lineno, info.filename.endswith("inspect_frames.py"), info.code_context)
print(frame.f_code.co_name, frame.f_lineno, frame.f_back)
print(inspect.getsource(outer))
lines, start = inspect.getsourcelines(inner)
print(start, len(lines), lines[0].rstrip())
print(inspect.getfile(outer).endswith("inspect_frames.py"), inspect.getsourcefile(inner).endswith("inspect_frames.py"))
print(repr(inspect.getcomments(outer)))


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        return 0

print(inspect.getsource(Shape.area))
print(inspect.getsourcelines(Shape)[1])


def make(k):
    def add(x):
        return x + k + len(sys.argv) * 0
    return add

cv = inspect.getclosurevars(make(3))
print(cv.nonlocals, sorted(cv.globals), sorted(cv.builtins), cv.unbound)


def caller_name():
    return sys._getframe(1).f_code.co_name


def who():
    return caller_name()

print(who(), inspect.getouterframes(inspect.currentframe())[0].function)


def fail():
    raise ValueError("boom")


def middle():
    fail()


try:
    middle()
except ValueError:
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    etype, value, tb = sys.exc_info()
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print([line.replace(__file__, "FILE") for line in traceback.format_tb(tb)])
    print(traceback.format_exception_only(etype, value))
    print(inspect.getinnerframes(tb)[-1].function, [f.function for f in inspect.getinnerframes(tb)])

summary = traceback.extract_stack()
print(summary[-1].name, summary[-1].lineno, summary[-1].line)
print(len(traceback.format_stack()) >= 1)


def gen():
    yield inspect.currentframe().f_code.co_name

print(next(gen()), inspect.getgeneratorlocals(gen()))
