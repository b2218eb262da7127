# SystemExit with a string: it is printed to stderr and the exit status is 1.
import sys

print("about to exit with a message")
for i in range(20):
    print(i * i)
sys.exit("fatal: something went wrong")
