def risky(n):
    try:
        r = 10 / n
    except ZeroDivisionError as e:
        print("caught", e)
        return None
    except (TypeError, ValueError):
        raise
    else:
        print("no error")
    finally:
        print("finally", n)
    return r


for n in [2, 0]:
    try:
        risky(n)
    except Exception:
        break
