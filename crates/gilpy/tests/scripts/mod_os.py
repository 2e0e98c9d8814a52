# The os module: environment, process, working directory, os.path helpers.
import os
import os.path
from os import path

print(path is os.path, os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir)
print(isinstance(os.getpid(), int) and os.getpid() > 0)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()))
print(os.cpu_count() >= 1)

print("PATH" in os.environ, os.environ.get("GILPY_NO_SUCH_VAR"), os.getenv("GILPY_NO_SUCH_VAR", "default"))
os.environ["GILPY_TEST_VAR"] = "value"
print(os.environ["GILPY_TEST_VAR"], os.getenv("GILPY_TEST_VAR"))
try:
    os.environ["GILPY_NO_SUCH_VAR"]
except KeyError as e:
    print("KeyError:", e)

j = os.path.join
print(j("a", "b", "c"), j("a/", "b"), j("a", "/abs", "c"), j("", "x"), j("a", ""))
for p in ["/usr/lib/python3.py", "file.tar.gz", ".bashrc", "dir/", "/", "", "a//b", "..", "x/.hidden"]:
    print(repr(p), os.path.basename(p), repr(os.path.dirname(p)), os.path.split(p), os.path.splitext(p))
for p in ["a/./b/../c", "//x//y/", "///z", "../../a", "", "a/..", "/.."]:
    print(repr(p), os.path.normpath(p))

here = os.path.dirname(os.path.abspath(__file__))
print(os.path.exists(__file__), os.path.isfile(__file__), os.path.isdir(here))
print(os.path.exists(os.path.join(here, "no_such_file.txt")), os.path.isdir(__file__))
print(os.path.basename(__file__), os.path.splitext(os.path.basename(__file__)))
print("mod_os.py" in os.listdir(here))
try:
    os.path.join("a", 5)
except TypeError as e:
    print("TypeError:", e)
