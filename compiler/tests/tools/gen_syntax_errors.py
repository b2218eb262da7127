"""Regenerates tests/data/syntax_errors.tsv from CPython 3.11.

Each line: kind, line, offset, end_line, end_offset, message, source (with \\, \n, \t, \r
escaped). The Rust test `syntax_errors.rs` compiles each source and compares kind, message,
line and offset.

    python3 compiler/tests/tools/gen_syntax_errors.py > compiler/tests/data/syntax_errors.tsv
"""
import sys, warnings
warnings.simplefilter("ignore")
assert sys.version_info[:2] == (3, 11), "bless with CPython 3.11"

CASES = [
    # Tokenizer.
    "x = (\ny = 1\nz=2",
    "x = [1, 2",
    "print(1\nx = 2\n",
    "x = [1, 2)",
    "x = 1)",
    "f(x for x in y)\n]",
    "x = 'abc",
    'x = """abc\ndef',
    "if 1:\n    x\n  y",
    "if 1:\n    x\n y",
    "if 1:\n\tx\n        y",
    "  x",
    "x\n  y",
    "x = 0777",
    "x = 09",
    "x = 1_",
    "x = 1__0",
    "x = 1abc",
    "x = 0b12",
    "x = 0o8",
    "x = 0xg",
    "x = 1e",
    "x = a\\ b",
    "x = 5 $ 3",
    "a = 1 ? 2",
    "x = \u20ac",
    "(" * 201 + ")" * 201,
    "\n".join(" " * i + "if 1:" for i in range(101)) + "\n" + " " * 101 + "pass\n",
    # Parser.
    "x = (1,\n2 3)\n",
    "f(a=1, b)",
    "f(**a, *b)",
    "f(a=1, a=2)",
    "def f(a=1, b): pass",
    "def f(*): pass",
    "f() = 1",
    "(a, f()) = 1",
    "for f() in x: pass",
    "del f()",
    "None = 1",
    "a + 1 = 2",
    "if x\n  pass",
    "if x:\npass",
    "for x in y:\n\nx",
    "while x:\npass",
    "class A:\n  def f(self):\n  pass",
    "def f():\nreturn",
    "try:\npass",
    "print 'hello'",
    "print x",
    "a b",
    "import",
    "x = yield = 1",
    "f(x for x in y, 1)",
    "type X = int",
    "x: int, y: int = 1, 2",
    "except* E: pass",
    "x = ",
    "def f(:\n  pass",
    "class C(:\n  pass",
    "x += 1, 2 = 3",
    "(yield) = 1",
    # Symbol table.
    "def f(a, a): pass",
    "def f(a, *, a): pass",
    "lambda a, a: 1",
    "nonlocal x",
    "def f():\n  nonlocal x",
    "def f(x):\n  global x",
    "def f(x):\n  nonlocal x",
    "def f():\n  x = 1\n  global x",
    "def f():\n  print(x)\n  global x",
    "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
    "def f():\n  x: int\n  global x",
    "def f():\n  global x\n  x: int = 1",
    "def f():\n  import *",
    "def f():\n  from os import *",
    "[(y := 1) for y in range(3)]",
    "[i for i in range(3) if (j := 1) for j in range(2)]",
    "[x for x in (y := [1])]",
    "class C:\n  [(z := 1) for x in range(3)]",
    "[(yield) for x in y]",
    "{(yield) for x in y}",
    "{x: (yield) for x in y}",
    "((yield) for x in y)",
    "def f(x: (yield)): pass",
    "from __future__ import annotations\ndef f(x: (yield)): pass",
    # Compiler.
    "return 1",
    "class A: return 1",
    "break",
    "continue",
    "def f():\n  break",
    "for x in y:\n  def f():\n    continue",
    "yield 1",
    "yield from x",
    "class C: yield 1",
    "await x",
    "def f():\n  await x",
    "async def f():\n  yield from x",
    "async def f():\n  yield 1\n  return 2",
    "def f():\n  async for x in y: pass",
    "def f():\n  async with x: pass",
    "def f():\n  return [x async for x in y]",
    "*a = 1",
    "a, *b, *c = 1",
    "[a, *b, *c] = 1",
    "print(*a for a in b)",
    "x = *a",
    "del *a, b",
    "__debug__ = 1",
    "del __debug__",
    "def f(__debug__): pass",
    "f(__debug__=1)",
    "x.__debug__ = 1",
    "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass",
    "try:\n  pass\nexcept* E:\n  break",
    "for x in y:\n  try:\n    pass\n  except* E:\n    continue",
    "def f():\n  try:\n    pass\n  except* E:\n    return",
    "from __future__ import braces",
    "x=1\nfrom __future__ import annotations",
    "from __future__ import nope",
    "import os\nfrom __future__ import division",
    "match x:\n  case y: pass\n  case z: pass",
    "match x:\n  case _: pass\n  case 1: pass",
    "match x:\n  case [a, a]: pass",
    "match x:\n  case [*a, *b]: pass",
    "match x:\n  case {1: a, 1: b}: pass",
    "match x:\n  case {'k': a, 'k': b}: pass",
    "match x:\n  case 1 | y: pass",
    "match x:\n  case (a | b): pass",
    "match x:\n  case C(x=1, x=2): pass",
    "match x:\n  case a if a: pass\n  case a | b: pass",
    "match x:\n  case f(): pass\n  case __debug__: pass",
]


def test_syntax_cases():
    """The `>>>` examples of CPython's own Lib/test/test_syntax.py doctests."""
    import os, sysconfig
    path = os.path.join(sysconfig.get_paths()["stdlib"], "test", "test_syntax.py")
    src = open(path, encoding="utf-8").read()
    doc = src[src.index('"""') + 3:]
    doc = doc[:doc.index('"""')]
    lines = doc.split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">>> "):
            code = [lines[i][4:]]
            i += 1
            while i < len(lines) and lines[i].startswith("..."):
                code.append(lines[i][4:])
                i += 1
            out.append("\n".join(code) + "\n")
        else:
            i += 1
    return out


def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


for src in CASES + test_syntax_cases():
    try:
        compile(src, "<test>", "exec", dont_inherit=True)
    except SyntaxError as e:
        print("\t".join([type(e).__name__, str(e.lineno or 0), str(e.offset or 0), str(e.end_lineno or 0),
                         str(e.end_offset or 0), esc(e.msg), esc(src)]))
    except Exception:
        pass
