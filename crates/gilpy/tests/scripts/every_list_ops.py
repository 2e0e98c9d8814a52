fruits = ["orange", "apple", "pear", "banana", "kiwi", "apple", "banana"]
print(fruits.count("apple"), fruits.index("banana"), fruits.index("banana", 4))
fruits.reverse()
print(fruits)
fruits.append("grape")
fruits.insert(0, "lime")
fruits.extend(["fig"])
print(fruits, fruits.pop(), fruits.pop(0))
fruits.remove("apple")
print(fruits)
fruits.sort()
print(fruits)
stack = [3, 4, 5]
stack.append(6)
print(stack.pop(), stack)
from collections import deque
queue = deque(["Eric", "John", "Michael"])
queue.append("Terry")
print(queue.popleft(), queue)
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b, a * 2, [0] * 3, [[0] * 2 for _ in range(2)])
c = a.copy(); c.clear()
print(a, c, len(a), min(a), max(a), sum(a))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, [2]] != [1, [3]])
del a[0]
print(a, 3 in a, list(enumerate(a, start=1)), list(zip(a, "xyz")))
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(repr([1, "a", None, 2.0, (1,)]), [x for x in reversed([1, 2, 3])])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print(sorted([[3, 1], [1, 2], [1, 1]]))
