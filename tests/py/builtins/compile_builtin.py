# compile() modes, flags we can rely on, and the resulting code objects.

c1 = compile("1 + 2", "<eval>", "eval")
c2 = compile("x = 5\nprint('exec mode', x)", "<exec>", "exec")
c3 = compile("40 + 2", "<single>", "single")
print(type(c1).__name__, c1.co_filename, c2.co_filename, c3.co_filename)
print(eval(c1))
exec(c2)
exec(c3)
print(eval(c3))
print(c1.co_name, c2.co_name)
ns = {}
exec(compile("def f(a, b=2, *args, c, **kw):\n    return a\n", "<def>", "exec"), ns)
fc = ns["f"].__code__
print(fc.co_name, fc.co_argcount, fc.co_kwonlyargcount, fc.co_posonlyargcount, fc.co_varnames[:5], fc.co_filename)
exec(compile("def g(x, /, y):\n    z = x + y\n    return z\n", "<g>", "exec"), ns)
gc = ns["g"].__code__
print(gc.co_argcount, gc.co_posonlyargcount, gc.co_varnames, ns["g"](1, y=2))
print(compile("a", "f", "eval") is not compile("a", "f", "eval"))
print(eval(compile("[1, 2][1]", "<x>", mode="eval")), compile(source="2", filename="n", mode="eval").co_filename)
code = compile("y = 7", "<s>", "exec")
d = {}
exec(code, d)
print(d["y"])
print(eval(compile(b"'from bytes'", "<b>", "eval")))
for args in [("1 +", "<e>", "eval"), ("x = 1", "<e>", "eval"), ("1", "<e>", "bogus"), ("a\0b", "<e>", "exec"),
             ("def f(:\n", "<bad>", "exec"), ("if 1:\npass", "<indent>", "exec")]:
    try:
        compile(*args)
    except (SyntaxError, ValueError) as e:
        extra = f" (line {e.lineno}, file {e.filename})" if isinstance(e, SyntaxError) else ""
        print(repr(args[0]), args[2], "->", type(e).__name__ + ":", (e.msg if isinstance(e, SyntaxError) else str(e)) + extra)
for args in [(), ("1",), ("1", "f"), (1, "f", "eval"), ("1", "f", "eval", "x")]:
    try:
        compile(*args)
    except TypeError as e:
        print(args, type(e).__name__ + ":", e)
for s in ["for i in range(2): print('single', i)\n", "x = 3\n"]:
    try:
        exec(compile(s, "<single>", "single"))
    except SyntaxError as e:
        print("single mode error", e.msg)
try:
    compile("a = 1\nb = 2\n", "<single>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
err = None
try:
    compile("x = (1,\n     2\n", "prog.py", "exec")
except SyntaxError as e:
    err = e
print(type(err).__name__, err.msg, err.filename, err.lineno)
try:
    compile("1 +* 2", "calc.py", "eval")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
