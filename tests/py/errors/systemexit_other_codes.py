# SystemExit with a non-int, non-None code: str() of it goes to stderr, status 1.
import sys

values = [0, 1, "text", None, (1, 2), [3]]
for v in values:
    try:
        sys.exit(v)
    except SystemExit as e:
        print("sys.exit(%r) -> code %r, args %r" % (v, e.code, e.args))

try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit -> code", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("SystemExit(1, 2) -> code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit() -> code", e.code)

for i in range(11):
    print("line", i)
raise SystemExit("multi", "args")
