# Ends with an uncaught ValueError after printing a parsed report.

records = ["alice:30", "bob:25", "carol:41", "dave:19", "erin:33", "frank:27",
           "grace:52", "heidi:38", "ivan:22", "judy:45"]

def parse(rec):
    name, age = rec.split(":")
    return name, int(age)

total = 0
for rec in records:
    name, age = parse(rec)
    total += age
    print("%-6s %3d  running total %4d" % (name, age, total))

print("average age:", total / len(records))
oldest = max((parse(r) for r in records), key=lambda p: p[1])
youngest = min((parse(r) for r in records), key=lambda p: p[1])
print("oldest:", oldest)
print("youngest:", youngest)
for threshold in (20, 30, 40, 50):
    count = sum(1 for r in records if parse(r)[1] >= threshold)
    print("at least %d: %d people" % (threshold, count))

names = sorted(parse(r)[0] for r in records)
print("names:", ", ".join(names))
print("name lengths:", [len(n) for n in names])
print("now parsing a malformed record")
parse("mallory:unknown")
print("this line is never printed")
