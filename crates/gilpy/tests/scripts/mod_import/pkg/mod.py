from pkg import VALUE

print("pkg.mod loads with package", __package__)


def f():
    return VALUE + "/mod"
