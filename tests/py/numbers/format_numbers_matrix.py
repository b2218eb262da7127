# format() of int, bool, float, complex and str (and subclasses of the numbers) over many
# format specs, including every error; f-string conversions and nested specs.
class MyInt(int):
    def __str__(self):
        return 'MyInt!'
class MyFloat(float):
    def __str__(self):
        return 'MyFloat!'
class MyComplex(complex):
    def __str__(self):
        return 'MyComplex!'
class Obj:
    def __format__(self, spec):
        return f'Obj<{spec}>'
class BadFmt:
    def __format__(self, spec):
        return 5

vals = [0, 1, -1, 255, -255, 10**20, -(10**25), True, False, 1.5, -0.0, 0.1, 1e100, 1e-7,
        123456.789, float('inf'), float('nan'), -float('inf'), 1 + 2j, -1.5 - 0j, 0j, 1e16j,
        'abc', '', '\u00fcn\u00ef', MyInt(5), MyFloat(2.5), MyComplex(1, 2), Obj(), BadFmt()]
specs = ['', 'd', 'x', 'X', '#x', '#o', 'b', '#b', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%',
         '.2f', '.0f', '#.0f', '.3e', '.10g', '#g', '+', ' ', '-', '+.1f', '010', '010.2f', '<10',
         '>10', '^10', '*^11', '=10', '0=10', ',', '_', ',d', '_x', '_b', ',.2f', '12,.3f', 'z.1f',
         'z', '+z.2f', 's', '10s', '.2s', 'r', ',x', '0<5', '.2', '.100', '#', '5', '-^+#010,.3f',
         '.2%', 'xx', '{', '\x80', '=', 'z=10.1f', '08.3', '#08x', '+#x', ' #o', '_d', '._2f', '1,']
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(repr(format(v, s)))
        except Exception as e:
            out.append(f'{type(e).__name__}({e})')
    print(type(v).__name__, repr(v) if not isinstance(v, (Obj, BadFmt)) else '', ' | '.join(out))

for v in [42, 3.14159, 'hi', 1 + 1j, True, -0.0, 10**30]:
    print(f'{v}|{v!r}|{v!s}|{v!a}|{v:>8}|{v!r:>10}|{v=}|{v = :^9}')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|{"x":{"<"}{w}}|{42:#{"x"}}|{12345:{","}}|{-12:{"+"}0{w}d}')
u, e = '\u00fcn\u00ef', '\u00e9'
print(f'{u!a}', f'{e:*^5}', f"{'{'}", f'{{}}', f'{1+1}', f'{[1,2][0]:03d}')
for bad in ["format(5, 1)", "f'{5:{1}}'", "format(2**70, 'c')",
            "format(-1, 'c')", "format(0x110000, 'c')", "format(65, '+c')", "format(65, '#c')",
            "format(1.5, 'd')", "format('s', 'd')", "format(1j, '=5')", "format(1j, '05')",
            "format(5, '.2d')", "format(5, 'z')", "format(1e300 * 10, ',.2f')",
            "format(5, '10000000000000000000000')", "format(5.0, '.10000000000000000000000f')"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as e:
        print(bad, '->', type(e).__name__ + ':', e)
