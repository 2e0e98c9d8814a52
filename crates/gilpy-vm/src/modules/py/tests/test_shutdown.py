# What happens when the main script ends: non-daemon threads are waited for
# (threading._shutdown(), which the VM calls), daemon threads are not, a
# thread can join main_thread(), and a thread started during shutdown by a
# non-daemon thread is waited for too.
import threading
import time


def late(msg, delay):
    time.sleep(delay)
    print(msg)


def forever():
    threading.Event().wait()


def wait_for_main():
    threading.main_thread().join()
    print("main thread finished:", threading.main_thread().is_alive())
    t = threading.Thread(target=late, args=("started during shutdown", 0.05))
    t.start()


threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late, args=("non-daemon done", 0.4)).start()
threading.Thread(target=wait_for_main).start()
print("main ends")
