print("loading helper as", __name__)
X = 1
items = []


def get():
    return X


def bump():
    global X
    X += 1
    items.append(X)
    return X


class Thing:
    def method(self):
        return "method of " + type(self).__name__
