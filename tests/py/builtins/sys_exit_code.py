# SystemExit with an integer code: output so far is kept, exit status is the code, stderr is empty.
import sys

for i in range(20):
    print("working", i)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
try:
    raise SystemExit("message code")
except SystemExit as e:
    print("caught", repr(e.code), repr(str(e)))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", repr(e.code))
try:
    exit_in_finally = []
    try:
        sys.exit(5)
    finally:
        exit_in_finally.append("finally ran")
except SystemExit as e:
    print(exit_in_finally, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.exit(9)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException handler got", type(e).__name__, e.code)
sys.stdout.flush()
sys.exit(3)
