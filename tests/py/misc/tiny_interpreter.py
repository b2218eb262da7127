# A tiny stack-based language interpreter with words, conditionals and loops.

class InterpError(Exception):
    pass

class Interpreter:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.output = []
        self.builtins = {
            "+": lambda a, b: a + b, "-": lambda a, b: a - b,
            "*": lambda a, b: a * b, "/": self._div, "mod": lambda a, b: a % b,
            "=": lambda a, b: int(a == b), "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
        }

    @staticmethod
    def _div(a, b):
        if b == 0:
            raise InterpError("division by zero")
        return a // b

    def pop(self):
        if not self.stack:
            raise InterpError("stack underflow")
        return self.stack.pop()

    def run(self, text):
        self.execute(text.split())

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = tokens[i + 2:end]
                i = end + 1
                continue
            if tok == "if":
                depth, j = 1, i + 1
                else_at = None
                while depth:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        depth -= 1
                    elif tokens[j] == "else" and depth == 1:
                        else_at = j
                    j += 1
                then_at = j - 1
                cond = self.pop()
                if cond:
                    self.execute(tokens[i + 1:else_at if else_at is not None else then_at])
                elif else_at is not None:
                    self.execute(tokens[else_at + 1:then_at])
                i = then_at + 1
                continue
            if tok == "times":
                body_end = tokens.index("loop", i)
                count = self.pop()
                for _ in range(count):
                    self.execute(tokens[i + 1:body_end])
                i = body_end + 1
                continue
            self.word(tok)
            i += 1

    def word(self, tok):
        if tok in self.builtins:
            b = self.pop()
            a = self.pop()
            self.stack.append(self.builtins[tok](a, b))
        elif tok == "dup":
            v = self.pop()
            self.stack += [v, v]
        elif tok == "drop":
            self.pop()
        elif tok == "swap":
            b, a = self.pop(), self.pop()
            self.stack += [b, a]
        elif tok == "over":
            b, a = self.pop(), self.pop()
            self.stack += [a, b, a]
        elif tok == ".":
            self.output.append(str(self.pop()))
        elif tok == "cr":
            print(" ".join(self.output))
            self.output = []
        elif tok in self.words:
            self.execute(self.words[tok])
        else:
            try:
                self.stack.append(int(tok))
            except ValueError:
                raise InterpError("unknown word %r" % tok) from None

programs = [
    "2 3 + . cr",
    "10 4 - 3 * . cr",
    ": square dup * ; 7 square . 12 square . cr",
    ": abs dup 0 < if 0 swap - then ; -5 abs . 5 abs . cr",
    ": sign dup 0 > if drop 1 else 0 < if -1 else 0 then then ; 9 sign . -9 sign . 0 sign . cr",
    "1 5 times dup . 2 * loop drop cr",
    ": fact 1 swap times over * swap 1 - swap loop swap drop ; 5 5 fact . cr",
    "17 5 mod . 17 5 / . cr",
    ": fib 0 1 rot ; 1 2 3 swap . . . cr",
    "1 0 / . cr",
    "+",
    "1 2 bogus",
]
for src in programs:
    interp = Interpreter()
    print(">>", src)
    try:
        interp.run(src)
        if interp.stack:
            print("   stack:", interp.stack)
    except InterpError as e:
        print("   error:", e, "| stack:", interp.stack)
