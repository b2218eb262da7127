# Mixed stdout and stderr with exit status 0: only stdout is compared.
import sys

for i in range(25):
    if i % 3 == 0:
        print("warning: multiple of three:", i, file=sys.stderr)
    print("value", i, "squared", i * i)
    if i % 5 == 0:
        sys.stderr.write("progress %d%%\n" % (i * 4))
sys.stdout.write("written with sys.stdout.write\n")
print("done", file=sys.stdout)
print("all done (stderr)", file=sys.stderr)
