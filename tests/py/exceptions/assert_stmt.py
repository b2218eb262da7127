# The assert statement.

assert True
assert 1 == 1, "not shown"
print("passing asserts are silent")

try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)

# message can be any object
for msg in (42, ["a", "list"], None, ("t", 1), {"k": "v"}):
    try:
        assert False, msg
    except AssertionError as e:
        print(repr(e), e.args)

# message expression is only evaluated on failure
def expensive():
    print("  message evaluated")
    return "expensive message"
assert True, expensive()
try:
    assert 0, expensive()
except AssertionError as e:
    print(e)

# truthiness rules apply
for value in (0, "", [], {}, None, 0.0, set()):
    try:
        assert value
        print(repr(value), "passed")
    except AssertionError:
        print(repr(value), "failed")
for value in (1, "x", [0], {0: 0}, -1, 0.1):
    assert value
print("truthy values passed")

# assert with a user object's __bool__
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
assert Flag(True)
try:
    assert Flag(False), "flag false"
except AssertionError as e:
    print(e)

# the tuple pitfall: a non-empty tuple is always true
assert (False, "this tuple is truthy")
print("tuple assert passed (pitfall)")

# assertions in functions for invariants
def sqrt_int(n):
    assert isinstance(n, int), "n must be int, got %s" % type(n).__name__
    assert n >= 0, "n must be non-negative, got %d" % n
    r = 0
    while (r + 1) * (r + 1) <= n:
        r += 1
    return r
print([sqrt_int(n) for n in (0, 1, 15, 16, 17, 99, 100)])
for bad in (-4, 2.0, "9"):
    try:
        sqrt_int(bad)
    except AssertionError as e:
        print("AssertionError:", e)

# AssertionError can be raised and caught like any exception
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e.args)

# assert is a statement: parenthesized message expression
x = 5
try:
    assert x < 0, ("x was", x)
except AssertionError as e:
    print(e.args[0])

# __debug__ is True when running normally
print(__debug__)

# assert inside a loop with else
for i in range(3):
    assert i < 3
else:
    print("loop completed with asserts")

# exception raised while evaluating the condition propagates
try:
    assert 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# exception raised while evaluating the message propagates instead of AssertionError
try:
    assert False, [][1]
except IndexError as e:
    print(type(e).__name__, e)
