# TypeError messages for wrong argument counts/types passed to builtins.

calls = [
    ("len()", lambda: len()), ("len(1, 2)", lambda: len(1, 2)), ("abs()", lambda: abs()),
    ("abs(1, 2)", lambda: abs(1, 2)), ("chr()", lambda: chr()), ("ord()", lambda: ord()),
    ("divmod(1)", lambda: divmod(1)), ("divmod(1, 2, 3)", lambda: divmod(1, 2, 3)), ("pow(1)", lambda: pow(1)),
    ("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4)), ("round()", lambda: round()), ("round(1, 2, 3)", lambda: round(1, 2, 3)),
    ("sum()", lambda: sum()), ("sum(1)", lambda: sum(1)), ("sum([], 1, 2)", lambda: sum([], 1, 2)),
    ("isinstance()", lambda: isinstance()), ("isinstance(1)", lambda: isinstance(1)), ("issubclass(int)", lambda: issubclass(int)),
    ("getattr()", lambda: getattr()), ("getattr(1)", lambda: getattr(1)), ("setattr(1, 'a')", lambda: setattr(1, "a")),
    ("delattr(1)", lambda: delattr(1)), ("hasattr(1)", lambda: hasattr(1)), ("iter()", lambda: iter()),
    ("iter(1, 2, 3)", lambda: iter(1, 2, 3)), ("next()", lambda: next()), ("hash()", lambda: hash()),
    ("id()", lambda: id()), ("callable()", lambda: callable()), ("repr(1, 2)", lambda: repr(1, 2)),
    ("format(1, 2, 3)", lambda: format(1, 2, 3)), ("vars(1, 2)", lambda: vars(1, 2)), ("dir(1, 2)", lambda: dir(1, 2)),
    ("zip(1)", lambda: zip(1)), ("map(len)", lambda: map(len)), ("filter(len)", lambda: filter(len)),
    ("enumerate()", lambda: enumerate()), ("reversed()", lambda: reversed()), ("sorted()", lambda: sorted()),
    ("min()", lambda: min()), ("max(key=len)", lambda: max(key=len)), ("any()", lambda: any()), ("all(1, 2)", lambda: all(1, 2)),
    ("bin()", lambda: bin()), ("hex(1, 2)", lambda: hex(1, 2)), ("oct()", lambda: oct()), ("ascii()", lambda: ascii()),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)), ("int('1', base=2, x=1)", lambda: int("1", base=2, x=1)),
    ("float(1, 2)", lambda: float(1, 2)), ("float(x=1)", lambda: float(x=1)), ("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4)),
    ("str(bogus=1)", lambda: str(bogus=1)), ("bool(1, 2)", lambda: bool(1, 2)), ("list(1, 2)", lambda: list(1, 2)),
    ("tuple(1, 2)", lambda: tuple(1, 2)), ("dict(1, 2)", lambda: dict(1, 2)), ("set(1, 2)", lambda: set(1, 2)),
    ("frozenset(1, 2)", lambda: frozenset(1, 2)), ("range()", lambda: range()), ("slice()", lambda: slice()),
    ("bytes(1, 2, 3, 4)", lambda: bytes(1, 2, 3, 4)), ("complex(1, 2, 3)", lambda: complex(1, 2, 3)),
    ("object(1)", lambda: object(1)), ("type(1, 2)", lambda: type(1, 2)), ("super(1, 2, 3)", lambda: super(1, 2, 3)),
    ("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5)), ("print(sep=1)", lambda: print(sep=1)),
    ("globals(1)", lambda: globals(1)), ("locals(1)", lambda: locals(1)), ("eval()", lambda: eval()),
    ("exec()", lambda: exec()), ("compile()", lambda: compile()), ("__import__()", lambda: __import__()),
    ("open()", lambda: open()), ("input(1, 2)", lambda: input(1, 2)), ("breakpoint is callable", lambda: callable(breakpoint)),
    ("memoryview()", lambda: memoryview()), ("bytearray(1, 2, 3, 4)", lambda: bytearray(1, 2, 3, 4)),
    ("len(x=1)", lambda: len(x=1)), ("abs(x=1)", lambda: abs(x=1)), ("sorted([], 1)", lambda: sorted([], 1)),
    ("min(1, 2, bogus=3)", lambda: min(1, 2, bogus=3)), ("round(number=1.5, ndigits=0)", lambda: round(number=1.5, ndigits=0)),
    ("divmod(a=1, b=2)", lambda: divmod(a=1, b=2)), ("pow(base=2, exp=3, mod=5)", lambda: pow(base=2, exp=3, mod=5)),
]
for label, fn in calls:
    try:
        r = fn()
    except TypeError as e:
        print(f"{label:<30} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<30} -> {r!r}")

def user(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
for label, fn in [("user()", lambda: user()), ("user(1, 2, 3)", lambda: user(1, 2, 3)),
                  ("user(1, 2, 3, 4, d=1)", lambda: user(1, 2, 3, 4, d=1)), ("user(a=1, b=2, c=3, d=4)", lambda: user(a=1, b=2, c=3, d=4)),
                  ("user(1, 2, c=3, d=4, f=6)", lambda: user(1, 2, c=3, d=4, f=6)), ("user(1, 2, 3, c=3, d=4)", lambda: user(1, 2, 3, c=3, d=4)),
                  ("user(1, 2, 3, d=4)", lambda: user(1, 2, 3, d=4))]:
    try:
        r = fn()
    except TypeError as e:
        print(f"{label:<30} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<30} -> {r!r}")
