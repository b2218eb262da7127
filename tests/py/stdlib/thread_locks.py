# _thread: locks, RLock, identifiers, thread-local objects (single-threaded use).
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, type(lock) is _thread.LockType, lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(blocking=False))
print(lock.acquire(True, 0.01), lock.acquire(timeout=0))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
for args, kw in [((False, 1), {}), ((True, -5), {}), ((), {"timeout": -2})]:
    try:
        lock.acquire(*args, **kw)
    except ValueError as e:
        print("ValueError:", e)
print(lock.acquire_lock(), lock.locked_lock(), lock.release_lock(), lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at 0x"))
lock.acquire()
print(repr(lock).startswith("<locked _thread.lock object at 0x"))
lock.release()

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
print(repr(r).split(" object ")[0], repr(r).split(" at ")[0].split("count=")[1])
r.release()
print(r._recursion_count(), r._is_owned())
r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested", r._recursion_count())
state = (r.acquire(), r.acquire(), r._release_save())[2]
print(state[0], r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()

class MyRLock(_thread.RLock):
    pass

m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned())

ident = _thread.get_ident()
print(type(ident).__name__, ident == _thread.get_ident(), ident > 0)
print(type(_thread.get_native_id()).__name__, _thread.TIMEOUT_MAX > 1e6, _thread.error is RuntimeError)
print(_thread._count(), _thread.stack_size())

local = _thread._local()
local.value = 42
local.items = [1, 2]
print(local.value, local.items, sorted(vars(local)))
try:
    local.missing
except AttributeError as e:
    print("AttributeError")

class Config(_thread._local):
    def __init__(self, name):
        self.name = name
        self.count = 0

c = Config("cfg")
c.count += 1
print(c.name, c.count, isinstance(c, _thread._local))

# Sentinel and at-fork helpers exist.
s = _thread._set_sentinel()
print(type(s).__name__, s.locked())
s.acquire()
s._at_fork_reinit()
print(s.locked())
