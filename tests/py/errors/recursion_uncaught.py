# Unbounded recursion ends with an uncaught RecursionError.

def countdown(n):
    return countdown(n - 1) + 1

def bounded(n):
    return 0 if n == 0 else bounded(n - 1) + 1

for depth in (10, 100, 200, 300, 400, 500):
    print("bounded recursion to", depth, "->", bounded(depth))

for i in range(15):
    print("line", i)
print("starting unbounded recursion")
countdown(0)
