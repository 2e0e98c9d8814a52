from operator import itemgetter, attrgetter
from collections import namedtuple

Student = namedtuple("Student", "name grade age")
students = [
    Student("john", "A", 15),
    Student("jane", "B", 12),
    Student("dave", "B", 10),
    Student("ann", "A", 12),
]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
print([s.name for s in sorted(students, key=lambda s: (s.grade, -s.age))])

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=itemgetter(1)))
print(sorted(pairs, key=itemgetter(1, 0), reverse=True))
print(sorted("This is a test string from Andrew".split(), key=str.lower))
print(sorted([3, -1, -4, 1, 5, -9], key=abs))
print(max(["apple", "fig", "banana"], key=len), min([], default="empty"))
data = [("red", 1), ("blue", 1), ("red", 2), ("blue", 2)]
print(sorted(data, key=itemgetter(0)))
nums = [5, 2, 8, 1]
nums.sort(reverse=True)
print(nums, sorted({"b": 1, "a": 2}), sorted("hello", reverse=True))
