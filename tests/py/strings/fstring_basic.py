# f-strings: interpolation, expressions, conversions, braces escaping.

name = "World"
n = 42
pi = 3.14159265
items = ["a", "b"]
d = {"key": "value", 1: "one"}

print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n // 5} {n % 5} {-n} {n ** 2}")
print(f"{name.upper()} {name[::-1]} {len(name)} {name!r} {name!s} {name!a}")
print(f"{items} {items[0]} {items[-1]} {d['key']} {d[1]} {d}")
print(f"{{literal braces}} {{{n}}} {{}}")
print(f"{'nested quotes'} {'double' if False else 'single'} {'''triple'''}")
print(f"{n if n > 10 else 0} {[x * 2 for x in range(3)]} {(lambda x: x + 1)(5)}")
print(f"{3.0} {1e20} {1/3} {True} {None} {b'b'} {1j}")
print(f"{'é😀'!a} {chr(9)!r}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:#o}|{n:b}")
print(f"{pi:.2f} {pi:10.3f}| {pi:e} {pi:.3g} {pi:%} {pi:.0f}")
print(f"{name:>10}|{name:*^11}|{name:.3}|{name!r:>10}")
print(f"{n=}")
print(f"{n = }")
print(f"{n=:5}|")
print(f"{name=!s}")
print(f"{pi=:.2f}")
print(f"{items[0]=}")
print(f"{1 + 2 = }")
print(f"{name!r:^12}")
print(F"upper F prefix {n}")
print(rf"raw \n {n}", fr"{name}\t")
print(f"""triple
{name}
quoted""")
x = 5
print(f"{x:{x}}|{x:{'<'}{x}}|{pi:.{x - 2}f}|{pi:{x + 5}.{2}}|")
width, prec = 12, 4
print(f"[{pi:>{width}.{prec}f}]", f"[{name:{'^'}{width}}]")
print(f"{'a' 'b'}", f"{'x' * 3}", f"{n:{'#x'}}")
print(f"{n!r:{'>'}8}", f"{3.5!s:>6}")
print(f"{ n }", f"{  name  !r}")
print(f"{f'{n}'}", f"""{f'{f"{n}"}'}""", f'''{f"""{f'{n:>{n // 10}}'}"""}''')

class Fmt:
    def __format__(self, spec):
        return f"<Fmt spec={spec!r}>"
    def __repr__(self):
        return "Fmt()"
    def __str__(self):
        return "Fmt-str"
print(f"{Fmt()} {Fmt():abc} {Fmt()!r} {Fmt()!s} {Fmt():{n}}")
print(f"{d!r}", f"{'{'}", f"{'}'}")
print(f"{n:,}", f"{10**7:,}", f"{10**7:_}", f"{10**7:_x}")
