# Text statistics: word frequencies, n-grams, line/paragraph metrics, simple formatting.

TEXT = """The lighthouse keeper counted the gulls every morning before the kettle boiled.
On calm days there were forty or fifty of them, lined up along the rail like
patient clerks waiting for a ledger to open; on stormy days there were none at all.

He kept the numbers in a green notebook with a cracked spine. The notebook was
older than the lamp, older than the new radio, and nearly as old as the keeper
himself. Nobody had asked him to count the gulls. It was simply a habit, and
habits, he liked to say, are the only clocks that never need winding.

In the winter the supply boat came twice a month. The pilot, a cheerful woman
named Odile, always asked about the gulls, and he always told her the exact figure.
She wrote it on the back of her hand, and by spring her knuckles were a calendar.
"""

def words(text):
    out = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or (ch in "-'" and current):
            current.append(ch)
        else:
            if current:
                out.append("".join(current).strip("-'"))
                current = []
    if current:
        out.append("".join(current))
    return [w for w in out if w]

ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
for w, c in top:
    print("%-8s %2d %s" % (w, c, "*" * c))

lengths = {}
for w in ws:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
print("length histogram:", sorted(lengths.items()))
print("average word length: %.3f" % (sum(map(len, ws)) / len(ws)))
longest = max(ws, key=lambda w: (len(w), w))
print("longest word:", longest)

lines = TEXT.splitlines()
print("lines:", len(lines), "non-empty:", sum(1 for l in lines if l.strip()))
paragraphs = [p for p in TEXT.split("\n\n") if p.strip()]
print("paragraphs:", len(paragraphs), [len(words(p)) for p in paragraphs])
sentences = [s for s in TEXT.replace("\n", " ").replace("!", ".").replace("?", ".").split(".") if s.strip()]
print("sentences:", len(sentences))
print("longest sentence words:", max(len(words(s)) for s in sentences))

bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("repeated bigrams:", sorted(k for k, v in bigrams.items() if v > 1))

letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("top letters:", "".join(k for k, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
print("missing letters:", "".join(c for c in "abcdefghijklmnopqrstuvwxyz" if c not in letters))

def wrap(text, width):
    out, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = w if not line else line + " " + w
    if line:
        out.append(line)
    return out
for l in wrap(paragraphs[1], 40):
    print("|" + l.ljust(40) + "|")
for l in wrap(paragraphs[2], 30):
    print("|" + l.center(30) + "|")

capitalized = sorted({w for w in TEXT.replace("\n", " ").split() if w[:1].isupper()})
print([w.strip('.,:"') for w in capitalized])
