students = [("john", "A", 15), ("jane", "B", 12), ("dave", "B", 10), ("anna", "A", 12)]
print(sorted(students, key=lambda s: s[2]))
print(sorted(students, key=lambda s: (s[1], -s[2])))
print(sorted(students, key=lambda s: s[0], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(students, key=itemgetter(1, 2)))
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))
objs = [Student(*s) for s in students]
print(sorted(objs, key=attrgetter("age")))
print(sorted(objs, key=attrgetter("grade", "age"), reverse=True))
words = "This is a test string from Andrew".split()
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
nums = [5, 2, 9, 1, 5, 6]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2)))
data = [("red", 1), ("blue", 1), ("red", 2), ("blue", 2)]
print(sorted(data, key=itemgetter(0)))
print(min(words, key=len), max(words, key=len))
print(sorted([3, -1, -4, 2], key=abs))
from functools import cmp_to_key
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(list(reversed(sorted([1.5, 0.2, 3.3]))))
