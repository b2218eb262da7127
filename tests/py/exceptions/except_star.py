# except* (PEP 654).

def raiser(*excs):
    raise ExceptionGroup("group", list(excs))

try:
    raiser(ValueError("v"), TypeError("t"))
except* ValueError as eg:
    print("ValueError handler:", repr(eg))
except* TypeError as eg:
    print("TypeError handler:", repr(eg))

# multiple matches of one type go into a single group
try:
    raiser(ValueError(1), ValueError(2), KeyError(3))
except* ValueError as eg:
    print("values:", [e.args[0] for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [e.args[0] for e in eg.exceptions])

# unhandled remainder is re-raised as a group
try:
    try:
        raiser(ValueError("handled"), OSError("unhandled"))
    except* ValueError:
        print("handled the ValueError part")
except ExceptionGroup as rest:
    print("remainder:", repr(rest))

# a naked exception is wrapped in a group for except*
try:
    raise KeyError("naked")
except* KeyError as eg:
    print("wrapped:", type(eg).__name__, repr(eg.exceptions))

# naked exception not matched propagates unwrapped
try:
    try:
        raise IndexError("naked")
    except* KeyError:
        print("never")
except IndexError as e:
    print("propagated bare:", repr(e))

# tuple of types
try:
    raiser(ValueError(1), TypeError(2), KeyError(3))
except* (ValueError, TypeError) as eg:
    print("tuple handler:", repr(eg))
except* KeyError:
    print("key handler")

# nested groups keep structure in handler
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
except* ValueError as eg:
    print("nested ValueErrors:", repr(eg))
except* TypeError as eg:
    print("nested TypeErrors:", repr(eg))

# each clause runs at most once; clauses checked in order
try:
    raiser(KeyError(1), IndexError(2))
except* LookupError as eg:
    print("LookupError clause got", len(eg.exceptions))
except* KeyError:
    print("never: already handled")

# raising inside an except* handler: new exception joins the result group
try:
    try:
        raiser(ValueError("a"), TypeError("b"))
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        print("TypeError handled")
except BaseException as eg:
    # a single exception raised by a handler (and nothing unhandled) propagates unwrapped
    print("result:", type(eg).__name__, repr(eg))
    print("context of new:", repr(eg.__context__))

# two handlers raising: the new exceptions are combined into a group
try:
    try:
        raiser(ValueError("a"), TypeError("b"))
    except* ValueError:
        raise RuntimeError("r1")
    except* TypeError:
        raise LookupError("r2")
except ExceptionGroup as eg:
    print("combined:", repr(eg))

# handler raising plus an unhandled remainder
try:
    try:
        raiser(ValueError("a"), OSError("left"))
    except* ValueError:
        raise RuntimeError("new")
except ExceptionGroup as eg:
    print("mixed:", repr(eg))

# bare raise in except* re-raises the matched part
try:
    try:
        raiser(ValueError("x"), TypeError("y"))
    except* ValueError:
        raise
    except* TypeError:
        pass
except ExceptionGroup as eg:
    print("re-raised:", repr(eg))

# else and finally with except*
try:
    pass
except* ValueError:
    print("never")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    raiser(ValueError())
except* ValueError:
    print("handler")
else:
    print("never")
finally:
    print("finally after handler")

# except* with ExceptionGroup type is an error
try:
    compile("try:\n    pass\nexcept* ExceptionGroup:\n    pass\n", "<s>", "exec")
    print("compiled")
except SyntaxError as e:
    print("SyntaxError?", e)
try:
    try:
        raiser(ValueError())
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# return/break/continue not allowed in except*
for src in ("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# mixing except and except* is a syntax error
try:
    compile("try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# exception variable is the subgroup and is cleared after
try:
    raiser(ValueError(5))
except* ValueError as grp:
    print(type(grp).__name__, grp.message)
try:
    grp
except NameError as e:
    print(type(e).__name__, e)
