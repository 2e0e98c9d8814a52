# bubble, insertion, merge (recursive) and quick sort, checked against sorted()

def bubble_sort(xs):
    xs = list(xs)
    n = len(xs)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return xs, swaps

def insertion_sort(xs, key=lambda v: v):
    out = list(xs)
    for i in range(1, len(out)):
        item = out[i]
        j = i - 1
        while j >= 0 and key(out[j]) > key(item):
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = item
    return out

def merge_sort(xs, depth=0, trace=None):
    if trace is not None:
        trace.append("  " * depth + str(xs))
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left = merge_sort(xs[:mid], depth + 1, trace)
    right = merge_sort(xs[mid:], depth + 1, trace)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged

def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return (quick_sort([x for x in xs if x < pivot])
            + [x for x in xs if x == pivot]
            + quick_sort([x for x in xs if x > pivot]))

def lcg(seed):
    state = [seed]

    def next_value(limit):
        state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
        return state[0] % limit

    return next_value

rand = lcg(42)
data = [rand(100) for _ in range(25)]
print("data:", data)
b, swaps = bubble_sort(data)
print("bubble:", b, "swaps:", swaps)
print("insertion:", insertion_sort(data))
print("merge:", merge_sort(data))
print("quick:", quick_sort(data))
print("all agree:", b == insertion_sort(data) == merge_sort(data) == quick_sort(data) == sorted(data))
print("input untouched:", data[:5])

trace = []
merge_sort([5, 2, 4, 7, 1, 3], trace=trace)
print("\n".join(trace))

words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "cherry", "fig"]
print(insertion_sort(words), insertion_sort(words, key=str.lower))
print(merge_sort(words), quick_sort(words))
print(insertion_sort(words, key=len) == sorted(words, key=len))

records = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
print("stable:", insertion_sort(records, key=lambda r: r[1]))
print(bubble_sort([3.5, -1, 2, 0.0, -7.25, 1e3]), merge_sort([]), quick_sort([1]))
print(bubble_sort([1, 2, 3, 4])[1], bubble_sort([4, 3, 2, 1])[1])
big = [rand(1000) for _ in range(300)]
print(merge_sort(big) == sorted(big), quick_sort(big)[:10], sum(big))
