print(f(1)))
