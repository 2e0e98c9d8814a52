if a:
        b = 1
        if c:
                d = 1
        e = 1
