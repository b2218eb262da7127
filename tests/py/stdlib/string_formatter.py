# string: Formatter (over _string's parser), Template, constants, capwords
import string, _string

print(list(_string.formatter_parser("a{0}b{name!r:>10}c{{d}}e{}")))
print(list(_string.formatter_parser("{x.y[0]:{w}.{p}}")), list(_string.formatter_parser("")), list(_string.formatter_parser("}}{{")))
print(list(_string.formatter_parser("{!s}")), list(_string.formatter_parser("{a:}")), list(_string.formatter_parser("{a[:]!r}")))
for bad in ["{", "}", "a{b", "{a!}", "{a!rx}", "{0[}"]:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print("ValueError:", e)
first, rest = _string.formatter_field_name_split("obj.attr[0][key].x")
print(first, list(rest))
for name in ["0", "12.real", "", "a[1]", "x.y.z"]:
    f, r = _string.formatter_field_name_split(name)
    print(repr(f), list(r))
for bad in ["a.", "a[", "a[0]x", "a[]"]:
    try:
        f, r = _string.formatter_field_name_split(bad)
        print(list(r))
    except ValueError as e:
        print("ValueError:", e)

f = string.Formatter()
print(f.format("{0} {1} {0}", "a", "b"), f.format("{x:>5}|{y:<4}|", x=1, y="z"), f.format("{} {}", 1, 2))
print(f.format("{0.real} {1[0]} {2[k]}", 3, [9], {"k": "v"}), f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{!r:^9}", "hi"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{a} and {missing} {0:x}", 255, a="abc"))
print(list(f.parse("x{a}y")), f.vformat("{0}-{k}", (1,), {"k": 2}))
try:
    f.format("{0}{}", 1, 2)
except ValueError as e:
    print("ValueError:", e)

t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords("hello   big  world"), string.capwords("a-b-c", "-"))
