print("pkg/__init__ runs:", __name__, __package__)
VALUE = "pkg-value"


def describe():
    return "pkg.describe in " + __name__
