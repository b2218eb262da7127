# Iterators implemented as classes, compared with generator equivalents.

class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
cd = Countdown(3)
print(next(cd), next(cd))
for v in cd:
    print("remaining", v)
print(list(cd))

def countdown_gen(start):
    while start > 0:
        yield start
        start -= 1
print(list(countdown_gen(5)) == list(Countdown(5)))

# iterable container with a separate iterator class
class Deck:
    suits = "SHDC"
    ranks = ["A", "K", "Q"]
    def __iter__(self):
        return DeckIterator(self)
    def __len__(self):
        return len(self.suits) * len(self.ranks)

class DeckIterator:
    def __init__(self, deck):
        self.deck = deck
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.deck):
            raise StopIteration
        s, r = divmod(self.i, len(self.deck.ranks))
        self.i += 1
        return self.deck.ranks[r] + self.deck.suits[s]

deck = Deck()
print(list(deck))
print(len(list(deck)), len(deck))
it1, it2 = iter(deck), iter(deck)
print(next(it1), next(it1), next(it2))

# __iter__ implemented as a generator method
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), sum(t), 5 in t, max(t))

# iterator with peek and lookahead
class Peekable:
    _EMPTY = object()
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = self._EMPTY
    def __iter__(self):
        return self
    def __next__(self):
        if self.buffer is not self._EMPTY:
            v, self.buffer = self.buffer, self._EMPTY
            return v
        return next(self.it)
    def peek(self, default=None):
        if self.buffer is self._EMPTY:
            try:
                self.buffer = next(self.it)
            except StopIteration:
                return default
        return self.buffer
p = Peekable("abc")
print(p.peek(), p.peek(), next(p), p.peek(), list(p), p.peek("END"))

# iterator that groups consecutive equal items
class GroupBy:
    def __init__(self, iterable):
        self.p = Peekable(iterable)
    def __iter__(self):
        return self
    def __next__(self):
        first = next(self.p)
        group = [first]
        while self.p.peek(object()) == first:
            group.append(next(self.p))
        return (first, len(group))
print(list(GroupBy("aaabccddddx")))

# range-like class with __len__, __getitem__, __reversed__, __contains__
class MyRange:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("MyRange index out of range")
        return self.start + i * self.step
    def __iter__(self):
        v = self.start
        while (v < self.stop) if self.step > 0 else (v > self.stop):
            yield v
            v += self.step
    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]
    def __contains__(self, v):
        return any(v == x for x in self)
for args in ((0, 10), (0, 10, 3), (10, 0, -2), (5, 5), (0, -3)):
    r = MyRange(*args)
    print(args, list(r), len(r), list(reversed(r)), list(range(*args)) == list(r))
r = MyRange(0, 10, 3)
print(r[0], r[-1], 6 in r, 7 in r)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)

# iterator protocol with sentinel-based reader
class LineReader:
    def __init__(self, text):
        self.lines = text.split("\n")
        self.pos = 0
    def readline(self):
        if self.pos >= len(self.lines):
            return ""
        line = self.lines[self.pos] + "\n"
        self.pos += 1
        return line
reader = LineReader("alpha\nbeta\ngamma")
for line in iter(reader.readline, ""):
    print("line:", line.rstrip())

# exhausted class iterator stays exhausted unless designed otherwise
class Resettable:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        self.i = 0
        return self
    def __next__(self):
        if self.i >= len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]
rs = Resettable([1, 2])
print(list(rs), list(rs))
