import threading
import time

fired = []
t = threading.Timer(0.02, lambda: fired.append("fired"))
t.start()
t.join()
print("timer:", fired)

cancelled = threading.Timer(5.0, lambda: fired.append("should not run"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("after cancel:", fired)

def background():
    while True:
        time.sleep(0.01)

d = threading.Thread(target=background, daemon=True, name="heartbeat")
d.start()
print(d.name, "daemon:", d.daemon, "alive:", d.is_alive())
main = threading.main_thread()
print("main thread name:", main.name, main is threading.current_thread())
print("active >= 2:", threading.active_count() >= 2)
print("done; daemon thread is abandoned at exit")
