# Non-zero exit after writing a diagnostic to stderr: the diagnostic is the last stderr line.
import sys

errors = []
for line_no, text in enumerate(["x = 1", "y = 2", "z = ", "w = 4", "= 5"], 1):
    print("checking line", line_no, repr(text))
    name, _, value = text.partition("=")
    if not name.strip() or not value.strip():
        errors.append(line_no)
        print("  problem on line", line_no, file=sys.stderr)

for i in range(14):
    print("report", i)

if errors:
    print("found %d problems" % len(errors))
    print("error: %d invalid lines: %s" % (len(errors), errors), file=sys.stderr)
    sys.exit(4)
