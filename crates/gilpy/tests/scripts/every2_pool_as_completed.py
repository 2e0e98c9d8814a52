from concurrent.futures import ThreadPoolExecutor, as_completed

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

numbers = [27, 97, 871, 6171, 77031, 837799]
with ThreadPoolExecutor(max_workers=3) as executor:
    future_to_n = {executor.submit(collatz_steps, n): n for n in numbers}
    results = {}
    for future in as_completed(future_to_n):
        n = future_to_n[future]
        results[n] = future.result()

for n in numbers:
    print(f"{n:>7}: {results[n]} steps")
best = max(results, key=results.get)
print("longest chain starts at", best)
