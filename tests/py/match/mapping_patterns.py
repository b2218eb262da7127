# Mapping patterns.

def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return "click at (%d, %d)" % (x, y)
        case {"type": "key", "key": "q" | "Q"}:
            return "quit key"
        case {"type": "key", "key": k}:
            return "key " + k
        case {"type": t, **rest} if rest:
            return "unknown %s with %s" % (t, sorted(rest))
        case {"type": t}:
            return "bare " + t
        case {}:
            return "mapping without type"
        case _:
            return "not a mapping"

events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 1, "y": 2, "button": "left"},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "a"},
    {"type": "scroll", "dy": 3, "dx": 0},
    {"type": "focus"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(handle(e))

# extra keys are ignored unless **rest is used
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1}:
        print("partial match ok")

# **rest collects remaining keys into a new dict
match {"a": 1, "b": 2, "c": 3}:
    case {"a": _, **others}:
        print(others, type(others).__name__)

# **rest is empty dict when nothing remains
match {"only": 1}:
    case {"only": v, **others}:
        print(v, others)

# keys can be literals or value patterns
class K:
    NAME = "name"
match {"name": "x", 1: "one", None: "none", True: "t"}:
    case {K.NAME: n, 1: o, None: z}:
        print(n, o, z)

# True and 1 are the same key
match {1: "int one"}:
    case {True: v}:
        print("True key found", v)

# nested mappings and sequences
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": True}
match config:
    case {"server": {"host": str(host), "ports": [first, *others]}, "debug": bool(dbg)}:
        print(host, first, others, dbg)

# mapping patterns use .get-like lookup via __getitem__/keys? they use the mapping's get()
class LoudDict(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)
    def __getitem__(self, key):
        print("  __getitem__", repr(key))
        return super().__getitem__(key)
match LoudDict(a=1, b=2):
    case {"a": 1, "b": 2}:
        print("LoudDict matched")

# defaultdict-like __missing__ is not triggered by mapping patterns
class Auto(dict):
    def __missing__(self, key):
        print("  __missing__ called for", key)
        return "auto"
match Auto(x=1):
    case {"y": v}:
        print("wrong: matched missing key", v)
    case {"x": v}:
        print("only existing keys match; x =", v)

# duplicate keys are an error
try:
    compile("match m:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# **_ is not allowed
try:
    compile("match m:\n    case {'a': 1, **_}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# non-mapping objects with keys()/__getitem__ are not mappings for match
class FakeMapping:
    def keys(self):
        return ["a"]
    def __getitem__(self, k):
        return 1
match FakeMapping():
    case {"a": 1}:
        print("wrong")
    case _:
        print("FakeMapping is not a Mapping")

# dict views/items are not mappings
match {"a": 1}.items():
    case {"a": 1}:
        print("wrong")
    case _:
        print("items view is not a mapping")

# JSON-like dispatch
def render(node):
    match node:
        case {"tag": "text", "value": str(v)}:
            return v
        case {"tag": "b", "children": [*kids]}:
            return "**" + "".join(render(k) for k in kids) + "**"
        case {"tag": tag, "children": [*kids]}:
            return "<%s>%s</%s>" % (tag, "".join(render(k) for k in kids), tag)
        case _:
            return "?"
doc = {"tag": "p", "children": [
    {"tag": "text", "value": "Hello "},
    {"tag": "b", "children": [{"tag": "text", "value": "world"}]},
    {"tag": "text", "value": "!"},
    {"bogus": 1},
]}
print(render(doc))
