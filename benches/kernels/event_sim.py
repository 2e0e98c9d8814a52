# An event-driven queueing simulation (after discrete-event simulators): event classes
# with overridden methods, entities with state kept in attributes, a hand-written binary
# heap of event objects, statistics objects updated through methods, keyword method calls.


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2147483648.0)


class EventQueue:
    def __init__(self):
        self.items = []
        self.seq = 0

    def push(self, ev):
        self.seq += 1
        ev.seq = self.seq
        items = self.items
        items.append(ev)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent].before(ev):
                break
            items[i] = items[parent]
            i = parent
        items[i] = ev

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        n = len(items)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1].before(items[child]):
                child += 1
            if last.before(items[child]):
                break
            items[i] = items[child]
            i = child
        items[i] = last
        return top

    def __len__(self):
        return len(self.items)


class Event:
    def __init__(self, time):
        self.time = time
        self.seq = 0

    def before(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq

    def fire(self, sim):
        raise NotImplementedError


class Arrival(Event):
    def __init__(self, time, customer):
        super().__init__(time)
        self.customer = customer

    def fire(self, sim):
        sim.stats.count("arrivals")
        station = sim.pick_station(self.customer)
        station.arrive(sim, self.customer, self.time)
        if sim.arrivals_left > 0:
            sim.arrivals_left -= 1
            nxt = Customer(sim.next_id(), sim.rng.uniform(0.5, 3.0))
            sim.schedule(Arrival(self.time + sim.rng.uniform(0.1, 1.2), nxt))


class Departure(Event):
    def __init__(self, time, station):
        Event.__init__(self, time)
        self.station = station

    def fire(self, sim):
        sim.stats.count("departures")
        self.station.depart(sim, self.time)


class Tick(Event):
    def fire(self, sim):
        sim.stats.sample(sim.total_queued(), weight=1)
        if len(sim.queue) > 0:
            sim.schedule(Tick(self.time + 5.0))


class Customer:
    def __init__(self, ident, work):
        self.ident = ident
        self.work = work
        self.arrived = 0.0
        self.visits = 0


class Station:
    def __init__(self, name, speed):
        self.name = name
        self.speed = speed
        self.waiting = []
        self.busy = None
        self.served = 0
        self.busy_time = 0.0

    def load(self):
        return len(self.waiting) + (1 if self.busy is not None else 0)

    def arrive(self, sim, customer, now):
        customer.arrived = now
        customer.visits += 1
        if self.busy is None:
            self.start(sim, customer, now)
        else:
            self.waiting.append(customer)

    def service_time(self, customer):
        return customer.work / self.speed

    def start(self, sim, customer, now):
        self.busy = customer
        t = self.service_time(customer)
        self.busy_time += t
        sim.schedule(Departure(now + t, self))

    def depart(self, sim, now):
        done = self.busy
        self.busy = None
        self.served += 1
        sim.stats.record_wait(now - done.arrived, station=self.name)
        if self.waiting:
            self.start(sim, self.waiting.pop(0), now)


class FastStation(Station):
    def service_time(self, customer):
        return Station.service_time(self, customer) * 0.5 + 0.05


class Stats:
    def __init__(self):
        self.counts = {}
        self.wait_sum = 0.0
        self.wait_max = 0.0
        self.by_station = {}
        self.samples = 0
        self.queued = 0

    def count(self, what):
        self.counts[what] = self.counts.get(what, 0) + 1

    def record_wait(self, w, station=None):
        self.wait_sum += w
        if w > self.wait_max:
            self.wait_max = w
        if station is not None:
            self.by_station[station] = self.by_station.get(station, 0) + 1

    def sample(self, n, weight=1):
        self.samples += weight
        self.queued += n * weight


class Simulation:
    def __init__(self, arrivals, seed):
        self.rng = Rng(seed)
        self.queue = EventQueue()
        self.stats = Stats()
        self.stations = [Station("a", 1.0), Station("b", 1.3), FastStation("c", 0.9)]
        self.arrivals_left = arrivals
        self.ids = 0
        self.now = 0.0

    def next_id(self):
        self.ids += 1
        return self.ids

    def schedule(self, ev):
        self.queue.push(ev)

    def pick_station(self, customer):
        best = self.stations[0]
        for s in self.stations:
            if s.load() < best.load():
                best = s
        return best

    def total_queued(self):
        return sum(s.load() for s in self.stations)

    def run(self):
        self.schedule(Arrival(0.0, Customer(self.next_id(), 1.0)))
        self.schedule(Tick(0.0))
        fired = 0
        while len(self.queue) > 0:
            ev = self.queue.pop()
            self.now = ev.time
            ev.fire(self)
            fired += 1
        return fired


sim = Simulation(60000, 7)
fired = sim.run()
st = sim.stats
print(fired, sorted(st.counts.items()), sorted(st.by_station.items()))
print("%.6f %.6f %.6f" % (st.wait_sum, st.wait_max, sim.now))
print(st.samples, st.queued, [s.served for s in sim.stations])
print(["%.4f" % s.busy_time for s in sim.stations])
