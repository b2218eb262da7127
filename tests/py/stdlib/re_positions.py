# Matching at a position, and group slices, over ASCII, non-ASCII and bytes-like subjects.
import re

word = re.compile(r"(\w+)(\s*)")
for s in ["alpha beta  gamma", "älpha βeta  gämma", "a\U0001F600b c"]:
    pos = 0
    out = []
    while True:
        m = word.match(s, pos)
        if not m:
            break
        out.append((m.group(1), m.span(1), m.span(), m.pos, m.endpos, m.string is s))
        pos = m.end()
    print(out)
    print(word.search(s, 3, len(s) - 1), word.fullmatch(s, 2, 5))
    print(word.findall(s, 1), [m.span() for m in word.finditer(s, 2, 9)])

print(re.compile(r"\d+").match("ab12cd", 2).group(), re.compile(r"\d+").match("ab12cd", 2, 3).group())
print(re.compile(r"x*").match("abc", 10), re.compile(r"x*").match("abc", -5).span())
print(re.compile(r"(a)|(b)").match("b").groups(), re.compile(r"(a)|(b)").match("b").group(1))

for subject in [b"key=value; k2=v2", bytearray(b"key=value; k2=v2"), memoryview(b"key=value; k2=v2")]:
    pair = re.compile(rb"(\w+)=(\w+)")
    print(type(subject).__name__, [m.groups() for m in pair.finditer(subject)], pair.match(subject, 11).span())
    print(pair.split(subject), pair.findall(subject, 3), pair.subn(b"-", subject))
    if not isinstance(subject, memoryview):  # CPython's template expansion joins with the subject's type
        print(pair.sub(rb"\2=\1", subject))

ws = re.compile(r"[ \t\n\r]*")
doc = "[1,  2,\n 3]" * 1000
ends = []
i = 0
while i < len(doc):
    i = ws.match(doc, i).end() + 1
    ends.append(i)
print(len(ends), ends[:8], ends[-3:])
uni = "é" + doc
print(ws.match(uni, 5).span(), re.compile(r"\d").search(uni, len(uni) - 4).span())
try:
    re.compile(r"a").match("abc", "1")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile(rb"a").match("abc")
except TypeError as e:
    print("TypeError", e)
