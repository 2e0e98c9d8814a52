class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(OnlyLen(0)), bool(OnlyLen(3)), not OnlyLen(0))
if OnlyLen(2):
    print("truthy via len")

class Both:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len called")
        return 5
print(bool(Both()))

class Neither:
    pass
print(bool(Neither()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)

class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)

class BigLen:
    def __len__(self):
        return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)

class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)

class IdxLen:
    def __init__(self):
        pass
    def __len__(self):
        return True
print(len(IdxLen()))

class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
print([x for x in [OnlyLen(0), OnlyLen(1), 0, "", "a"] if x].__len__())
print(OnlyLen(0) or "fallback", OnlyLen(1) and "both")
