import threading
data = threading.local()
seen = []
lock = threading.Lock()
def work(v):
    data.value = v
    for _ in range(100):
        pass
    with lock:
        seen.append((threading.current_thread().name, data.value))
ts = [threading.Thread(target=work, args=(i,), name=f"T{i}") for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen))
cond = threading.Condition()
items = []
def consumer(out):
    with cond:
        while not items:
            cond.wait()
        out.append(items.pop())
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
with cond:
    items.append("item")
    cond.notify()
c.join()
print(out)
t = threading.Thread(target=lambda: None, name="custom")
print(t.name, t.is_alive())
t.start(); t.join()
print(t.is_alive(), isinstance(threading.get_ident(), int))
def f(a, b=2, *, c=3):
    print("f", a, b, c)
th = threading.Thread(target=f, args=(1,), kwargs={"c": 9})
th.start(); th.join()
print(threading.current_thread().name)
r = threading.Thread(target=print, args=("from thread",))
r.start(); r.join()
