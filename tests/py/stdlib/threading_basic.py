# threading: the single-thread view (current/main thread, locks, events, conditions, locals).
import threading
import _thread

t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.daemon, t.is_alive(), t.ident == threading.get_ident())
print(threading.active_count(), len(threading.enumerate()), threading.enumerate()[0] is t)
print(threading.get_ident() == _thread.get_ident(), type(threading.get_native_id()).__name__)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)

lock = threading.Lock()
with lock:
    print("locked", lock.locked(), lock.acquire(False))
print("released", lock.locked())
rl = threading.RLock()
with rl:
    with rl:
        print("rlock depth", rl._recursion_count())
print(rl._recursion_count())

ev = threading.Event()
print(ev.is_set(), ev.wait(0.001), ev.wait(timeout=0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(5))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
with cond:
    print(cond.wait(0.001), cond.wait_for(lambda: True), cond.wait_for(lambda: False, timeout=0.001))
    cond.notify()
    cond.notify_all()
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.001))
sem.release()
print(sem.acquire(False))
bsem = threading.BoundedSemaphore(1)
bsem.acquire()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)

data = threading.local()
data.x = 1
print(data.x, hasattr(data, "y"))

class Counter(threading.local):
    def __init__(self, start):
        self.n = start

cnt = Counter(10)
cnt.n += 5
print(cnt.n)

worker = threading.Thread(target=print, args=("never",), name="worker")
print(worker.name, worker.is_alive(), worker.daemon, worker.ident)

timer = threading.Timer(1.0, print)
print(type(timer).__name__, timer.interval)
barrier = threading.Barrier(1)
print(barrier.parties, barrier.n_waiting, barrier.wait())
print(threading.excepthook is not None, threading.settrace(None), threading.gettrace())
