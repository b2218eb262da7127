# A table-driven finite state machine: a vending machine and a regex-like matcher.

class InvalidTransition(Exception):
    pass

class StateMachine:
    def __init__(self, initial, transitions, on_enter=None):
        self.state = initial
        self.transitions = transitions      # {(state, event): (next_state, action)}
        self.on_enter = on_enter or {}
        self.history = [initial]
        self.goto = None    # an action may redirect the transition

    def fire(self, event, *args):
        key = (self.state, event)
        if key not in self.transitions:
            raise InvalidTransition("no transition from %r on %r" % (self.state, event))
        nxt, action = self.transitions[key]
        result = action(*args) if action else None
        if self.goto is not None:
            nxt, self.goto = self.goto, None
        if nxt != self.state:
            self.state = nxt
            self.history.append(nxt)
            hook = self.on_enter.get(nxt)
            if hook:
                hook()
        return result

class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}

    def __init__(self):
        self.credit = 0
        self.sales = []
        t = {
            ("idle", "coin"): ("has_credit", self.add_coin),
            ("has_credit", "coin"): ("has_credit", self.add_coin),
            ("has_credit", "select"): ("has_credit", self.select),
            ("has_credit", "refund"): ("idle", self.refund),
            ("dispensing", "take"): ("idle", self.take),
            ("idle", "service"): ("maintenance", None),
            ("maintenance", "service"): ("idle", None),
        }
        self.fsm = StateMachine("idle", t, on_enter={"idle": lambda: print("    [ready]")})

    def add_coin(self, value):
        if value not in (5, 10, 25, 100):
            raise ValueError("rejected coin %d" % value)
        self.credit += value
        return "credit %d" % self.credit

    def select(self, item):
        price = self.PRICES[item]
        if self.credit < price:
            return "need %d more for %s" % (price - self.credit, item)
        self.credit -= price
        self.sales.append(item)
        self.fsm.goto = "dispensing"
        return "dispensing %s, change %d" % (item, self.credit)

    def take(self):
        change, self.credit = self.credit, 0
        return "took item and %d change" % change

    def refund(self):
        amount, self.credit = self.credit, 0
        return "refunded %d" % amount

vm = VendingMachine()
script = [("coin", 100), ("select", "cola"), ("coin", 25), ("coin", 25), ("select", "cola"),
          ("take",), ("select", "chips"), ("coin", 3), ("coin", 100), ("refund",), ("service",),
          ("coin", 25), ("service",), ("coin", 100), ("select", "candy"), ("take",)]
for step in script:
    event, args = step[0], step[1:]
    try:
        print("%-8s %-7s -> %s" % (event, args[0] if args else "", vm.fsm.fire(event, *args)))
    except (InvalidTransition, ValueError) as e:
        print("%-8s %-7s !! %s: %s" % (event, args[0] if args else "", type(e).__name__, e))
    print("    state:", vm.fsm.state)
print("sales:", vm.sales)
print("history:", " -> ".join(vm.fsm.history))

# an NFA-free DFA that recognizes signed decimal numbers like -12.5, +3, 0.25
DFA = {
    ("start", "sign"): "signed", ("start", "digit"): "int", ("signed", "digit"): "int",
    ("int", "digit"): "int", ("int", "dot"): "dot", ("dot", "digit"): "frac", ("frac", "digit"): "frac",
}
ACCEPT = {"int", "frac"}
def classify(ch):
    if ch.isdigit():
        return "digit"
    return {"+": "sign", "-": "sign", ".": "dot"}.get(ch, "other")
def accepts(s):
    state = "start"
    for ch in s:
        state = DFA.get((state, classify(ch)))
        if state is None:
            return False
    return state in ACCEPT
for s in ["0", "-12.5", "+3", "3.", ".5", "1.2.3", "--1", "42", "", "7.25", "x1"]:
    print("%-6r %s" % (s, "accept" if accepts(s) else "reject"))
