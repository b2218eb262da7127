# A command-line app: dataclasses for the records, argparse for the options (parsed from a
# fixed argv so the run is reproducible), enum, textwrap-free formatting and sorting.
import argparse
from dataclasses import dataclass, field, asdict
from enum import Enum
from typing import List


class Kind(Enum):
    TOOL = "tool"
    PART = "part"


@dataclass(order=True)
class Item:
    name: str
    kind: Kind = field(compare=False)
    qty: int = 0
    price: float = 0.0
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def value(self):
        return self.qty * self.price


STOCK = [
    Item("hammer", Kind.TOOL, 3, 12.5, ["steel"]),
    Item("bolt", Kind.PART, 250, 0.04),
    Item("wrench", Kind.TOOL, 2, 9.99, ["steel", "metric"]),
    Item("washer", Kind.PART, 900, 0.01),
]

parser = argparse.ArgumentParser(prog="inventory", description="Summarise the stock.")
parser.add_argument("--kind", choices=[k.value for k in Kind])
parser.add_argument("--min-value", type=float, default=0.0)
parser.add_argument("--sort", choices=["name", "value"], default="name")
parser.add_argument("-v", "--verbose", action="count", default=0)

for argv in (["--kind", "tool", "-v"], ["--min-value", "5", "--sort", "value"], ["--kind", "nail"]):
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("argparse exited with", e.code)
        continue
    items = [i for i in STOCK if (args.kind is None or i.kind.value == args.kind) and i.value >= args.min_value]
    items.sort(key=(lambda i: -i.value) if args.sort == "value" else None)
    print(f"{len(items)} item(s), verbose={args.verbose}")
    for i in items:
        print(f"  {i.name:<8} {i.kind.name:<5} {i.qty:>4} x {i.price:>6.2f} = {i.value:>7.2f}")
    if args.verbose:
        print(" ", asdict(items[0]))
print(sorted(STOCK)[0], Item("a", Kind.PART) < Item("b", Kind.TOOL))
print(parser.format_usage().strip())
