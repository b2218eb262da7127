import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   world  of python"), string.capwords("a-b-c d", "-"))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann"}, what="tea"))
print(t.safe_substitute(who="Bo"), t.get_identifiers(), t.is_valid())
for bad in [dict(who="x"), ]:
    try:
        t.substitute(**bad)
    except KeyError as e:
        print("KeyError", e)
try:
    string.Template("$").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("bad $ here").is_valid())

class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"
print(Pct("%name is %age years").safe_substitute(name="Al"))

f = string.Formatter()
print(f.format("{0}-{1:>5}-{name!r}-{2[0]}-{obj.real}", "a", "b", [9], name="n", obj=3j))
print(list(f.parse("x{0:>3}y{a.b[1]!s}z{{}}")))
print(f.vformat("{} {}", ("p", "q"), {}))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} {b:>6} {0}", "zero", a="abc"))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{x}")
except KeyError as e:
    print("KeyError", e)
