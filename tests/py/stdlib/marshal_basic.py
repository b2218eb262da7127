# marshal: CPython's format for data values round-trips; loads of CPython-written bytes with
# back-references; errors for unmarshallable objects and short data.
import marshal
vals = [None, True, False, ..., StopIteration, 0, -1, 2**31-1, 2**31, -2**31-1, 2**100, -(3**90), 1.5, -0.0, float('inf'), 1+2j,
        'abc', 'é€😀', 'x'*300, b'\x00\xff', (), (1, 'a'), tuple(range(300)), [1, [2, [3]]], {'a': 1, 2: (3,)}, {1, 2}, frozenset({'q'})]
for v in vals:
    d = marshal.dumps(v)
    r = marshal.loads(d)
    print(repr(v)[:60], r == v or (v != v), type(r).__name__)
print(marshal.loads(b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x01\x00\x00\x00'))
try: marshal.dumps(object())
except ValueError as e: print(e)
try: marshal.loads(b'i\x01')
except EOFError as e: print(e)
print(marshal.version)
