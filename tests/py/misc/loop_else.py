# while/else and for/else.

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("  found", target, "at", i)
            break
    else:
        print("  not found:", target)
        return -1
    return i

print(find([3, 5, 7], 5))
print(find([3, 5, 7], 4))
print(find([], 1))

# else runs when the loop finishes normally, including zero iterations
for _ in []:
    pass
else:
    print("for-else on empty iterable")

n = 0
while n < 3:
    n += 1
else:
    print("while-else after", n, "iterations")

while False:
    pass
else:
    print("while-else with false condition")

# break skips else
n = 0
while True:
    n += 1
    if n == 5:
        break
else:
    print("never")
print("broke out at", n)

# continue does not skip else
for i in range(3):
    if i == 1:
        continue
else:
    print("for-else after continue, i =", i)

# primes with for-else
primes = []
for candidate in range(2, 40):
    for p in primes:
        if candidate % p == 0:
            break
    else:
        primes.append(candidate)
print(primes)

# while-else search with index
data = [4, 8, 15, 16, 23, 42]
i = 0
while i < len(data):
    if data[i] % 5 == 0:
        print("first multiple of 5:", data[i])
        break
    i += 1
else:
    print("no multiple of 5")

# return inside loop skips else
def first_negative(values):
    for v in values:
        if v < 0:
            return v
    else:
        return None
print(first_negative([1, -2, 3]), first_negative([1, 2]))

# exception inside loop skips else
try:
    for v in [1, 2, 0]:
        1 / v
    else:
        print("never")
except ZeroDivisionError:
    print("exception skipped the else clause")

# nested loops: inner break does not affect outer else
for outer in range(2):
    for inner in range(3):
        if inner == 1:
            break
    else:
        print("inner else (never)")
else:
    print("outer else runs, last outer =", outer)

# else with generator exhaustion
def gen():
    yield "a"
    yield "b"
for x in gen():
    print("gen item", x)
else:
    print("generator exhausted")

# break in else clause of an inner loop breaks the outer loop
for a in range(3):
    for b in range(3):
        pass
    else:
        if a == 1:
            print("breaking outer from inner else at a =", a)
            break
print("final a", a)

# while-else with a counter that never satisfies the condition
attempts = 0
while attempts < 3:
    attempts += 1
    if attempts == 10:
        break
else:
    print("gave up after", attempts, "attempts")
