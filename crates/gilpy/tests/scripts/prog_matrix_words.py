# matrix arithmetic with nested lists, and a word-frequency counter

def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {inner}x{cols}")
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def show(m, width=5):
    for row in m:
        print("".join(f"{v:>{width}}" for v in row))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(mat_mul(b, a))
show(transpose(a))
print(mat_mul(a, identity(3)) == a, transpose(transpose(b)) == b)
try:
    mat_mul(a, a)
except ValueError as e:
    print("ValueError:", e)
fib_matrix = mat_pow([[1, 1], [1, 0]], 100)
print("fib(100) via matrix power:", fib_matrix[0][1])
show(mat_pow([[2, 0], [1, 1]], 10), 6)
floats = mat_mul([[0.5, 0.25], [0.1, 0.2]], [[2.0], [4.0]])
print(floats)
rot = [[0, -1], [1, 0]]
print(mat_pow(rot, 2), mat_pow(rot, 4) == identity(2))
det = lambda m: m[0][0] * m[1][1] - m[0][1] * m[1][0]
print("det:", det([[3, 8], [4, 6]]), det(mat_mul([[3, 8], [4, 6]], [[1, 2], [3, 4]])))
print("trace:", sum(m[i][i] for m in [mat_mul(b, a)] for i in range(3)))

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words_of(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out

words = words_of(text)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("words:", len(words), "distinct:", len(freq))
ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in ranked[:8]:
    print(f"{word:<12}{count:>3} {'*' * count}")
print("hapax:", sorted(w for w, c in freq.items() if c == 1))
by_length = {}
for w in freq:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
print("longest:", max(freq, key=len), "first seen order:", list(freq)[:6])
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=lambda kv: kv[1], reverse=True)[:5]
print("top letters:", top)
