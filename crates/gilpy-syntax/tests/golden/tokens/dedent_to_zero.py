class A:
    def f(self):
        if x:
            while y:
                pass
z = 1
