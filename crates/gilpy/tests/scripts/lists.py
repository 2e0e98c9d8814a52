# list methods, slicing, slice assignment, del, aliasing and copying

xs = [5, 3, 8]
xs.append(1)
xs.extend([9, 2])
xs.extend("ab")
xs.insert(0, 100)
xs.insert(-1, "before-last")
xs.insert(99, "end")
print(xs, len(xs))
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove("a")
print(xs, xs.index(8), xs.index(2, 3), xs.count(3), [1, 1, 2, 1].count(1))
nums = [4, 1, 3, 1, 5, 9, 2, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=lambda n: (n % 3, n))
print(nums)
nums.reverse()
print(nums, nums.sort() is None, nums)
c = nums.copy()
c.append(0)
print(nums, c, c is nums, c == nums + [0])
c.clear()
print(c, len(c))

print("-- indexing and slicing")
a = list(range(10))
print(a[0], a[-1], a[-3], a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-2::-3], a[5:2:-1])
print(a[3:100], a[-100:2], a[8:3], a[:], a[:] is a)

print("-- slice assignment and del")
b = list(range(8))
b[2:4] = ["x", "y", "z"]
print(b)
b[:1] = []
print(b)
b[len(b):] = [98, 99]
print(b)
b[::2] = ["E"] * ((len(b) + 1) // 2)
print(b)
b[1:1] = ["ins1", "ins2"]
print(b)
del b[0]
del b[1:3]
print(b)
del b[::2]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    del b[100]
except IndexError as e:
    print("IndexError:", e)

print("-- nested lists, aliasing and the list * n gotcha")
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = [1, [2, 3]]
alias = orig
shallow = orig[:]
shallow2 = list(orig)
alias.append(4)
shallow[1].append("shared")
print(orig, alias, shallow, shallow2)
print(orig is alias, orig is shallow, orig[1] is shallow[1], orig == [1, [2, 3, "shared"], 4])

def add_item(lst, item):
    lst.append(item)
    lst = ["rebound"]
    return lst

mine = ["m"]
print(add_item(mine, "n"), mine)

print("-- comprehensions")
print([x * x for x in range(10) if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c for word in ["ab", "cd"] for c in word if c != "c"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([y for x in [[1, 2], [3], []] for y in x], [[] for _ in range(2)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])

print("-- builtins over lists")
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
cities = ["Oslo", "Rome", "Lima", "extra"]
print(list(enumerate(names)), list(enumerate(names, start=1)))
for i, (n, a2, c2) in enumerate(zip(names, ages, cities), 10):
    print(i, n, a2, c2)
print(list(zip(names, ages)), list(zip()), list(zip([1, 2, 3], "ab")))
print(list(reversed(names)), names, sorted(names, reverse=True), names[::-1])
print(any(a2 > 35 for a2 in ages), all(a2 > 35 for a2 in ages), any([]), all([]))
print(sum(a2 for a2 in ages), max(ages), min(ages), sum(len(n) for n in names))
print(",".join(str(x) for x in ages), "-".join(n.upper() for n in names))
pairs = [(3, "c"), (1, "z"), (3, "a"), (2, "b")]
print(min(pairs), max(pairs), sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(list(range(5)), list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list(range(10, 0, -3)))

print("-- comparison")
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, "a"] == [1, "a"])
print([[1, 2], [1], [0, 5]] < [[1, 2], [2]], sorted([[3], [1, 2], [1], []]))
print([1, 2] * 2, [0] * 0, 3 * ["x"], [1] + [2] + [], [1, 2, 3] != [1, 2])
print(3 in [1, 2, 3], [1] in [[1], [2]], "a" in ["ab"], 2.0 in [1, 2, 3])
