# heapq: merge with key/reverse, nlargest/nsmallest with key, priority queue patterns, heapsort
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)), list(heapq.merge()), list(heapq.merge([], [1])))
data = [5, 1, 8, 3, 9, 2, 7, 4, 6, 0]
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(1, data), heapq.nsmallest(0, data), heapq.nlargest(20, data))
people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)]
print(heapq.nsmallest(2, people, key=lambda p: p[1]), heapq.nlargest(2, people, key=lambda p: p[1]))
def heapsort(it):
    h = []
    for v in it:
        heapq.heappush(h, v)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort(data), heapsort("heapsort"))
pq = []
for pri, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(pq, (pri, task))
out = []
while pq:
    out.append(heapq.heappop(pq))
print(out)
h = list(range(10, 0, -1))
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 100), sorted(h))
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Task({self.p},{self.n})"
th = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(th)
print(heapq.heappop(th), heapq.nsmallest(2, [Task(5, "x"), Task(4, "y"), Task(6, "z")]))
it = heapq.merge(iter([1, 3]), iter([2]))
print(next(it), list(it))
