# ast.parse (compile with PyCF_ONLY_AST): node structure and positions for every kind of
# statement, expression and pattern, the three modes, literal_eval, unparse round trips,
# get_source_segment, syntax errors, and compile() of parsed and transformed trees.
import ast
import re

SOURCES = [
    "@d\n@e(1)\ndef f(a, /, b: int = 2, *args, c, d=4, **kw) -> 'r':\n    '''Doc.'''\n    return a\n",
    "async def g():\n    async with a as b, c:\n        pass\n    async for x in y:\n        await x\n    else:\n        yield\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    (y): int\n    z.w: str\n",
    "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\n",
    "for i, (j, k) in enumerate(z):\n    continue\nelse:\n    break\nwhile x < 3:\n    x += 1\n",
    "try:\n    1 / 0\nexcept (ValueError, TypeError) as e:\n    raise X from e\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    del a, b[0], c.d\n",
    "try:\n    pass\nexcept* E as e:\n    pass\n",
    "import os, os.path as p\nfrom . import (a as b, c)\nfrom ..x.y import *\nglobal q\n",
    "with (open(a) as f, open(b) as g):\n    assert f, 'msg'\n",
    "x = y = [1, *z]\nx: list[int] = []\na, *b = c\nx[1:2, ::3] = {1, 2}\nx |= 5; x **= 2; x @= m\n",
    "lambda: 0\nlambda a, b=1, *c, d, e=2, **f: (a, b)\n",
    "f(x for x in y)\nf((x for x in y), 1)\nf(*a, k=1, **kw)\n",
    "[x async for x in y if x if not x]\n{a: b for a, b in c}\n{x for x in y}\n(y := 10)\n",
    "a < b <= c is not d not in e in f is g == h != i > j >= k\n",
    "a or b and not c or d\n-x + ~y * +z // w % v @ u ** t << 2 >> 1 & 3 | 4 ^ 5\n",
    "x if y else z\nawait q\nyield from r\n",
    "f'a{x!r:>{w}}b' 'c'\nf'{x=}' f'{y=:>5}' f'{z!s}'\n(f'A{h:02d}:{m:02d}'\n f'.{u:06d}')\nrb'raw' b'x'\nu'a' 'b'\n'a' u'b'\nf''\n",
    "1\n1.5\n1e300\n10**30\n0x1F\n0o17\n0b11\n1_000\n2j\n1.5j\n...\nTrue\nFalse\nNone\n'''doc'''\n",
    "match p:\n    case [1, *r]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case C(1, a=2) | None:\n        pass\n    case (x, y) if x > y:\n        pass\n    case str() as s:\n        pass\n    case -1 | 2 + 3j | True:\n        pass\n    case _:\n        pass\n",
    "a.b.c[d](e)[f:g].h\n",
    "x = 'é' + \"ü\"; ß = 1\n",
    "# comment\n@dec  # class X\n\nclass A:\n    pass\n",
    "def f():\n    nonlocal x\n    return\n",
    "return 1\n",
    "{**a, 'b': 1, **c}\n",
    "print(*args, sep='')\n",
    "x = (\n    1,\n    2,\n)\n",
    "def f():\n    x = 1; pass; del x;\nwith a:\n    g();\nif a: pass;\nelif b: x;\nelse: y;\n",
    "try:\n    a;\nexcept E:\n    b ;\n",
    "f'{3,}' f'{ 3, 4 }' f'{5,!r:>9}'\n",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    print(ast.unparse(tree))
    print(ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree))

print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse("x", filename="<mine>")))
print(type(ast.parse("")).__name__, ast.parse("").body)
print(ast.dump(ast.parse("\n\n# only a comment\n")))

# The shared context and operator nodes.
t = ast.parse("a + b; c = d + e; del f")
print(t.body[0].value.op is t.body[1].value.op, t.body[0].value.left.ctx is t.body[1].value.left.ctx)
print(t.body[1].targets[0].ctx is t.body[0].value.left.ctx, type(t.body[2].targets[0].ctx).__name__)

# literal_eval.
for s in ["[1, (2, 3.5), {'a': None, 'b': -1j}, {4}, b'x', True]", "-5", "+5", "1+2j", "-(1)", "set()", "()",
          "{'k': [1, 2, {'n': (3,)}]}", "  42  ", "'\\x41'", "1e3", "0x10"]:
    print(repr(s), repr(ast.literal_eval(s)))
for s in ["x", "f()", "1 + x", "[1, a]", "{**a}", "2 ** 3", "lambda: 0", "(1, 2", "set([1])"]:
    try:
        print(repr(s), ast.literal_eval(s))
    except (ValueError, SyntaxError) as e:
        print(repr(s), type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")), ast.literal_eval(ast.Constant(7)))

# Positions and source segments.
src = "total = price * (1 + rate)\nprint(f'{total:.2f}')\n"
t = ast.parse(src)
for node in ast.walk(t):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, t.body[0].value, padded=True)))

# Syntax errors come from the parser, as from compile().
for bad in ["x = (", "def f(:\n", "a b", "if x\n  y", "return = 1", "f(**a, *b)", "x = 1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# compile() of parsed and edited trees.
tree = ast.parse("result = [n * 2 for n in range(5)]\nprint('result', result)")
exec(compile(tree, "<tree>", "exec"))


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node

tree = Double().visit(ast.parse("print(1 + 2, 'x', [3])"))
exec(compile(tree, "<t>", "exec"))
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))
try:
    compile(expr, "<e>", "exec")
except TypeError as e:
    print("TypeError:", e)
try:
    compile(ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))), "<e>", "eval")
except TypeError as e:
    print("TypeError:", e)
try:
    compile(ast.fix_missing_locations(ast.Module([ast.Expr()], [])), "<e>", "exec")
except TypeError as e:
    print("TypeError:", e)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)
print(type(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)).__name__)
print(ast.dump(compile("x", "<s>", "eval", flags=ast.PyCF_ONLY_AST)))
