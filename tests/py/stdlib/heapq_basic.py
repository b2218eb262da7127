# heapq: push/pop/replace/pushpop/heapify, max-heap helpers, nlargest/nsmallest/merge
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)
data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
print(heapq.nsmallest(3, [5, 1, 4, 2, 3]), heapq.nlargest(3, [5, 1, 4, 2, 3]))
print(heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(heapq.nlargest(10, range(5)), heapq.nsmallest(0, [1]), heapq.nsmallest(1, [3, 2]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m); print(m)
print(heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
for f, a in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, (1, 2)),
             (heapq.heapify, ((1, 2),)), (heapq.heappop, ()), (heapq.heappush, ([],))]:
    try:
        f(*a)
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Evil:
    def __lt__(self, other):
        evil_heap.clear()
        return True
evil_heap = [Evil(), Evil(), Evil()]
try:
    heapq.heappush(evil_heap, Evil())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    heapq.heappush([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)


vals = [(i * 7919) % 1009 for i in range(500)]
hh = []
for v in vals:
    heapq.heappush(hh, v)
print([heapq.heappop(hh) for _ in range(len(hh))] == sorted(vals))
hv = list(vals); heapq.heapify(hv)
print(all(hv[i] <= hv[c] for i in range(len(hv)) for c in (2 * i + 1, 2 * i + 2) if c < len(hv)))
