import re
from .money import Money

LINE = re.compile(r"^(\d{4}-\d\d-\d\d)\s+(\w+)\s+(\d+) x (\w+)\s+@ (\d+\.\d\d)$")


def parse_orders(text):
    orders, errors = [], []
    for n, line in enumerate(text.strip().splitlines(), 1):
        m = LINE.match(line.strip())
        if not m:
            errors.append(n)
            continue
        day, who, qty, item, price = m.groups()
        orders.append({"day": day, "who": who, "qty": int(qty), "item": item, "price": float(price)})
    return orders, errors
