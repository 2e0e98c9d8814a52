def level2(x):
    return x / 0


def level1():
    return level2(5)


print("before")
level1()
