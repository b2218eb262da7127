# popitem is LIFO; fromkeys shares values; setdefault/pop sequences.

d = dict.fromkeys("abcdef", 0)
out = []
while d:
    out.append(d.popitem())
print(out)
d = {"x": 1, "y": 2}
d["z"] = 3
print(d.popitem())
d["w"] = 4
print(d.popitem(), d.popitem())
d["y"] = "re"
print(d, d.popitem())
d = {}
for i in range(5):
    d[i] = str(i)
    if i % 2:
        print("popitem", d.popitem())
print(d)
d = dict.fromkeys(range(4))
print(d, dict.fromkeys(range(4), "v"), dict.fromkeys("aab"))
print(dict.fromkeys({"s": 1, "t": 2}), dict.fromkeys((1, 1.0, True), "dup"))
lists = dict.fromkeys(["p", "q"], [])
lists["p"].append(1)
print(lists, lists["p"] is lists["q"])
fresh = {k: [] for k in ["p", "q"]}
fresh["p"].append(1)
print(fresh)
groups = {}
for word in "apple banana avocado cherry blueberry cranberry".split():
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c))[:3])
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(dict.fromkeys(x for x in "gen"), dict.fromkeys(iter([3, 2, 1]), None))
stack = {}
for i in range(3):
    stack[f"k{i}"] = i
key, val = stack.popitem()
print(key, val, stack)
s2 = {"only": 1}
print(s2.popitem(), s2)
try:
    s2.popitem()
except KeyError as e:
    print(type(e).__name__, e)
# popitem after updates of existing keys keeps original positions
p = {"a": 1, "b": 2, "c": 3}
p["a"] = 100
print(p.popitem(), p.popitem(), p)
q = dict(zip(range(5), "abcde"))
del q[4]
print(q.popitem(), q)
q[10] = "z"
print(q.popitem(), q.popitem(), q)
