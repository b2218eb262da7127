# A hand-written tokenizer for a small expression language.

KEYWORDS = {"let", "if", "then", "else", "fn", "true", "false"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "=", "!", "(", ")", ",", ";"]

class Token:
    __slots__ = ("kind", "text", "line", "col")
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col
    def __repr__(self):
        return "%s(%r)@%d:%d" % (self.kind, self.text, self.line, self.col)

class LexError(Exception):
    pass

def tokenize(src):
    tokens = []
    i, line, col = 0, 1, 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            i += 1
            line += 1
            col = 1
            continue
        if ch in " \t\r":
            i += 1
            col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "_"):
                j += 1
            if j < n and src[j] == "." and j + 1 < n and src[j + 1].isdigit():
                j += 1
                while j < n and src[j].isdigit():
                    j += 1
                kind = "FLOAT"
            else:
                kind = "INT"
            text = src[i:j]
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            kind = "KEYWORD" if text in KEYWORDS else "NAME"
        elif ch == '"':
            j = i + 1
            buf = []
            while True:
                if j >= n or src[j] == "\n":
                    raise LexError("unterminated string at %d:%d" % (line, start_col))
                c = src[j]
                if c == "\\":
                    esc = src[j + 1] if j + 1 < n else ""
                    buf.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(esc, "\\" + esc))
                    j += 2
                    continue
                if c == '"':
                    j += 1
                    break
                buf.append(c)
                j += 1
            tokens.append(Token("STRING", "".join(buf), line, start_col))
            col += j - i
            i = j
            continue
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    text = op
                    kind = "OP"
                    j = i + len(op)
                    break
            else:
                raise LexError("unexpected character %r at %d:%d" % (ch, line, start_col))
        tokens.append(Token(kind, text, line, start_col))
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens

source = '''let x = 10;   # a comment
let name = "hi\\tthere\\n";
fn add(a, b) -> a + b;
if x >= 3_000 && !false then add(x, 2.5) else x % 3;
y != 4 || z == "quote\\"d"
'''
for tok in tokenize(source):
    print(tok)

counts = {}
for tok in tokenize(source):
    counts[tok.kind] = counts.get(tok.kind, 0) + 1
print(sorted(counts.items()))

for bad in ('let s = "open', "a = 3 $ 4", 'x\n  @'):
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)

# round-trip: join token texts
print(" ".join(t.text for t in tokenize("a+b*(c-1)>=d") if t.kind != "EOF"))
