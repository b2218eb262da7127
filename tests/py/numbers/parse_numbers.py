# int(), float() and complex() parsing: bases, prefixes, underscores, whitespace, Unicode digits,
# bytes, and the exact errors; the integer string conversion limit in both directions.
import sys

strs = ['0', '-0', '+5', ' 12 ', '1_000', '1__0', '_1', '1_', '0x1f', '0X1F', '0o17', '0b101',
        '0b', '0x', '010', '00', '0_0', '0x_1f', '0x__1f', '\uff11\uff12', '\u0663\u0664',
        '\u00a012\u2003', '12\x00', 'abc', 'z', '1e5', '1.5', '', ' ', '-', '+-1', '9' * 30,
        '0b1_0', '  -0x10  ', '\t42\n', '1 2', '\u2075', '\u0966\u0967\u0968']
for s in strs:
    out = []
    for base in [10, 0, 2, 8, 16, 36]:
        try:
            out.append(repr(int(s, base)))
        except ValueError as e:
            out.append(f'ValueError({e})')
    print(repr(s), ' | '.join(out))
for s in [b'12', b' 0x1f ', b'\xff', bytearray(b'77'), bytearray(b'7x')]:
    for base in [10, 0, 16]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, 'ValueError', e)
for args in [(), ('5',), (5.7,), (-5.7,), (1e20,), (True,), ('5', 10), (5, 10), ('5', 37), ('5', 1),
             ('5', -1), ('5', 2**70), ('5', '10'), ('5', 10.0), (float('nan'),), (float('inf'),),
             ([],), (None,), ('0x10', 0), (b'10',), (bytearray(b'10'),), (2**100 + 0.5,)]:
    try:
        print(args, int(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(int('10', base=16), int(x := '7'), int('0b11', 0))
try:
    int(x=5)
except TypeError as e:
    print(e)
try:
    int(base=10)
except TypeError as e:
    print(e)

print(sys.get_int_max_str_digits())
for n in [4300, 4301]:
    try:
        print(n, int('7' * n) % 1000)
    except ValueError as e:
        print(n, e)
    for conv in [str, repr, lambda v: f'{v:d}', lambda v: '%d' % v, lambda v: '%s' % v,
                 lambda v: f'{v:,}', lambda v: f'{v:x}'[:5], hex, bin]:
        try:
            print(n, len(conv(10 ** (n - 1))))
        except ValueError as e:
            print(n, e)
print(len(str(int('1' * 5000, 16))) if False else int('1' * 5000, 16) % 97)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), int('3' * 5000) % 11)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
for bad in [100, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, e)
sys.set_int_max_str_digits(640)
try:
    str(10 ** 640)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)

fstrs = ['1.5', ' -2.5e3 ', '1_0.5', '1__0', '1e', '.5', '5.', '.', 'inf', '-Infinity', '+nan',
         'NaN', 'nan(1)', 'infinit', '1e400', '-1e400', '1e-400', '0x10', '\uff11.\uff15',
         '\u20031.0\u2003', '1.0\x00', '', 'e5', '1_e5', '1e_5', '1e5_0', '0.1_2', '4.9e-324',
         '2.5e-324', '2.4e-324', '1.7976931348623157e308', '1.7976931348623159e308',
         '123456789012345678901234567890', '0.000001', '1e23', '8.98846567431158e307',
         '2.2250738585072011e-308', '0.1' + '0' * 400 + '1', '1' * 400]
for s in fstrs:
    try:
        r = float(s)
        print(repr(s)[:60], repr(r), r.hex())
    except ValueError as e:
        print(repr(s)[:60], 'ValueError', str(e)[:80])
for v in [b'1.5', bytearray(b' 2 '), b'x', 5, 2**1024, True, None, [], '1e500']:
    try:
        print(repr(v)[:20], float(v))
    except Exception as e:
        print(repr(v)[:20], type(e).__name__, e)

class F:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 3
class FB:
    def __float__(self):
        return 'x'
class II:
    def __int__(self):
        return 9
class IB:
    def __int__(self):
        return 9.5
for v in [F(), FI(), FB(), II(), IB()]:
    for conv in [int, float, complex]:
        try:
            print(type(v).__name__, conv.__name__, repr(conv(v)))
        except Exception as e:
            print(type(v).__name__, conv.__name__, type(e).__name__, e)

cstrs = ['1+2j', '(1+2j)', ' ( 1-2j ) ', '1', 'j', '-j', '+j', '1+j', '1-J', '2j', '1e5j',
         'inf+nanj', '-inf-infj', 'nanj', '1_0+2_0j', '1__0j', '(1+2j', '1+2j)', '1+2', 'j1', '',
         '  ', '1+2jj', '\uff11+\uff12j', '1e+2j', '1e+2+3e-2j', '.5j', '5.j', '+1.5-2.5e-3j',
         'infj', 'Infinityj', '1 + 2j', '0x1j', '1ej', '()', '(j)']
for s in cstrs:
    try:
        print(repr(s), repr(complex(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class Cx:
    def __complex__(self):
        return 3 + 4j
class CxBad:
    def __complex__(self):
        return 3
for args in [(), (1,), (1, 2), (1j, 1j), (1 + 2j, 3 + 4j), (1.5, -0.0), (Cx(), 1), (CxBad(),),
             ('1', 2), (1, '2'), ({},), (1, {}), (None,), (FI(),), (F(), F()), (-0.0,),
             (0, -0.0), (True, False), (2**1024,)]:
    try:
        print(repr(args)[:20], repr(complex(*args)))
    except Exception as e:
        print(repr(args)[:20], type(e).__name__, e)
print(repr(complex(imag=3)), repr(complex(real=2)), repr(complex(real='1+1j')), repr(complex(Cx())))
