# Truthiness: __bool__, __len__ fallback, and errors.

class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n

class WithBoth:
    def __bool__(self):
        print("  __bool__ wins")
        return True
    def __len__(self):
        print("  __len__ (not used)")
        return 0

class Neither:
    pass

print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(3)), bool(WithLen(0)))
print(bool(WithBoth()))
print(bool(Neither()))

# used by if/while/not/and/or
if WithLen(0):
    print("nonempty")
else:
    print("empty")
print(not WithBool(False))
print(WithLen(0) or "fallback")
r = WithBool(True) and "second"
print(r)

# while loop calls __bool__ each iteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        self.n -= 1
        return self.n >= 0
cd = Countdown(3)
loops = 0
while cd:
    loops += 1
print("loops", loops)

# __bool__ must return bool
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __len__ must return non-negative int
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)

class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)

class HugeLen:
    def __len__(self):
        return 2 ** 100
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)

class IndexLen:
    class Idx:
        def __index__(self):
            return 7
    def __len__(self):
        return self.Idx()
print(len(IndexLen()))

class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()), bool(BoolLen()))

# __bool__ = None makes objects non-bool-able? (TypeError)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)

# builtin truthiness
values = [0, 1, -1, 0.0, -0.0, 0.1, 0j, 1j, "", " ", "0", [], [0], (), ((),), {}, {0: 0},
          set(), {0}, None, False, True, range(0), range(1), b"", b"\x00", bytearray(), float("nan")]
print([bool(v) for v in values])

# __bool__ exceptions propagate
class Raises:
    def __bool__(self):
        raise RuntimeError("cannot decide")
try:
    not Raises()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    [x for x in [1] if Raises()]
except RuntimeError as e:
    print(type(e).__name__, e)

# and/or return operands, not bools
print(WithLen(0) and 1 or "x")
print([] or {} or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)

# inherited __len__ from list subclass overridden __bool__
class L(list):
    def __bool__(self):
        return True
print(bool(L()), len(L()))

# any/all use truthiness
print(any([WithLen(0), WithLen(2)]), all([WithBool(True), WithBool(False), WithBool(True)]))
