# re: findall/finditer/split/sub/subn with groups, empty matches, callables, templates
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"(\w)\d", "a1 b2"), re.findall(r"x*", "axxb"))
print(re.findall(r"(a)|(b)", "ab"), re.findall(rb"\d", b"a1b2"), re.findall(r"", "abc"), re.findall(r"\b", "ab cd"))
for m in re.finditer(r"(?P<word>\w+)", "hello big world"):
    print(m.span(), m.group("word"), m.start(), m.pos, m.endpos)
print([m.span() for m in re.finditer(r"\w*", "ab cd")], [m.group() for m in re.compile(r"\d").finditer("1a2b3", 1, 4)])
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."), re.split(r"\W+", "Words, words, words.", 1))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(\W*)", "...words..."), re.split(r"x*", "axbc"), re.split(r"\b", "a b"))
print(re.split(r"(a)|b", "xaybz"), re.split(",", "a,b,,c", maxsplit=2), re.split(b",", b"1,2"), re.split("z", "abc"), re.split("", "ab"))
print(re.sub(r"\d", "#", "a1b2c3"), re.sub(r"\d", "#", "a1b2c3", 2), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<x>\d)", r"<\g<x>\g<0>\g<1>>", "a1b2"), re.sub("a", r"\n", "bab"), re.sub("a", "\\\\", "bab"), re.sub("x*", "-", "abxd"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b20 c300"), re.subn(r"o", "0", "foo boo"), re.subn("x", "y", "abc"))
print(re.sub(rb"\d", b"#", b"a1b2"), re.sub(rb"(\d)", rb"[\1]", b"a1"), re.sub("", "-", "abc"), re.sub(r"^", ">", "a\nb", flags=re.M))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("a", lambda m: None, "banana") if False else "", re.compile("a").sub("b", "aaa", count=1))
def rep(m):
    return m.group(0).upper()
print(re.sub(r"\b\w", rep, "hello big world"), re.compile(r"(\w+)").subn(rep, "x y z", 2))
for bad in [lambda: re.sub("a", r"\9", "a"), lambda: re.sub("a", r"\g<nope>", "a"), lambda: re.sub("(a)", r"\g<1", "a"),
            lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("a", "b", b"a")]:
    try:
        bad()
    except (re.error, TypeError, IndexError) as e:
        print(type(e).__name__, e)
s = re.compile(r"\d").scanner("a1b2")
print(s.search(), s.search(), s.search(), s.match(), s.pattern)
s = re.compile(r"\w").scanner("ab c")
print(s.match(), s.match(), s.match(), s.match())
text = """From: alice@example.com
To: bob@example.org, carol@example.net
Subject: Meeting at 10:30 on 2024-01-15"""
print(re.findall(r"[\w.]+@[\w.]+", text))
print(re.search(r"(\d{4})-(\d{2})-(\d{2})", text).groups(), re.findall(r"^(\w+):", text, re.M))
print(dict(re.findall(r"^(\w+): (.*)$", text, re.M)))
print(re.sub(r"(\d+):(\d+)", lambda m: f"{int(m[1]) + 2}:{m[2]}", text).splitlines()[-1])
words = re.findall(r"\b[a-z]+\b", "the quick brown fox jumps over the lazy dog the end")
print(sorted(set(words)), len(words))
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
print([(n, o) for n, o in tokens.findall("3 + 4.5 * (2 - 1)")])
print(re.sub(r"é", "e", "café résumé"), re.findall(r"[à-ÿ]", "àéîõü"), re.split(r"\s+", "  a  b  "), re.findall(r"(?i)ß", "ßSS"))
