# pathlib: paths as objects, in the style of tutorials.
import os
import tempfile
from pathlib import Path, PurePath, PurePosixPath

p = Path("/usr/local/lib/python3.11/site-packages/module.tar.gz")
print(p)
print(repr(p))
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parent)
print(p.parts)
print(p.anchor, p.root, repr(p.drive), p.is_absolute())
print([str(x) for x in p.parents][:3])
print(p.with_suffix(".zip"), p.with_name("other.txt"), p.with_stem("renamed"))

rel = Path("docs") / "guide" / "intro.md"
print(rel, rel.parts, rel.is_absolute())
print(Path("a", "b/c", "d"), Path("a//b/./c/"), Path(), Path("/a") / "/b")
print("home" / Path("user"), Path("x").joinpath("y", "z"))
print(Path("/etc/passwd").relative_to("/etc"))
try:
    Path("/etc/passwd").relative_to("/usr")
except ValueError as e:
    print("ValueError:", e)
print(Path("archive.tar.gz").suffixes, Path(".bashrc").suffix, Path(".bashrc").stem)
print(Path("file.").suffix, Path("/").name, Path("/").parent, Path(".").parent)
print(Path("a/b.py").match("*.py"), Path("/a/b/c.py").match("b/*.py"), Path("a/b.py").match("/*.py"))
print(PurePath("x/y"), repr(PurePath("x/y")), repr(PurePosixPath("/q")))
print(Path("a") == Path("a/"), Path("a") == Path("b"), Path("a") < Path("b"))
print(sorted([Path("b"), Path("a/z"), Path("a")]))
print({Path("a"): 1}[Path("a")], str(Path("a/b")), os.fspath(Path("q")) if hasattr(os, "fspath") else "q")
print(Path("notes.txt").with_suffix(""), Path("x.tar.gz").with_suffix(".bz2"))
try:
    Path("x").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)

base = Path(tempfile.mkdtemp())
print(base.exists(), base.is_dir(), base.is_file())
project = base / "project"
(project / "src" / "pkg").mkdir(parents=True)
print(project.is_dir())
try:
    project.mkdir()
except FileExistsError:
    print("FileExistsError raised")
project.mkdir(exist_ok=True)

readme = project / "README.md"
n = readme.write_text("# Project\nHello pathlib\n")
print("wrote", n, "chars")
print(readme.read_text().splitlines())
print(readme.exists(), readme.is_file(), readme.is_dir())
(project / "src" / "main.py").write_text("print('hi')\n")
(project / "src" / "pkg" / "__init__.py").write_text("")
(project / "src" / "pkg" / "util.py").write_text("X = 1\n")
(project / "data.bin").write_bytes(bytes([1, 2, 3]))
print((project / "data.bin").read_bytes())

print(sorted(p.name for p in project.iterdir()))
print(sorted(str(p.relative_to(project)) for p in project.glob("*.md")))
print(sorted(str(p.relative_to(project)) for p in project.glob("src/*.py")))
print(sorted(str(p.relative_to(project)) for p in project.rglob("*.py")))
print(sorted(str(p.relative_to(project)) for p in project.glob("**/*.py")))
print(sorted(p.name for p in project.iterdir() if p.is_dir()))

with (project / "log.txt").open("w") as f:
    f.write("line 1\nline 2\n")
with open(str(project / "log.txt")) as f:
    print(f.read().split())

old = project / "log.txt"
new = old.rename(project / "log.old")
print(new.name, old.exists(), new.exists())
new.unlink()
print(new.exists())
new.unlink(missing_ok=True)
try:
    new.unlink()
except FileNotFoundError:
    print("FileNotFoundError raised")
try:
    (project / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)

(project / "empty").mkdir()
(project / "empty").rmdir()
print((project / "empty").exists())
(project / "touched").touch()
print((project / "touched").is_file())
print(Path.cwd() == Path(os.getcwd()), Path.cwd().is_absolute())
print(Path("a/b/../c").resolve().is_absolute())

for path in sorted(project.rglob("*"), reverse=True):
    if path.is_file():
        path.unlink()
    else:
        path.rmdir()
project.rmdir()
base.rmdir()
print(base.exists())
