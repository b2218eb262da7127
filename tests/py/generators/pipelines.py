# Generator pipelines for data processing.

LOG = """\
2024-01-01 INFO  server started port=8080
2024-01-01 WARN  disk usage 85%
2024-01-02 ERROR failed to connect db=main
2024-01-02 INFO  request path=/ status=200
2024-01-02 INFO  request path=/about status=200
2024-01-03 ERROR timeout path=/api status=504
2024-01-03 INFO  request path=/api status=200
# comment line
2024-01-04 WARN  slow request path=/api ms=1200

2024-01-04 INFO  shutdown
"""

def read_lines(text):
    for line in text.split("\n"):
        yield line

def strip_comments(lines):
    for line in lines:
        if line.strip() and not line.startswith("#"):
            yield line

def parse(lines):
    for line in lines:
        date, level, rest = line.split(None, 2)
        fields = {}
        words = []
        for token in rest.split():
            if "=" in token:
                k, v = token.split("=", 1)
                fields[k] = v
            else:
                words.append(token)
        yield {"date": date, "level": level, "msg": " ".join(words), "fields": fields}

def only(level, records):
    for r in records:
        if r["level"] == level:
            yield r

records = list(parse(strip_comments(read_lines(LOG))))
print(len(records), "records")
for r in only("ERROR", records):
    print(r["date"], r["msg"], sorted(r["fields"].items()))

# counting by level with a generator feeding a dict
counts = {}
for r in records:
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(sorted(counts.items()))

# status codes
statuses = (int(r["fields"]["status"]) for r in records if "status" in r["fields"])
print(sorted(statuses))

# group by date using a generator that yields (date, list)
def group_by_date(recs):
    current = None
    bucket = []
    for r in recs:
        if r["date"] != current:
            if bucket:
                yield current, bucket
            current, bucket = r["date"], []
        bucket.append(r)
    if bucket:
        yield current, bucket
for date, bucket in group_by_date(records):
    print(date, len(bucket), [b["level"] for b in bucket])

# coroutine-based pipeline (push model)
def coroutine(fn):
    def start(*a, **k):
        g = fn(*a, **k)
        next(g)
        return g
    return start

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def upper(target):
    while True:
        target.send((yield).upper())

@coroutine
def sink(results):
    while True:
        results.append((yield))

found = []
pipe = grep("request", upper(sink(found)))
for line in read_lines(LOG):
    pipe.send(line)
for f in found:
    print(f)

# broadcast to multiple targets
@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
a, b = [], []
bc = broadcast([grep("INFO", sink(a)), grep("WARN", sink(b))])
for line in read_lines(LOG):
    bc.send(line)
print(len(a), len(b))

# batching generator
def batches(iterable, size):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batches(range(10), 4)))
print(list(batches([], 3)))

# sliding window
def window(iterable, n):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window("abcde", 3)))

# moving average over a stream
def moving_average(values, n):
    for w in window(values, n):
        yield sum(w) / n
print([round(v, 2) for v in moving_average([1, 2, 3, 4, 5, 6, 7], 3)])

# dedupe while preserving order
def unique(iterable):
    seen = set()
    for x in iterable:
        if x not in seen:
            seen.add(x)
            yield x
print(list(unique("mississippi")))
print(list(unique([3, 1, 3, 2, 1])))
