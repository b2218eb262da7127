# exit() and quit(), which CPython's site module puts in builtins: SystemExit(code).
import builtins
try:
    exit(5)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    quit()
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    exit(code=7)
except SystemExit as e:
    print("caught", e.code)
print(hasattr(builtins, "exit"), hasattr(builtins, "quit"), callable(exit))
print("before")
exit("bye")
print("not reached")
