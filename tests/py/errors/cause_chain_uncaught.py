# Uncaught exception with a cause chain: the last stderr line is the final exception.

class StorageError(Exception):
    pass

class ServiceError(Exception):
    pass

def read_block(n):
    if n == 7:
        raise OSError(5, "Input/output error")
    return "block%d" % n

def load(n):
    try:
        return read_block(n)
    except OSError as e:
        raise StorageError("could not load block %d" % n) from e

def handle(n):
    try:
        return load(n)
    except StorageError:
        raise ServiceError("request %d failed" % n)

# the chain is visible on caught exceptions too
try:
    handle(7)
except ServiceError as e:
    print(repr(e), "<- context", repr(e.__context__), "<- cause", repr(e.__context__.__cause__))

for i in range(12):
    print("warm-up", i)
for n in range(10):
    print("request", n, "->", handle(n))
