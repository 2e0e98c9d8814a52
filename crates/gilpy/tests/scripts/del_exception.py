# An exception in __del__ is printed ("Exception ignored in") and not propagated.
class Bad:
    def __del__(self):
        raise ValueError("boom")


b = Bad()
del b
print("after")
try:
    b = Bad()
    b = None
    print("no exception seen")
except ValueError:
    print("wrong: propagated")
