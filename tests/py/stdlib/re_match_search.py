# re: match/search/fullmatch, groups, named groups, Match API, flags, reprs
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m.groups())
print(m.span(), m.start(2), m.end(2), m.span(1), m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.re, m.string, m.re.pattern, m.re.groups, m.re.flags)
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.group("first"), m["last"], m.groupdict(), m.lastgroup, m.re.groupindex)
print(m.expand(r"\g<last>, \g<first> (\1)"), m.start("last"))
m = re.match(r"(a)?(b)?c", "bc")
print(m.groups(), m.groups("-"), m.span(1), m.start(1), m.group(1), m.groupdict(), m.lastindex)
for bad in [3, "nope", -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
print(re.search(r"\d+", "abc 123 def 45"), re.search(r"x", "abc"), re.match(r"\d", "a1"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.fullmatch(r"a|ab", "ab"))
p = re.compile(r"o+")
print(p.search("foo boo", 3), p.search("foo boo", 2, 3), p.match("foo", 1), p.fullmatch("foo", 1), p.search("foo", -5, 100))
print(re.search(r"^b", "a\nb"), re.search(r"^b", "a\nb", re.M), re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.match(r"HELLO", "hello", re.I), re.match(r"straße", "STRASSE", re.I), re.match(r"é", "É", re.I))
print(re.match(r"\w+", "héllo"), re.match(r"\w+", "héllo", re.A), re.match(rb"\w+", b"h\xe9llo"))
print(re.match(r"""(?x) a  # letter
    \s* b""", "a  b"))
print(re.search(r"(?i)abc", "xABC"), re.search(r"(?<=-)\w+", "spam-egg"), re.search(r"foo(?!bar)", "foobar foobaz"))
print(re.search(r"(\d)(?:\1)", "12334"), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"))
print(re.search(r"a{2,3}", "caaaat"), re.search(r"a{2,3}?", "caaaat"), re.search(r"(ab)*+c", "ababc"), re.search(r"(?>a+)b", "aaab"))
print(re.search(r"\bfoo\b", "a foo b"), re.search(r"\Bfoo", "afoo"), re.search(r"\Aa.*z\Z", "abcz"), re.search(r"[^a-c]+", "abcdefabc"))
print(re.search(r"[\d\s]+", "ab 12 3x"), re.search(r"(a|b|c)+", "xabcabd"), re.search(r"(?s:.)+", "a\nb"))
print(re.search(r"(a)?(?(1)b|c)", "ab"), re.search(r"\u00e9+", "ééé"), re.search(r"\N{EURO SIGN}", "5€") if False else None)
print(re.compile(r"a+", re.I | re.M), re.compile(rb"x", re.I), re.compile("x", re.A | re.S), re.compile("x", re.U), re.compile(r"\d" * 3))
print(repr(re.compile("a" * 300))[:60], re.compile("x") == re.compile("x"), re.compile("x") == re.compile("y"), re.compile("x", re.I) == re.compile("x"))
print(re.match("a", "a") is not None, type(re.compile("a")), type(re.match("a", "a")), re.Pattern, re.Match)
long = "x" * 100
print(re.match("x+", long))
for bad in [lambda: re.compile("(").match, lambda: re.compile("a)"), lambda: re.compile("[a"), lambda: re.compile("a**"),
            lambda: re.compile(r"(?P<n>a)(?P<n>b)"), lambda: re.compile(r"\k"), lambda: re.match("a", b"a"), lambda: re.match(b"a", "a"),
            lambda: re.match("a", 5)]:
    try:
        bad()
    except (re.error, TypeError) as e:
        print(type(e).__name__, e)
import copy
p = re.compile("ab")
print(copy.copy(p) is p, copy.deepcopy(p.match("ab")).group())
print(re.escape("a.b*c?d[e]f"), re.escape(b"1+1=2"), re.purge())
