# Iterating strings and using them with builtins that consume iterables.

s = "héllo😀"
for ch in s:
    print(repr(ch), ord(ch))
for i, ch in enumerate("abc", 1):
    print(i, ch)
print(list("abc"), tuple("ab"), sorted("banana"), sorted(set("banana")), "".join(reversed("stressed")))
print(list(zip("abc", "12")), dict(zip("ab", "xy")), list(map(str.upper, "ab")), list(filter(str.isdigit, "a1b2")))
print(min("hello"), max("hello"), len("hello"), "hello".count("l"), any(c.isupper() for c in "abC"))
print(all(c.isalpha() for c in "abc"), all(c.isalpha() for c in ""), sum(ord(c) for c in "AB"))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.args))
it = iter("abc")
print(type(it).__name__, list(it), list(it))
r = reversed("abc")
print(type(r).__name__, list(r))
a, b, c = "xyz"
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = "hi"
print(init, last)
try:
    a, b = "abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = "abc"
except ValueError as e:
    print(type(e).__name__, e)
print([c * 2 for c in "abc"], {c: ord(c) for c in "ab"}, sorted({c for c in "mississippi"}))
print("-".join("abc"), list(enumerate("ab")), "abc".__iter__().__next__(), "abc".__len__(), "abc".__contains__("b"))
print("abc".__getitem__(1), "abc".__getitem__(slice(None, None, -1)), "abc".__add__("d"), "abc".__mul__(2))
print("abc".__rmul__(2), "abc".__mod__(()), "%s".__mod__("x"), "abc".__eq__("abc"), "abc".__lt__(1))
print("abc".__ne__("x"), "b".__gt__("a"), "b".__le__("b"), "b".__ge__("c"), "".__len__())
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(max(words, key=len), min(words, key=len), [w for w in words if "o" in w])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
