config = {"debug": False}
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter)
def set_debug():
    config["debug"] = True
set_debug()
print(config)
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
def read_before_assign():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
read_before_assign()
try:
    print(not_defined)
except NameError as e:
    print("NameError:", e)
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
        inner()
    mid()
    return v
print(outer())
print(sorted(k for k in globals() if not k.startswith("__"))[:5])
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
