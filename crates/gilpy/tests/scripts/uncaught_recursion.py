# unbounded recursion ends in RecursionError
def depth(n):
    return depth(n + 1) + 1

try:
    depth(0)
except RecursionError as e:
    print("caught:", e)

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

print("deep but fine:", countdown(500))
print("now uncaught")
depth(0)
