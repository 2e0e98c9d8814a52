import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, cpu_count, current_process

def square(x):
    return x * x

def add(a, b):
    return a + b

def worker(q, n):
    q.put((current_process().name, sum(range(n))))

def boom(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x

if __name__ == "__main__":
    print(cpu_count() >= 1, current_process().name)
    with Pool(2) as p:
        print(p.map(square, range(10)))
        print(p.starmap(add, [(1, 2), (3, 4)]))
        print(list(p.imap(square, [5, 6])), sorted(p.imap_unordered(square, [7, 8])))
        print(p.apply(add, (10, 20)))
        r = p.apply_async(square, (9,))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(p.map_async(square, [1, 2]).get())
        try:
            p.map(boom, range(5))
        except ValueError as e:
            print("ValueError", e)
    q = Queue()
    procs = [Process(target=worker, args=(q, 10 * (i + 1)), name="P%d" % i) for i in range(3)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join()
    print(sorted(q.get() for _ in range(3)), [pr.exitcode for pr in procs])
    class Squarer(Process):
        def __init__(self, q, n):
            super().__init__()
            self.q, self.n = q, n
        def run(self):
            self.q.put(self.n * self.n)
    s = Squarer(q, 12)
    s.start()
    s.join()
    print(q.get(), s.exitcode, repr(s).endswith("stopped exitcode=0>"))
