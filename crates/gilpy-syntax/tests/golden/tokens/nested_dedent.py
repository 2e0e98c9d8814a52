def f(x):
    if x:
        for i in x:
            print(i)
    return 1
print(f)
