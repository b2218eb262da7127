# A small command interpreter using match in realistic ways.

inventory = {}
location = "hall"
MAP = {
    "hall": {"north": "library", "east": "kitchen"},
    "library": {"south": "hall"},
    "kitchen": {"west": "hall", "down": "cellar"},
    "cellar": {"up": "kitchen"},
}
ITEMS = {"library": ["book", "candle"], "kitchen": ["knife"], "cellar": ["wine"], "hall": []}

def execute(line):
    global location
    match line.lower().split():
        case []:
            return "say something"
        case ["look"]:
            items = ITEMS[location]
            exits = sorted(MAP[location])
            return "%s: items=%s exits=%s" % (location, items, exits)
        case ["go", direction] | [("north" | "south" | "east" | "west" | "up" | "down") as direction]:
            if direction in MAP[location]:
                location = MAP[location][direction]
                return "you go %s to the %s" % (direction, location)
            return "you can't go %s from the %s" % (direction, location)
        case ["take", item] if item in ITEMS[location]:
            ITEMS[location].remove(item)
            inventory[item] = inventory.get(item, 0) + 1
            return "taken: " + item
        case ["take", item]:
            return "there is no %s here" % item
        case ["take", *items] if len(items) > 1:
            return " / ".join(execute("take " + i) for i in items)
        case ["drop", item] if inventory.get(item):
            inventory[item] -= 1
            if not inventory[item]:
                del inventory[item]
            ITEMS[location].append(item)
            return "dropped " + item
        case ["drop", item]:
            return "you don't have " + item
        case ["inventory" | "inv" | "i"]:
            return "carrying: " + (", ".join(sorted(inventory)) or "nothing")
        case ["say", *words]:
            return "you say: " + " ".join(words)
        case [verb, *rest]:
            return "I don't know how to %r (%d args)" % (verb, len(rest))

script = [
    "", "look", "take book", "go north", "look", "take book", "take candle book", "inv",
    "south", "east", "take knife", "down", "look", "take wine", "drop book", "drop book",
    "look", "up", "west", "go sideways", "say hello there", "dance", "i",
]
for cmd in script:
    print("> %s" % cmd)
    print("  " + execute(cmd))
