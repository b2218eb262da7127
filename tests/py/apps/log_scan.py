# A regex-heavy app: parse log lines with named groups, verbose patterns, substitution with a
# function, split, findall and finditer, then summarise with collections.
import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512B 0.012s
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0B 0.003s
2024-03-01 12:00:02 INFO  [api] POST /api/v1/users 201 1.2KB 0.120s
2024-03-01 12:00:05 ERROR [db]  timeout after 30s (query id=4711)
2024-03-01 12:00:07 INFO  [api] GET /api/v1/users/42 200 3.4KB 0.045s
garbage line
2024-03-01 12:00:09 INFO  [web] GET /static/app.js 304 0B 0.001s
"""

LINE = re.compile(
    r"""
    ^(?P<date>\d{4}-\d\d-\d\d)\s+(?P<time>[\d:]{8})\s+
    (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\]\s+
    (?P<rest>.*)$
    """,
    re.VERBOSE,
)
REQ = re.compile(r"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<size>[\d.]+)(?P<unit>K?B) (?P<secs>[\d.]+)s")

levels, paths, bytes_out, bad = Counter(), Counter(), 0, []
for n, raw in enumerate(LOG.splitlines(), 1):
    m = LINE.match(raw)
    if not m:
        bad.append(n)
        continue
    levels[m["level"]] += 1
    r = REQ.fullmatch(m.group("rest"))
    if r:
        paths[re.sub(r"/\d+(?=/|$)", "/<id>", r["path"])] += 1
        bytes_out += float(r["size"]) * (1024 if r["unit"] == "KB" else 1)
    else:
        print("not a request:", m.group("src", "rest"))
print("levels:", sorted(levels.items()))
print("paths:", paths.most_common(3))
print("bytes out: %.1f, unreadable lines: %s" % (bytes_out, bad))
print(re.findall(r"\b(\d+(?:\.\d+)?)s\b", LOG)[:5])
print([m.span() for m in re.finditer(r"\[(\w+)\]", LOG)][:3])
print(re.split(r"[,;]\s*|\s+and\s+", "red, green;blue and  yellow"))
print(re.sub(r"(?i)(error|warn)", lambda m: m.group(1).upper() + "!", "an Error and a warning"))
print(re.escape("1+1=2? (yes)"), bool(re.search(r"^\s*$", "   ")))
camel = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
print([camel.sub("_", w).lower() for w in ("parseHttpRequest", "getID", "simple")])
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)
