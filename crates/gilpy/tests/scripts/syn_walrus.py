# The assignment expression `:=`.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)

# In while conditions.
items = list(range(7))
while (chunk := items[:3]):
    print("chunk", chunk)
    items = items[3:]

# In comprehension conditions: the name belongs to the enclosing scope.
values = [y for x in data if (y := x * 10) > 35]
print(values, y)


def scaled(xs):
    total = 0
    running = [total := total + x for x in xs]
    return running, total


print(scaled([1, 2, 3, 4]))


def last_big(xs):
    found = [v for x in xs if (v := x) > 5]
    return found, v


print(last_big(data))

# In displays, calls and subscripts.
print([z := 4, z * z])
print(max(w := 5, 2), w)
table = {1: "one", 2: "two"}
print(table[(k := 2)], k)

# Nested comprehensions bind in the function too.


def nested():
    rows = [[(last := i * j) for j in range(3)] for i in range(3)]
    return rows, last


print(nested())

# A global comprehension binding.
evens = [e for e in range(10) if (last_even := e) % 2 == 0]
print(evens, last_even)

# Closures see the value.


def counter():
    total = 0

    def add(x):
        nonlocal total
        return (total := total + x)

    return add


c = counter()
print(c(2), c(3))

# Parenthesised at statement level.
(p := 10)
print(p)
print((q := [1, 2])[0], q)
