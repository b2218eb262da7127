# print() with sep, end, file and flush.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="!\n")
print("multi", "args", sep="-", end=".\n")
print()
print("after empty print")
print("", end="")
print(sep="::")
print(1, 2.5, None, True, [1], {"k": 1}, (1,), sep=" | ")

# sep/end None mean defaults
print("p", "q", sep=None, end=None)

# non-string sep/end are errors
for kwargs in ({"sep": 5}, {"end": 0}, {"sep": b"-"}):
    try:
        print("a", "b", **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

# file argument
print("to stdout explicitly", file=sys.stdout)
print("to stderr (not compared)", file=sys.stderr)
print("file=None means stdout", file=None)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("hello", "world", sep="_", end="$", file=c)
print(c.parts)
print(42, file=c)
print(c.parts)

# file without write() fails
try:
    print("x", file=object())
except AttributeError as e:
    print(type(e).__name__, e)

# flush keyword accepted
print("flushed", flush=True)

# str() is called on each argument
class Custom:
    def __str__(self):
        return "<custom str>"
    def __repr__(self):
        return "<custom repr>"
print(Custom(), [Custom()])

# unknown keyword
try:
    print("x", color="red")
except TypeError as e:
    print(type(e).__name__, e)

# sys.stdout.write returns the count and doesn't add newline
n = sys.stdout.write("written\n")
print(n)

# printing with end and sep that contain newlines and tabs
print("col1", "col2", "col3", sep="\t")
print("line1", "line2", sep="\n", end="\n--\n")

# print of escape characters and unicode
print("tab\tsep", "quote\"s", 'single\'s', "backslash\\")
print("unicode: \u00e9 \u03c0 \u2603", "emoji-free")

# print returns None
r = print("print returns", end=" ")
print(r)

# very long lines and many arguments
print(*range(30))
print(*["ab"] * 10, sep="")

# building output with join vs print sep
words = ["join", "vs", "sep"]
print(" ".join(words))
print(*words)
