# decimal: arithmetic, contexts, rounding, quantize, special values, signals, formatting
import decimal
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Inexact

print(D("1.1") + D("2.2"), D(1) / D(7), D("10") / D("4"), D("2") ** 10, D(2).sqrt(), D("1.00") * 3)
print(D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3, D(0.5), D(1.1), D("-0"), D("1e3"), D("1E+3") + 0)
print(repr(D("3.14")), str(D("3.140")), D("3.140").normalize(), D("100").normalize(), D(" 7 "), D("123.456").as_tuple())
print(D("7") // D("2"), D("-7") // D("2"), D("7") % D("-2"), divmod(D("7.5"), D("2")), D("-7.5").copy_abs(), -D("1.5"), abs(D("-2")))
print(D("1.2345").quantize(D("0.01")), D("1.235").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("1.999").quantize(D("1"), rounding=ROUND_DOWN))
print(round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), int(D("-3.9")), float(D("0.25")), D("1.5").to_integral_value(), D("12.3").adjusted())
print(D("NaN"), D("-Infinity"), D("inf") > D("1e999999"), D("nan").is_nan(), D("sNaN").is_snan(), D("0").is_zero(), D("-1").is_signed())
print(D(10).ln().quantize(D("1.0000")), D(100).log10(), D(2).exp().quantize(D(".000001")), D("16").sqrt(), D("0.0001").sqrt())
print(D("1.30").compare(D("1.3")), D("3").max(D("7")), D("3").min(D("-2")), D("1.3") == D("1.30"), hash(D("1.5")) == hash(1.5), hash(D(3)) == hash(3))
print(sum([D("0.1")] * 10), sorted([D("2"), D("-1"), D("1.5")]), max(D("1"), 2), D(3) < 3.5, D(1) == 1.0, D("0.1") == 0.1)
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.3f}", f"{D('0.000123'):e}", f"{D('12'):>8}", f"{D('-3.5'):+.1f}", format(D("1e10"), "f"))
print(getcontext().prec, getcontext().rounding, D(1) / D(3))
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), D(2).sqrt(), +D("1.23456789"))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(3))
ctx = decimal.Context(prec=3, rounding=ROUND_HALF_EVEN)
print(ctx.add(D("1.234"), D("1")), ctx.divide(D(1), D(8)), ctx.create_decimal("3.14159"), ctx.power(D(2), D("0.5")))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D("abc")
except InvalidOperation as e:
    print("InvalidOperation", isinstance(e, ArithmeticError))
try:
    D(0) / D(0)
except InvalidOperation:
    print("InvalidOperation 0/0")
with localcontext() as c:
    c.traps[DivisionByZero] = False
    print(D(1) / D(0), D(-1) / D(0), c.flags[DivisionByZero])
    c.traps[Inexact] = True
    try:
        D(1) / D(3)
    except Inexact:
        print("Inexact trapped")
print(D((0, (1, 2, 3), -2)), D((1, (5,), 0)), D(12345678901234567890123), D("1.1").fma(2, D("0.1")))
print(D("12.5").scaleb(2), D("1.5").next_plus() > D("1.5"), D("100").shift(1) if False else D("1.0000").quantize(D("1.00")))
print(D(7).__class__.__name__, isinstance(D(1), decimal.Decimal), D("3.0").is_finite(), D("3").number_class(), D("-inf").number_class())
print(D("1e-7"), D("0.0000001"), D("123E-10"), D("-0.000"), str(D("1e+30")), D("5").logical_and(D("3")) if False else D("101").logical_xor(D("110")))
print(D.from_float(0.1), D(1).as_integer_ratio(), D("0.75").as_integer_ratio(), D("2.50").to_eng_string(), D("1E+7").to_eng_string())
print(decimal.MAX_PREC > 0, decimal.ROUND_CEILING, D("1.05").quantize(D("0.1"), decimal.ROUND_CEILING), D("-1.05").quantize(D("0.1"), decimal.ROUND_FLOOR))
