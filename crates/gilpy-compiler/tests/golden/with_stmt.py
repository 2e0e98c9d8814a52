def use(a, b):
    with a as x, b:
        if x:
            return x
        print("inside")
    print("after")
