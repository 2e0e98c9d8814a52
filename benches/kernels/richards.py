# An attribute-heavy object graph (a scheduler of task objects, after pyperformance
# bm_richards): linked task records, packets, state flags read and written through
# attributes, subclass methods dispatched on the object.


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_now(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.current = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        return self.tasks[ident]


class Task(TaskState):
    def __init__(self, sched, ident, prio, wkq):
        TaskState.__init__(self)
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.input = wkq
        self.count = 0
        sched.tasks.append(self)
        if wkq is not None:
            self.packet_pending = True

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.prio > old.prio:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            pkt = self.input
            self.input = pkt.link
            if self.input is None:
                self.packet_pending_now().packet_pending = False
            else:
                self.packet_pending_now()
        else:
            pkt = None
        return self.fn(pkt)

    def qpkt(self, pkt):
        s = self.sched
        t = s.find(pkt.ident)
        s.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

    def wait(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return None

    def release(self, ident):
        t = self.sched.find(ident)
        t.task_holding = False
        if t.prio > self.prio:
            return t
        return self


class Worker(Task):
    def __init__(self, sched, ident, prio, wkq):
        Task.__init__(self, sched, ident, prio, wkq)
        self.dest = 2
        self.letter = 0

    def fn(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = 3 if self.dest == 2 else 2
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(4):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.qpkt(pkt)


class Handler(Task):
    def __init__(self, sched, ident, prio, wkq):
        Task.__init__(self, sched, ident, prio, wkq)
        self.done = 0

    def fn(self, pkt):
        if pkt is None:
            return self.wait()
        self.done += pkt.data[0] + pkt.data[3]
        pkt.ident = 1
        return self.qpkt(pkt)


class Idle(Task):
    def __init__(self, sched, ident, prio, wkq):
        Task.__init__(self, sched, ident, prio, wkq)
        self.seed = 1
        self.left = 0

    def fn(self, pkt):
        self.left -= 1
        if self.left <= 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(2)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(3)


def run(iterations):
    s = Scheduler()
    idle = Idle(s, 0, 0, None)
    idle.left = iterations
    Worker(s, 1, 1000, None)
    Handler(s, 2, 2000, None)
    Handler(s, 3, 3000, None)
    for k in range(6):
        s.tasks[1].add_packet(Packet(None, 1, k), s.tasks[1])
    steps = 0
    idle_runs = 0
    while idle.left > 0:
        for t in s.tasks:
            steps += 1
            if t.input is not None:
                t.task_waiting = True
                t.task_holding = False
                nxt = t.run_task()
                if nxt is not None and nxt is not t:
                    nxt.task_waiting = False
            elif t is idle:
                idle_runs += 1
                if idle.is_held_or_waiting():
                    idle.task_holding = False
                idle.fn(None)
    return steps, idle_runs, s.qpkt_count, s.hold_count, s.tasks[2].done, s.tasks[3].done, s.tasks[1].letter


print(run(100000))
