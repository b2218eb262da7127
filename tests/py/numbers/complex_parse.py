# complex() parsing strings and argument combinations, and errors.

def cx(*args, **kw):
    shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kw.items()])
    try:
        r = complex(*args, **kw)
    except Exception as e:
        print(f"complex({shown}) -> {type(e).__name__}: {e}")
    else:
        print(f"complex({shown}) -> {r!r}")

for s in ["1", "1j", "-1j", "+1j", "j", "-j", "1+2j", "1-2j", "-1.5+2.5j", "(1+2j)", " (3-4j) ",
          "  5j  ", "1e3+1e-3j", "1E3J", "inf+nanj", "-inf-infj", "nan", "1_0+2_0j", "0.5J",
          "1+j", "1-J", "(j)", "1+2", "1j+2", "j1", "1 + 2j", "(1+2j", "1+2j)", "", "()", "1+2jj",
          "1+2i", "++1j", "1e400j", "  ", "1.5e+10-1.5e-10j", "-0j", "-0-0j"]:
    cx(s)

cx(1, 2)
cx(1.5, -2.5)
cx(real=1, imag=2)
cx(imag=3)
cx(1j, 2j)
cx(1 + 1j, 1 + 1j)
cx("1", 2)
cx(1, "2")
cx("1+2j", imag=0)
cx(None)
cx([1])
cx(b"1")
cx(10**400)
cx(1, 10**400)

class C:
    def __repr__(self):
        return 'C()'
    def __complex__(self):
        return 5 + 6j
class Fl:
    def __repr__(self):
        return 'Fl()'
    def __float__(self):
        return 2.5
class Ix:
    def __repr__(self):
        return 'Ix()'
    def __index__(self):
        return 4
class Bad:
    def __repr__(self):
        return 'Bad()'
    def __complex__(self):
        return 1.0
cx(C())
cx(Fl())
cx(Ix())
cx(Fl(), Fl())
cx(Bad())
