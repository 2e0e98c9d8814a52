import sys

module_names = ["math", "json", "string", "collections"]
modules = {name: __import__(name) for name in module_names}
print(sorted(modules))
print(modules["math"].sqrt(16), modules["json"].dumps([1, 2]))
print(modules["string"].ascii_uppercase[:3])
od = __import__("collections").OrderedDict(a=1)
print(od)
futures = __import__("concurrent.futures", fromlist=["ThreadPoolExecutor"])
with futures.ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(len, ["a", "bb", "ccc"])))
try:
    __import__("no_such_module_xyz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)

def confirm(answer):
    if answer != "yes":
        print("aborting")
        exit(3)
    print("continuing")

confirm("yes")
try:
    quit()
except SystemExit as e:
    print("quit raised SystemExit, code =", e.code)
confirm("no")
print("not reached")
