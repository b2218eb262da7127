# A discrete-event simulation of a small bank queue with deterministic arrivals.

class Event:
    __slots__ = ("time", "seq", "kind", "data")
    def __init__(self, time, seq, kind, data):
        self.time, self.seq, self.kind, self.data = time, seq, kind, data
    def sort_key(self):
        return (self.time, self.seq)

class Simulation:
    def __init__(self, tellers):
        self.now = 0
        self.events = []
        self.seq = 0
        self.free_tellers = list(range(tellers))
        self.queue = []
        self.waits = []
        self.log = []
        self.busy_time = {t: 0 for t in range(tellers)}

    def schedule(self, delay, kind, data):
        self.seq += 1
        self.events.append(Event(self.now + delay, self.seq, kind, data))

    def run(self):
        while self.events:
            self.events.sort(key=Event.sort_key)
            ev = self.events.pop(0)
            self.now = ev.time
            getattr(self, "on_" + ev.kind)(ev.data)

    def on_arrival(self, customer):
        name, service = customer
        self.log.append("%3d %-6s arrives (needs %d)" % (self.now, name, service))
        if self.free_tellers:
            self.start_service(customer, self.now)
        else:
            self.queue.append((customer, self.now))

    def start_service(self, customer, arrived):
        teller = self.free_tellers.pop(0)
        name, service = customer
        self.waits.append(self.now - arrived)
        self.busy_time[teller] += service
        self.log.append("%3d %-6s starts at teller %d (waited %d)" % (self.now, name, teller, self.now - arrived))
        self.schedule(service, "departure", (name, teller))

    def on_departure(self, data):
        name, teller = data
        self.log.append("%3d %-6s leaves teller %d" % (self.now, name, teller))
        self.free_tellers.append(teller)
        self.free_tellers.sort()
        if self.queue:
            customer, arrived = self.queue.pop(0)
            self.start_service(customer, arrived)

customers = [("ann", 0, 5), ("bob", 1, 3), ("cy", 2, 8), ("dee", 3, 2), ("ed", 4, 4),
             ("flo", 10, 1), ("gus", 11, 6), ("hal", 11, 2), ("ivy", 20, 3)]

for tellers in (1, 2, 3):
    sim = Simulation(tellers)
    for name, at, service in customers:
        sim.now = 0
        sim.schedule(at, "arrival", (name, service))
    sim.run()
    print("=== %d teller(s) ===" % tellers)
    if tellers == 2:
        for line in sim.log:
            print(line)
    total_wait = sum(sim.waits)
    print("finished at", sim.now, "| total wait", total_wait, "| max wait", max(sim.waits),
          "| average wait %.2f" % (total_wait / len(sim.waits)))
    print("utilization:", {t: "%.0f%%" % (100 * b / sim.now) for t, b in sim.busy_time.items()})
