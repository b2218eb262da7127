# Simulated locks and re-entrant resources managed with `with`.

class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False
        self.history = []
    def __enter__(self):
        if self.held:
            raise RuntimeError("deadlock: %s already held" % self.name)
        self.held = True
        self.history.append("acquire")
        return self
    def __exit__(self, *exc):
        self.held = False
        self.history.append("release")
        return False

class RLock(Lock):
    def __init__(self, name):
        super().__init__(name)
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        self.held = True
        self.history.append("acquire depth=%d" % self.depth)
        return self
    def __exit__(self, *exc):
        self.history.append("release depth=%d" % self.depth)
        self.depth -= 1
        self.held = self.depth > 0
        return False

lock = Lock("L")
with lock:
    print("held inside:", lock.held)
print("held after:", lock.held)
try:
    with lock:
        with lock:
            print("never")
except RuntimeError as e:
    print(type(e).__name__, e)
print("held after failure:", lock.held)
print(lock.history)

rl = RLock("R")
def recursive(n):
    with rl:
        if n > 0:
            recursive(n - 1)
        else:
            print("deepest: depth", rl.depth)
recursive(3)
print(rl.held, rl.depth)
for h in rl.history:
    print(" ", h)

# lock ordering: acquire two locks in a consistent order
a, b = Lock("a"), Lock("b")
def ordered(*locks):
    class Multi:
        def __enter__(self_inner):
            self_inner.taken = []
            for l in sorted(locks, key=lambda l: l.name):
                l.__enter__()
                self_inner.taken.append(l)
            return [l.name for l in self_inner.taken]
        def __exit__(self_inner, *exc):
            for l in reversed(self_inner.taken):
                l.__exit__(*exc)
            return False
    return Multi()
with ordered(b, a) as names:
    print("acquired in order", names, a.held, b.held)
print(a.held, b.held)

# a semaphore with limited slots
class Semaphore:
    def __init__(self, slots):
        self.free = slots
        self.peak_used = 0
        self.total = slots
    def __enter__(self):
        if self.free == 0:
            raise RuntimeError("no free slots")
        self.free -= 1
        self.peak_used = max(self.peak_used, self.total - self.free)
        return self.total - self.free
    def __exit__(self, *exc):
        self.free += 1
sem = Semaphore(2)
with sem as first:
    with sem as second:
        print("slots in use", first, second)
        try:
            with sem:
                pass
        except RuntimeError as e:
            print(type(e).__name__, e)
print("free", sem.free, "peak", sem.peak_used)

# with statement guarding shared state in a simulated multi-step job
shared = {"count": 0}
guard = Lock("guard")
def job(steps):
    for _ in range(steps):
        with guard:
            value = shared["count"]
            shared["count"] = value + 1
for steps in (3, 4, 5):
    job(steps)
print(shared, guard.history.count("acquire"), guard.history.count("release"))
