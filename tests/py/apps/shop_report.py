# An ordinary small app: a local package, json, re, collections, itertools, functools,
# heapq and string formatting. `pygmy build` bundles it (packer/tests/bundle.rs).
import json
import re
from collections import Counter, defaultdict, OrderedDict
from functools import reduce
from itertools import groupby
import heapq

from shoplib import parse_orders, Money
from shoplib.report import table

RAW = """
2024-01-03 alice  3 x apple   @ 0.50
2024-01-03 bob    1 x melon   @ 3.20
2024-01-04 alice  2 x pear    @ 0.75
2024-01-05 carol 12 x apple   @ 0.45
2024-01-05 bob    4 x pear    @ 0.70
bad line here
2024-01-06 alice  1 x melon   @ 3.00
"""

orders, errors = parse_orders(RAW)
print(f"{len(orders)} orders, {len(errors)} unreadable: {errors}")
by_customer = defaultdict(list)
for o in orders:
    by_customer[o["who"]].append(o)
totals = {who: reduce(lambda a, o: a + Money.of(o["qty"] * o["price"]), os, Money(0)) for who, os in by_customer.items()}
print(table([(who, str(t)) for who, t in sorted(totals.items())], ("customer", "total")))
print("best customers:", heapq.nlargest(2, totals, key=lambda w: totals[w].cents))
fruit = Counter()
for o in orders:
    fruit[o["item"]] += o["qty"]
print("fruit:", fruit.most_common())
for day, group in groupby(orders, key=lambda o: o["day"]):
    print(day, [o["who"] for o in group])
summary = OrderedDict(customers=len(by_customer), items=sum(fruit.values()), days=len({o["day"] for o in orders}))
print(json.dumps(summary))
print(json.dumps({w: str(t) for w, t in totals.items()}, sort_keys=True, indent=2))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3.\2.\1", "from 2024-01-03 to 2024-01-06"))
try:
    Money.of("x")
except TypeError as e:
    print("TypeError:", e)
