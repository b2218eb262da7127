# Exception propagates through several finally blocks, which all run first.

def level(n):
    try:
        print("enter level", n)
        if n == 0:
            raise LookupError("nothing found at the bottom")
        level(n - 1)
    finally:
        print("finally at level", n)

for i in range(10):
    print("setup", i)
level(6)
print("never printed")
