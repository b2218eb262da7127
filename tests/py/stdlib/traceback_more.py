import traceback, sys

# pygmy keeps line numbers but not column ranges (like CPython's -X no_debug_ranges), so the
# caret lines under a traceback's source lines are left out of what this test compares.
def clean(text):
    return "\n".join(l for l in text.replace(__file__, "FILE").split("\n") if l.strip(" ^~"))

def inner(n):
    return 1 / n

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError as e:
    tb_lines = traceback.format_exception(e)
    print(clean("".join(tb_lines)))
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print(len(traceback.format_tb(e.__traceback__)))
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([fs.name for fs in summary])
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))

def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("while handling") from k

try:
    chained()
except ValueError as e:
    text = clean("".join(traceback.format_exception(e)))
    print(text)
    print(clean("".join(traceback.format_exception(e, chain=False))))

try:
    try:
        raise OSError(2, "No such thing")
    except OSError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(e, limit=1))))

def stack_here():
    return traceback.format_stack(limit=2)
print(clean("".join(stack_here())))
print([f.name for f in traceback.extract_stack(limit=3)])
try:
    raise SyntaxError("bad thing", ("f.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1], e.lineno, e.offset)
eg = ExceptionGroup("group", [ValueError("v"), TypeError("t")])
print(clean("".join(traceback.format_exception(eg))))
fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print(fs, fs.filename, fs.lineno, fs.name, fs.line, list(fs))
print(traceback.format_list([fs]))
traceback.print_exception(ValueError("to stdout"), file=sys.stdout)
