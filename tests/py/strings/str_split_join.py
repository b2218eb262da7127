# split, rsplit, splitlines, partition, rpartition, join.

def show(label, v):
    print(f"{label:<40} {v!r}")

s = "  one two  three   four "
show("split()", s.split())
show("split(None, 1)", s.split(None, 1))
show("rsplit(None, 1)", s.rsplit(None, 1))
show("split(' ')", s.split(" "))
show("rsplit(' ', 2)", s.rsplit(" ", 2))
show("split(maxsplit=2)", s.split(maxsplit=2))
show("split(maxsplit=0)", s.split(maxsplit=0))
show("split(maxsplit=-1)", s.split(maxsplit=-1))
show("''.split()", "".split())
show("''.split(',')", "".split(","))
show("'   '.split()", "   ".split())
show("'a,b,,c,'.split(',')", "a,b,,c,".split(","))
show("'a,b,,c,'.rsplit(',', 1)", "a,b,,c,".rsplit(",", 1))
show("'a::b::c'.split('::')", "a::b::c".split("::"))
show("'aaa'.split('a')", "aaa".split("a"))
show("'aaaa'.split('aa')", "aaaa".split("aa"))
show("'aaaaa'.rsplit('aa')", "aaaaa".rsplit("aa"))
show("'aaaaa'.split('aa')", "aaaaa".split("aa"))
show("'x\\ty\\nz\\x0bw\\x0cv\\rq\\x1cr'.split()", "x\ty\nz\x0bw\x0cv\rq\x1cr".split())
show("'a\\u2003b\\u3000c\\xa0d'.split()", "a\u2003b\u3000c\xa0d".split())
show("'1 2 3'.split(sep=' ', maxsplit=1)", "1 2 3".split(sep=" ", maxsplit=1))
for bad in ("", 1):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        show(f"split({bad!r})", type(e).__name__ + ": " + str(e))

lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x0csixth\x1cseventh\x1d8\x1e9\x8510\u202811\u2029twelve\n"
show("splitlines()", lines.splitlines())
show("splitlines(True)", lines.splitlines(True))
show("splitlines(keepends=True) short", "a\n\nb\r\n".splitlines(keepends=True))
show("''.splitlines()", "".splitlines())
show("'\\n'.splitlines()", "\n".splitlines())
show("'x\\n'.split('\\n')", "x\n".split("\n"))

for t in ["key=value", "key=", "=value", "novalue", "a=b=c", ""]:
    show(f"{t!r}.partition('=')", t.partition("="))
    show(f"{t!r}.rpartition('=')", t.rpartition("="))
try:
    "a".partition("")
except ValueError as e:
    show("partition('')", type(e).__name__ + ": " + str(e))

show("','.join(['a','b','c'])", ",".join(["a", "b", "c"]))
show("''.join([])", "".join([]))
show("'-'.join('xyz')", "-".join("xyz"))
show("', '.join(gen)", ", ".join(str(i) for i in range(5)))
show("'.'.join(['solo'])", ".".join(["solo"]))
show("'ab'.join(('1','2','3'))", "ab".join(("1", "2", "3")))
show("'.'.join(dict keys)", ".".join({"p": 1, "q": 2}))
for bad in ([1, 2], ["a", None], [b"x"], 5):
    try:
        "-".join(bad)
    except TypeError as e:
        show(f"join({bad!r})", type(e).__name__ + ": " + str(e))
