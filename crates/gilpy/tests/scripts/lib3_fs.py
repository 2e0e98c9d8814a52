# os.walk, fnmatch, glob and shutil over a temporary tree; prints only relative paths.
import fnmatch
import glob
import os
import shutil
import tempfile

root = tempfile.mkdtemp()


def rel(p):
    return p[len(root) + 1:] if p.startswith(root + "/") else ("<root>" if p == root else p)


def write(path, text):
    with open(os.path.join(root, path), "w") as f:
        f.write(text)


def read(path):
    with open(os.path.join(root, path)) as f:
        return f.read()


os.makedirs(os.path.join(root, "src", "pkg", "sub"))
os.makedirs(os.path.join(root, "src", "skip"))
os.makedirs(os.path.join(root, "docs"))
write("src/main.py", "print('main')\n")
write("src/util.py", "x = 1\n")
write("src/notes.txt", "notes\n")
write("src/pkg/__init__.py", "")
write("src/pkg/a.py", "a\n")
write("src/pkg/sub/b.py", "b\n")
write("src/pkg/sub/data.json", "{}\n")
write("src/skip/junk.py", "junk\n")
write("src/.hidden.py", "h\n")
write("docs/readme.md", "# readme\n")

print("-- walk topdown")
for dirpath, dirnames, filenames in os.walk(root):
    dirnames.sort()
    print(rel(dirpath), sorted(dirnames), sorted(filenames))

print("-- walk pruned")
for dirpath, dirnames, filenames in os.walk(os.path.join(root, "src")):
    if "skip" in dirnames:
        dirnames.remove("skip")
    dirnames.sort()
    print(rel(dirpath), sorted(filenames))

print("-- walk bottom-up")
seen = []
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    seen.append(rel(dirpath))
print(sorted(seen))
print("parent after children:", seen.index("src/pkg/sub") < seen.index("src/pkg") < seen.index("<root>"))

print("-- walk errors")
errs = []
print(list(os.walk(os.path.join(root, "missing"))))
list(os.walk(os.path.join(root, "missing"), onerror=lambda e: errs.append(type(e).__name__)))
print(errs)

print("-- fnmatch")
names = ["main.py", "util.py", "notes.txt", "Makefile", "a1.c", "b2.c", "[x].c", ".env"]
for pat in ["*.py", "*.[ch]", "?[0-9].c", "[!a]*.c", "[[]x].c", "M*", "*", ".*", "[a-b]*"]:
    print(pat, fnmatch.filter(names, pat), fnmatch.translate(pat))
print(fnmatch.fnmatch("main.py", "*.py"), fnmatch.fnmatchcase("MAIN.PY", "*.py"))
print(fnmatch.fnmatch("dir/file.py", "*.py"), fnmatch.fnmatch("x", "[]"))
for pat in ["*?*", "a*b*c?d*", "**a**b", "[z-a]x", "[a-]*", "[!]a]"]:
    print(pat, fnmatch.translate(pat), fnmatch.filter(["abcxd", "axbycxdz", "ab", "-", "]", "x"], pat))

print("-- glob")


def g(pattern, **kw):
    return sorted(rel(p) for p in glob.glob(os.path.join(root, pattern), **kw))


print(g("*"))
print(g("src/*.py"))
print(g("src/*/*.py"))
print(g("src/p?g/[ab].py"))
print(g("src/**/*.py"))
print(g("src/**/*.py", recursive=True))
print(g("**/", recursive=True))
print(g("src/*", include_hidden=True))
print(g("nothing/*"), g("src/main.py"), g("src/main.pyc"))
print(sorted(glob.glob("**/*.json", root_dir=root, recursive=True)))
print(sorted(glob.iglob("*/*.md", root_dir=root)))
print(glob.escape("what[is]*this?"), glob.has_magic("a/*.py"), glob.has_magic("a/b.py"))

print("-- shutil copy")
print(rel(shutil.copyfile(os.path.join(root, "src/main.py"), os.path.join(root, "docs/main_copy.py"))))
print(rel(shutil.copy(os.path.join(root, "src/util.py"), os.path.join(root, "docs"))))
print(read("docs/main_copy.py"), end="")
print(read("docs/util.py"), end="")
try:
    shutil.copyfile(os.path.join(root, "src/main.py"), os.path.join(root, "src/main.py"))
except shutil.SameFileError as e:
    print("SameFileError", isinstance(e, OSError))

print("-- shutil copytree")
out = shutil.copytree(os.path.join(root, "src"), os.path.join(root, "backup"),
                      ignore=shutil.ignore_patterns("*.txt", "skip"))
print(rel(out))
print(sorted(rel(p) for p in glob.glob(os.path.join(root, "backup", "**"), recursive=True)))
print(read("backup/pkg/sub/b.py"), end="")
try:
    shutil.copytree(os.path.join(root, "src"), os.path.join(root, "backup"))
except FileExistsError as e:
    print("FileExistsError", e.errno)

print("-- shutil move")
print(rel(shutil.move(os.path.join(root, "docs/readme.md"), os.path.join(root, "backup"))))
print(rel(shutil.move(os.path.join(root, "backup/pkg"), os.path.join(root, "moved"))))
print(sorted(os.listdir(os.path.join(root, "backup"))), sorted(os.listdir(os.path.join(root, "moved"))))
try:
    shutil.move(os.path.join(root, "src/util.py"), os.path.join(root, "docs"))
except shutil.Error as e:
    print("Error", rel(str(e).split("'")[1]))

print("-- shutil rmtree")
shutil.rmtree(os.path.join(root, "backup"))
print(os.path.exists(os.path.join(root, "backup")))
try:
    shutil.rmtree(os.path.join(root, "backup"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
shutil.rmtree(os.path.join(root, "backup"), ignore_errors=True)
calls = []
shutil.rmtree(os.path.join(root, "backup"), onerror=lambda f, p, ei: calls.append((rel(p), ei[0].__name__)))
print(calls[:1])

print("-- shutil which / terminal size")
print(shutil.which("definitely-not-a-command-xyz"))
sh = shutil.which("sh")
print(sh is not None and os.path.basename(sh))
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)
ts = shutil.get_terminal_size((100, 40))
print(tuple(ts), ts.columns, ts.lines)
os.environ["COLUMNS"] = "132"
print(shutil.get_terminal_size().columns)

shutil.rmtree(root)
print(os.path.exists(root))
