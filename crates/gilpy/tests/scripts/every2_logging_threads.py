import logging
import sys
import threading

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="(%(threadName)-9s) %(levelname)s: %(message)s",
)

def worker(n, lock):
    logging.debug("Starting")
    with lock:
        logging.info("got the lock, n=%d", n)
    logging.debug("Exiting")

lock = threading.Lock()
for i in range(3):
    t = threading.Thread(name=f"worker-{i}", target=worker, args=(i, lock))
    t.start()
    t.join()

log = logging.getLogger("app.service")
log.warning("disk usage at %d%%", 91)
log.setLevel(logging.ERROR)
log.warning("filtered out")
log.error("failed to connect to %s:%d", "db", 5432)
print(log.getEffectiveLevel(), logging.getLevelName(log.getEffectiveLevel()))
print(logging.getLogger("app").getEffectiveLevel(), log.parent.name)
