# An LRU cache built on a dict plus a doubly linked list, and a memoizing decorator using it.

class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()   # most recent after head
        self.tail = _Node()   # least recent before tail
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return None
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            evicted = lru.key
        else:
            evicted = None
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)
        return evicted

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return "LRUCache(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self.keys())

cache = LRUCache(3)
for op in [("put", "a", 1), ("put", "b", 2), ("put", "c", 3), ("get", "a"), ("put", "d", 4),
           ("get", "b"), ("get", "c"), ("put", "a", 10), ("put", "e", 5), ("get", "d"), ("get", "a")]:
    if op[0] == "put":
        evicted = cache.put(op[1], op[2])
        print("put %s=%s evicted=%s  %r" % (op[1], op[2], evicted, cache))
    else:
        print("get %s -> %s  %r" % (op[1], cache.get(op[1]), cache))
print("hits", cache.hits, "misses", cache.misses, "evictions", cache.evictions, "len", len(cache))
print("'e' in cache:", "e" in cache, "'b' in cache:", "b" in cache)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

def lru_memo(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        _missing = object()
        def wrapper(*args):
            result = store.get(args, _missing)
            if result is _missing:
                result = fn(*args)
                store.put(args, result)
            return result
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@lru_memo(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.hits, fib.cache.misses)

calls = []
@lru_memo(2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1, 1, 4, 3]:
    slow_square(n)
print("computed:", calls)
print("final keys:", slow_square.cache.keys())

# the cache tracks recency per access pattern: simulate a page-reference string
def simulate(capacity, refs):
    c = LRUCache(capacity)
    faults = 0
    for r in refs:
        if c.get(r) is None:
            faults += 1
            c.put(r, True)
    return faults, c.keys()
refs = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for cap in range(1, 6):
    faults, final = simulate(cap, refs)
    print("capacity %d: %2d faults, final (most recent first) %s" % (cap, faults, final))
