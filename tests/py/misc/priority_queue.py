# A binary-heap priority queue implemented from scratch, plus a task scheduler using it.

class PriorityQueue:
    def __init__(self, key=lambda x: x):
        self.heap = []
        self.key = key
        self.counter = 0   # tie-breaker for stable ordering

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return bool(self.heap)

    def push(self, item):
        entry = (self.key(item), self.counter, item)
        self.counter += 1
        self.heap.append(entry)
        self._sift_up(len(self.heap) - 1)

    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        last = self.heap.pop()
        if not self.heap:
            return last[2]
        top = self.heap[0]
        self.heap[0] = last
        self._sift_down(0)
        return top[2]

    def peek(self):
        if not self.heap:
            raise IndexError("peek at empty priority queue")
        return self.heap[0][2]

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i][:2] < self.heap[parent][:2]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self.heap[child][:2] < self.heap[smallest][:2]:
                    smallest = child
            if smallest == i:
                return
            self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
            i = smallest

    def is_valid(self):
        return all(self.heap[(i - 1) // 2][:2] <= self.heap[i][:2] for i in range(1, len(self.heap)))

# heap sort
pq = PriorityQueue()
data = [27, 3, 99, -4, 15, 3, 42, 0, 8, 15, 61, -20]
for v in data:
    pq.push(v)
    assert pq.is_valid()
print("peek:", pq.peek(), "size:", len(pq))
out = []
while pq:
    out.append(pq.pop())
print(out)
print(out == sorted(data))
try:
    pq.pop()
except IndexError as e:
    print(type(e).__name__, e)

# max-heap by negating the key
maxq = PriorityQueue(key=lambda s: -len(s))
for w in ["fig", "banana", "kiwi", "apple", "cherry", "date"]:
    maxq.push(w)
print([maxq.pop() for _ in range(len(maxq))])

# stable ordering for equal priorities
class Task:
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
    def __repr__(self):
        return "%s(p%d,%d)" % (self.name, self.priority, self.duration)

tasks = PriorityQueue(key=lambda t: t.priority)
for name, prio, dur in [("email", 3, 2), ("deploy", 1, 5), ("review", 2, 3), ("lunch", 3, 4),
                        ("hotfix", 1, 1), ("docs", 4, 2), ("standup", 2, 1)]:
    tasks.push(Task(name, prio, dur))

clock = 0
while tasks:
    t = tasks.pop()
    print("t=%2d run %-8s priority %d for %d" % (clock, t.name, t.priority, t.duration))
    clock += t.duration
    if t.name == "deploy":
        tasks.push(Task("verify", 1, 2))
print("finished at t=%d" % clock)

# k smallest elements with a bounded max-heap
def k_smallest(values, k):
    heap = PriorityQueue(key=lambda v: -v)
    for v in values:
        heap.push(v)
        if len(heap) > k:
            heap.pop()
    result = []
    while heap:
        result.append(heap.pop())
    return result[::-1]
print(k_smallest([9, 1, 8, 2, 7, 3, 6, 4, 5], 4))

# merging sorted lists
def merge_sorted(*lists):
    pq = PriorityQueue(key=lambda pair: pair[0])
    iters = [iter(l) for l in lists]
    for idx, it in enumerate(iters):
        first = next(it, None)
        if first is not None:
            pq.push((first, idx))
    merged = []
    while pq:
        value, idx = pq.pop()
        merged.append(value)
        nxt = next(iters[idx], None)
        if nxt is not None:
            pq.push((nxt, idx))
    return merged
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))

# interleaved pushes and pops keep the heap valid
pq2 = PriorityQueue()
seq = [50, 20, 70, 10, 60, 30, 80, 40]
popped = []
for i, v in enumerate(seq):
    pq2.push(v)
    if i % 3 == 2:
        popped.append(pq2.pop())
    print("after step %d: size %d, min %s, valid %s" % (i, len(pq2), pq2.peek(), pq2.is_valid()))
print("popped during run:", popped)
print("drained:", [pq2.pop() for _ in range(len(pq2))])
