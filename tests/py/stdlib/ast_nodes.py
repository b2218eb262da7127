# ast node classes without the parser: the class table (bases, _fields, _attributes,
# __match_args__, None defaults of optional fields, docstrings), construction rules,
# isinstance hierarchy, ast.dump/unparse/fix_missing_locations/copy_location of hand-built
# trees, NodeVisitor/NodeTransformer, walk, iter_fields, pickling and copying.
import ast
import _ast
import copy
import pickle

classes = sorted((n for n in dir(_ast) if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST)), key=str.lower)
print(len(classes))
for n in classes:
    c = getattr(_ast, n)
    nones = sorted(k for k, v in vars(c).items() if v is None and k != "__doc__")
    own = sorted(k for k in ("_fields", "__match_args__", "_attributes") if k in vars(c))
    print(n, [b.__name__ for b in c.__mro__[1:]], c._fields, c._attributes, c.__match_args__ == c._fields, nones, own, c.__module__)
    print("   ", repr(c.__doc__))
print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_ONLY_AST)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__module__, ast.AST.__name__, ast.Name.__qualname__)

# Construction.
n = ast.Name("x", ast.Load())
print(n.id, type(n.ctx).__name__, n._fields, ast.dump(n))
n2 = ast.Name(id="y", ctx=ast.Store(), lineno=3, col_offset=4)
print(ast.dump(n2), ast.dump(n2, include_attributes=True), n2.lineno, n2.end_lineno)
print(ast.dump(ast.Name()), hasattr(ast.Name(), "id"))
try:
    ast.Name("a", ast.Load(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Return(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    ast.Name("a", id="b")
except TypeError as e:
    print("TypeError:", e)
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2), extra="yes")
print(ast.dump(b), b.extra)
print(ast.Constant(5).kind, ast.Constant(5).value, ast.FunctionDef().returns, ast.arg().annotation, ast.keyword().arg)
print(ast.AST().__dict__, type(ast.AST()).__name__)
try:
    ast.AST(1)
except TypeError as e:
    print("TypeError:", e)
x = ast.AST(foo=1)
print(x.foo)
print(ast.Load() is ast.Load(), ast.Load() == ast.Load(), type(ast.Load()) is ast.Load)
print(ast.Constant.__init__ is ast.AST.__init__)

# isinstance hierarchy.
for node in [ast.Module([], []), ast.Expr(ast.Constant(1)), ast.Name("a", ast.Load()), ast.Add(), ast.And(), ast.USub(), ast.Eq(),
             ast.Load(), ast.arguments(), ast.arg("a"), ast.keyword("k", ast.Constant(1)), ast.alias("os"), ast.withitem(ast.Name("f", ast.Load())),
             ast.comprehension(), ast.ExceptHandler(), ast.match_case(), ast.MatchAs(), ast.TypeIgnore(1, "")]:
    print(type(node).__name__, [k.__name__ for k in (ast.mod, ast.stmt, ast.expr, ast.operator, ast.boolop, ast.unaryop, ast.cmpop, ast.expr_context, ast.excepthandler, ast.pattern, ast.type_ignore) if isinstance(node, k)], isinstance(node, ast.AST))
print(issubclass(ast.Num, ast.Constant), isinstance(ast.Constant(1), ast.Num), isinstance(ast.Constant("s"), ast.Str), isinstance(ast.Constant("s"), ast.Num))

# A hand-built module: dump, unparse, compile-free helpers.
tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="add",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b", ast.Name("int", ast.Load()))], kwonlyargs=[], kw_defaults=[], defaults=[ast.Constant(0)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Add(), ast.Name("b", ast.Load())))],
            decorator_list=[],
        ),
        ast.Assign(targets=[ast.Name("r", ast.Store())], value=ast.Call(ast.Name("add", ast.Load()), [ast.Constant(1)], [ast.keyword("b", ast.Constant(2))])),
        ast.If(ast.Compare(ast.Name("r", ast.Load()), [ast.Gt(), ast.LtE()], [ast.Constant(2), ast.Constant(10)]), [ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.JoinedStr([ast.Constant("r="), ast.FormattedValue(ast.Name("r", ast.Load()), -1)])], []))], []),
        ast.For(ast.Tuple([ast.Name("i", ast.Store()), ast.Name("j", ast.Store())], ast.Store()), ast.Call(ast.Name("enumerate", ast.Load()), [ast.List([ast.Constant("a"), ast.Constant(None)], ast.Load())], []), [ast.Pass()], [ast.Break()]),
        ast.ClassDef("C", [ast.Name("object", ast.Load())], [], [ast.AnnAssign(ast.Name("x", ast.Store()), ast.Name("int", ast.Load()), ast.Constant(1), 1)], [ast.Name("dataclass", ast.Load())]),
        ast.Import([ast.alias("os.path", "osp")]),
        ast.ImportFrom("collections", [ast.alias("deque")], 0),
        ast.Try([ast.Raise(ast.Call(ast.Name("ValueError", ast.Load()), [], []))], [ast.ExceptHandler(ast.Name("ValueError", ast.Load()), "e", [ast.Pass()])], [], [ast.Delete([ast.Name("r", ast.Del())])]),
        ast.With([ast.withitem(ast.Call(ast.Name("open", ast.Load()), [ast.Constant("f")], []), ast.Name("fh", ast.Store()))], [ast.Expr(ast.Await(ast.Name("x", ast.Load())))]),
        ast.Expr(ast.Lambda(ast.arguments([], [ast.arg("q")], None, [], [], None, []), ast.IfExp(ast.Name("q", ast.Load()), ast.UnaryOp(ast.Not(), ast.Name("q", ast.Load())), ast.BoolOp(ast.Or(), [ast.Constant(1), ast.Constant(2)])))),
        ast.Expr(ast.ListComp(ast.Subscript(ast.Name("d", ast.Load()), ast.Slice(ast.Constant(1), None, ast.Constant(2)), ast.Load()), [ast.comprehension(ast.Name("d", ast.Store()), ast.Name("ds", ast.Load()), [ast.Name("d", ast.Load())], 0)])),
        ast.Expr(ast.Dict([ast.Constant("k"), None], [ast.Constant(1.5), ast.Name("other", ast.Load())])),
        ast.Expr(ast.Set([ast.Starred(ast.Name("s", ast.Load()), ast.Load())])),
        ast.Global(["g"]), ast.Nonlocal(["n"]), ast.Assert(ast.Constant(True), ast.Constant("msg")),
        ast.AugAssign(ast.Attribute(ast.Name("self", ast.Load()), "n", ast.Store()), ast.FloorDiv(), ast.Constant(3)),
        ast.While(ast.NamedExpr(ast.Name("m", ast.Store()), ast.Yield(None)), [ast.Continue()], []),
        ast.Match(ast.Name("p", ast.Load()), [
            ast.match_case(ast.MatchClass(ast.Name("Point", ast.Load()), [ast.MatchAs(None, "x")], ["y"], [ast.MatchValue(ast.Constant(0))]), ast.Compare(ast.Name("x", ast.Load()), [ast.Gt()], [ast.Constant(0)]), [ast.Pass()]),
            ast.match_case(ast.MatchOr([ast.MatchSequence([ast.MatchStar("rest")]), ast.MatchMapping([ast.Constant("k")], [ast.MatchSingleton(None)], "kw")]), None, [ast.Pass()]),
            ast.match_case(ast.MatchAs(), None, [ast.Pass()]),
        ]),
    ],
    type_ignores=[],
)
print(ast.dump(tree))
print(ast.dump(tree.body[0], indent=2))
print(ast.dump(tree.body[1], annotate_fields=False))
fixed = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
print(fixed is tree, tree.body[0].lineno, tree.body[0].col_offset, tree.body[3].target.elts[0].lineno, tree.body[0].end_lineno)
print(ast.dump(tree.body[0].body[0], include_attributes=True))
ast.increment_lineno(tree, 5)
print(tree.body[0].lineno, tree.body[2].test.lineno)
new = ast.copy_location(ast.Pass(), ast.Pass(lineno=7, col_offset=2, end_lineno=7, end_col_offset=6))
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
print(ast.get_docstring(ast.Module([ast.Expr(ast.Constant("  Doc\n    more\n")), ast.Pass()], [])))
print(ast.get_docstring(ast.FunctionDef("f", ast.arguments(), [ast.Pass()], [])))

print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.Name("z", ast.Load()))])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[1])])


class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
    def visit_Constant(self, node):
        self.names.append(repr(node.value))

cv = Counter()
cv.visit(tree)
print(cv.names)


class Renamer(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "r":
            return ast.copy_location(ast.Name("result", node.ctx), node)
        return node
    def visit_Pass(self, node):
        return None
    def visit_Constant(self, node):
        if node.value == 2:
            return ast.Constant(20)
        return node

t2 = Renamer().visit(copy.deepcopy(tree))
print(ast.unparse(t2))
print(ast.unparse(tree) != ast.unparse(t2))

# Pickle and copy.
c = ast.BinOp(ast.Constant(1), ast.Mult(), ast.Name("x", ast.Load()), lineno=1)
for other in (copy.copy(c), copy.deepcopy(c), pickle.loads(pickle.dumps(c))):
    print(ast.dump(other, include_attributes=True), other is not c, type(other.op).__name__)
print(c.__reduce__()[0].__name__, c.__reduce__()[1], sorted(c.__reduce__()[2]))
print(ast.Load().__reduce__())


class MyNode(ast.AST):
    _fields = ("left", "right")

m = MyNode(1, right=2)
print(m.left, m.right, ast.dump(m), isinstance(m, ast.AST))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class MyExpr(ast.expr):
    _fields = ("v",)

print(ast.dump(MyExpr(v=ast.Constant(1))), MyExpr._attributes, MyExpr().end_lineno)
match ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)):
    case ast.BinOp(ast.Constant(a), ast.Add(), right=ast.Constant(value=b)):
        print("matched", a, b)
print(ast.literal_eval.__name__, ast.Constant(...).value, ast.Constant(b"x").value)
print(ast.unparse(ast.Constant(1e400)), ast.unparse(ast.Constant(-0.0)), ast.unparse(ast.Constant(1j)), ast.unparse(ast.Constant("a'b\"c")))
