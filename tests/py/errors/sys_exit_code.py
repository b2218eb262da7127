# sys.exit(3): exit status 3, nothing on stderr.
import sys

def step(i):
    print("step %d of 25" % i)

for i in range(1, 26):
    step(i)
    if i == 22:
        print("giving up with status 3")
        sys.exit(3)
print("never reached")
