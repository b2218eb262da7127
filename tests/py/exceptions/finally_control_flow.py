# return / break / continue interacting with finally.

def return_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(return_in_finally())

def finally_swallows_exception():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed"
print(finally_swallows_exception())

def finally_runs_after_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    r = inner()
    return r, log
print(finally_runs_after_return())

def return_value_evaluated_before_finally():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(return_value_evaluated_before_finally())

def rebinding_in_finally_does_not_change_return():
    x = "original"
    try:
        return x
    finally:
        x = "changed"
print(rebinding_in_finally_does_not_change_return())

def break_in_finally():
    for i in range(5):
        try:
            raise RuntimeError(i)
        finally:
            break
    return "broke out at %d" % i
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def break_overrides_return():
    for i in range(3):
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(break_overrides_return())

def continue_overrides_return():
    count = 0
    for i in range(3):
        try:
            count += 1
            return "never returned"
        finally:
            continue
    return "looped %d times" % count
print(continue_overrides_return())

def nested_finally_order():
    log = []
    try:
        try:
            try:
                log.append("innermost")
                return log
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    finally:
        log.append("f3")
print(nested_finally_order())

def finally_in_loop_with_break():
    log = []
    for i in range(10):
        try:
            if i == 2:
                break
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(finally_in_loop_with_break())

def finally_in_while_with_continue():
    log = []
    i = 0
    while i < 4:
        i += 1
        try:
            if i % 2:
                continue
            log.append(i)
        finally:
            log.append("f%d" % i)
    return log
print(finally_in_while_with_continue())

def except_return_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        print("  finally after except-return")
print(except_return_then_finally())

def except_return_overridden():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        return "finally"
print(except_return_overridden())

def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally after else-return")
print(else_return())

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
g = generator_finally()
print(next(g))
g.close()
print("closed")

def return_in_finally_after_exception_in_except():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
    finally:
        return "finally swallowed TypeError"
print(return_in_finally_after_exception_in_except())

def finally_raise_replaces_return():
    try:
        return "try"
    finally:
        raise LookupError("raised in finally")
try:
    finally_raise_replaces_return()
except LookupError as e:
    print(type(e).__name__, e, e.__context__)

# loop else and finally
def loop_else():
    log = []
    for i in range(2):
        try:
            log.append(i)
        finally:
            log.append("f")
    else:
        log.append("else")
    return log
print(loop_else())

# sys.exc_info inside finally during exception vs normal exit
import sys
def exc_in_finally(fail):
    try:
        if fail:
            raise ValueError("x")
    finally:
        print("  exc_info in finally:", sys.exc_info()[0])
exc_in_finally(False)
try:
    exc_in_finally(True)
except ValueError:
    pass

# counting how many times finally runs in nested loops with break/continue
count = 0
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                continue
            if j == 2:
                break
        finally:
            count += 1
print("finally ran", count, "times")
