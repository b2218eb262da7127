# sys.exit("message"): the message goes to stderr and the status is 1.
import sys

config = {"host": "localhost", "port": "8080", "mode": "debug"}
required = ["host", "port", "mode", "database"]

for key in sorted(config):
    print("config %s = %s" % (key, config[key]))
for key in required:
    print("checking", key, "->", "present" if key in config else "MISSING")

for i in range(13):
    print("filler", i)

missing = [k for k in required if k not in config]
if missing:
    sys.exit("fatal: missing configuration keys: " + ", ".join(missing))
print("never reached")
