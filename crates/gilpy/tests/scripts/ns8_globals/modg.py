x = 1
def setx(v):
    globals()['x'] = v
def getx():
    return x
def g():
    return globals()
