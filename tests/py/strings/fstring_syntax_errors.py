# f-string syntax errors are reported when compiling (CPython 3.11 messages).

sources = [
    'f"{}"',
    'f"{ }"',
    'f"{"',
    'f"}"',
    'f"{a"',
    'f"{a!x}"',
    'f"{a!}"',
    'f"{a!r=}"',
    'f"{a:{b:{c}}}"',
    'f"{\\n}"',
    'f"{#}"',
    'f"{a b}"',
    'f"{=}"',
    'f"{!r}"',
    'f"{:x}"',
    'f"{lambda x: 1}"',
    'f"{yield}"',
    'f"abc{1+}"',
    'f"{a!r:>{b!r}}" ',
    'f"{{}}"',
    'f"{a:{{}}}"',
]
for src in sources:
    try:
        code = compile(src, "<fstring>", "eval")
    except SyntaxError as e:
        print(f"{src:<22} -> {type(e).__name__}: {e.msg}")
    else:
        print(f"{src:<22} -> compiled ok")

# Well-formed but unusual f-strings compile and run
a, b, c = 5, ">", 3
for src in ['f"{a!r:{b}{c}}"', 'f"{a:{b}{c}}"', 'f"{a:}"', 'f"{a!s:}"', 'f"{ a!r }"', 'f"{a:{{}}}" if 0 else 1']:
    try:
        print(src, "->", repr(eval(src)))
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
