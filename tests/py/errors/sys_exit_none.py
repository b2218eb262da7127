# sys.exit(None) exits with status 0; finally blocks still run.
import sys

def work():
    try:
        for i in range(20):
            print("working", i)
        print("done, exiting early with sys.exit(None)")
        sys.exit(None)
    finally:
        print("finally block runs during SystemExit")

work()
print("never reached")
