# os.chdir/getcwd and os.path.relpath/commonpath.
import os
import tempfile

start = os.getcwd()
root = os.path.realpath(tempfile.mkdtemp()) if hasattr(os.path, "realpath") else tempfile.mkdtemp()
os.makedirs(os.path.join(root, "a", "b"))
try:
    os.chdir(root)
    print(os.getcwd() == root)
    os.chdir("a")
    print(os.path.relpath(os.getcwd(), root))
    print(os.path.relpath("b"))
    print(os.path.relpath(root))
    print(os.path.abspath("b") == os.path.join(root, "a", "b"))
    try:
        os.chdir("missing")
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename)
finally:
    os.chdir(start)
print(os.getcwd() == start)
os.rmdir(os.path.join(root, "a", "b"))
os.rmdir(os.path.join(root, "a"))
os.rmdir(root)

for p, s in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/b"), ("/x/y", "/a/b"),
             ("a/b", "a/c"), ("/a/./b/../c", "/a")]:
    print(p, s, os.path.relpath(p, s), os.path.relpath(p, start=s))
try:
    os.path.relpath("")
except ValueError as e:
    print("ValueError", e)

for ps in [["/usr/lib", "/usr/local/lib"], ["/usr/lib/", "/usr/lib"], ["a/b", "a/c/d"],
           ["a", "b"], ["/", "/x"], ("/a/./b", "/a/b/c"), ["x/y"]]:
    print(ps, repr(os.path.commonpath(ps)))
for bad in [[], ["/a", "b"]]:
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
