# A common Stack Overflow demo: threads don't speed up CPU-bound work under the GIL,
# but the answers are still correct.
import threading
import sys

def count_primes(lo, hi, out, idx):
    count = 0
    for n in range(max(lo, 2), hi):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    out[idx] = count

chunks = [(i * 2500, (i + 1) * 2500) for i in range(4)]
out = [0] * len(chunks)
threads = [threading.Thread(target=count_primes, args=(lo, hi, out, i))
           for i, (lo, hi) in enumerate(chunks)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("per chunk:", out)
print("primes below 10000:", sum(out))

single = [0]
count_primes(0, 10000, single, 0)
print("single-threaded agrees:", single[0] == sum(out))
print("switch interval is a float:", isinstance(sys.getswitchinterval(), float))
