# An uncaught ExceptionGroup: the traceback is drawn as a box; compare the last line.

def task(n):
    if n % 4 == 3:
        raise ValueError("task %d failed" % n)
    return n * 10

results = []
errors = []
for n in range(8):
    try:
        results.append(task(n))
        print("task", n, "ok")
    except ValueError as e:
        errors.append(e)
        print("task", n, "error:", e)
for i in range(11):
    print("line", i)
print(results)
raise ExceptionGroup("some tasks failed", errors)
