# str.format templates (field names, indexes, attributes, conversions, nested specs, errors)
# and printf-style % for str and bytes, with CPython's argument fetching order and messages.
tmpls = ['{}', '{0}', '{1}', '{} {}', '{0} {}', '{} {0}', '{a}', '{a.real}', '{0[1]}', '{0[a]}',
         '{0.imag}', '{0!r}', '{0!s:>5}', '{0!a}', '{0!x}', '{0:{1}}', '{0:{1}{2}}', '{0:{{}}}',
         '{{0}}', '{', '}', '{0', '0}', '{0:', '{!r}', '{0!}', '{0!rr}', '{0[}', '{0[0]x}', '{0.}',
         '{0..a}', '{0[]}', '{:{:{}}}', '{0:>{1}}', '{a[0]}', '{ }', '{0 }', '{00}', '{\u0663}',
         '{-1}', '{0:{a}}', '{0.__class__.__name__}', '{a!r:^10}', '{0:d}', '{1:x}', '{999}',
         '{a.b}', '{0[10]}', '{0:{1}}{2}', '}}{{', '{0}{1}{0}', '{:}', '{0!s:{1}}', '{0!\u00e9}']
for t in tmpls:
    out = []
    for args, kw in [((1 + 2j, 7, 'x'), {'a': [5, 6]}), (('abcdef',), {}), ((), {'a': 3})]:
        try:
            out.append(repr(t.format(*args, **kw)))
        except Exception as e:
            out.append(f'{type(e).__name__}({e})')
    print(repr(t), ' | '.join(out))

class Idx:
    def __repr__(self):
        return "Idx()"
    def __index__(self):
        return 66
class IntLike:
    def __repr__(self):
        return "IntLike()"
    def __int__(self):
        return 7
class FloatLike:
    def __repr__(self):
        return "FloatLike()"
    def __float__(self):
        return 2.5
class MyInt(int):
    def __str__(self):
        return 'MyInt!'
pt = ['%s', '%r', '%a', '%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#o', '%#X', '%e', '%E', '%f',
      '%F', '%g', '%G', '%c', '%%', '%5s', '%-5s|', '%.2s', '%5.1f', '%-8.3e|', '%+d', '% d', '%05d',
      '%-05d|', '%+05.1f', '%#.0f', '%#g', '%.0e', '%10.4g', '%x %x', '%s %s', '%(a)s', '%*d',
      '%.*f', '%-*d|', '%*.*f', '%y', '%', '%(a', '%5%', '%ld', '%hd', '%Lf', '%#5x', '%.3d',
      '%-#8o|', '%05s', '%c%c', '% 5d', '%+.3g', '%.60f', '%(a)s %s', '%(a)s %(a)r']
args = [42, -3.75, 'hi', (1, 2), (), {'a': 1}, [1], 65, 2**70, 1 + 1j, True, ('x',), (5, 3.14159),
        (8, 3, 2.71828), '\u00e9', b'by', None, Idx(), IntLike(), FloatLike(), MyInt(3), 0x110000,
        -1, float('nan'), float('-inf'), ('a', 'b', 'c')]
for t in pt:
    out = []
    for a in args:
        try:
            out.append(repr(t % a))
        except Exception as e:
            out.append(f'{type(e).__name__}({e})')
    print(repr(t), ' | '.join(out))

bt = [b'%s', b'%b', b'%r', b'%a', b'%d', b'%i', b'%x', b'%c', b'%5.2f', b'%(k)s', b'%%', b'%y',
      b'%*d', b'%.1s', b'%-5b|', b'%c%c', b'%s %s', b'%\xff', b'%\x7f', b'%e']
bargs = [b'ab', bytearray(b'cd'), 'str', 65, 3.5, (1, 2), {b'k': b'v'}, {'k': 1}, 256, -1,
         (b'x', b'y'), b'q', None, 2**70, Idx(), FloatLike()]
for t in bt:
    out = []
    for a in bargs:
        try:
            out.append(repr(t % a))
        except Exception as e:
            out.append(f'{type(e).__name__}({e})')
    print(repr(t), ' | '.join(out))
print(bytearray(b'%s-%d') % (b'a', 5), b'%s' % memoryview(b'mv'))
