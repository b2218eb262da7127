# Ends with an uncaught KeyError from a dictionary lookup.

inventory = {"apples": 5, "pears": 2, "plums": 11, "kiwis": 0}
orders = [("apples", 2), ("plums", 5), ("kiwis", 0), ("pears", 1), ("apples", 3), ("plums", 6)]

for item, qty in orders:
    before = inventory[item]
    inventory[item] = before - qty
    print("order %-6s x%d: %2d -> %2d" % (item, qty, before, inventory[item]))

for name in sorted(inventory):
    print("%-6s %s" % (name, "#" * inventory[name] or "(none)"))

print("restocking")
for name in sorted(inventory):
    inventory[name] += 10
    print(name, inventory[name])

print("total stock:", sum(inventory.values()))
print("items above 15:", sorted(k for k, v in inventory.items() if v > 15))
print("items at or below 15:", sorted(k for k, v in inventory.items() if v <= 15))
print("most stocked:", max(inventory, key=inventory.get))
print("looking up an item that was never stocked")
print(inventory["mangoes"])
