# print(): sep, end, file, flush, and argument conversion.
import sys

print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep=None)
print("no newline", end="")
print(" <- continued")
print("x", end=None)
print("multi", "end", end="!\n")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), b"b", sep=" | ")
print(*range(5))
print(*range(5), sep="-", end=".\n")
print(*[])
print("", "")
print("to stdout", file=sys.stdout)
print("to stderr (not in .out)", file=sys.stderr)
print("flushed", flush=True)
print("none file", file=None)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
s = Sink()
print("captured", 1, 2, file=s)
print("x", sep="", end="", file=s, flush=True)
print(s.parts)
class StrObj:
    def __str__(self):
        return "StrObj.__str__"
print(StrObj(), [StrObj()][0])
for label, kwargs in [("sep=1", {"sep": 1}), ("end=2", {"end": 2}), ("file=5", {"file": 5}), ("bogus=1", {"bogus": 1})]:
    try:
        print("x", **kwargs)
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        raise RuntimeError("str failed")
try:
    print("before", BadStr())
except RuntimeError as e:
    print(type(e).__name__, e)
print("tab\tsep", "new\nline", sep="\t")
print("unicode: é 😀 日本")
r = print("return value")
print(r)
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me\n")
print(n)
print("a", "b", sep="\n")
print("end with sep-like", end=" ")
print()
