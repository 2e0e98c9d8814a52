"""Static check that our module files stay inside gilpy's language subset
(see the repository's shared SPEC, section 1, and README.md here):

    python3 tests/check_subset.py FILE.py...

Reports constructs gilpy cannot run (generators, async, decorators,
property/staticmethod/classmethod, multiple inheritance, metaclasses,
__slots__/__getattr__, walrus, match, set comprehensions, ...), imports other
than the allowed ones, and builtins outside the SPEC's list.
"""
import ast
import builtins
import sys

ALLOWED_IMPORTS = {"_thread", "time", "sys", "threading", "queue"}
CPYTHON_ONLY_IMPORTS = {"traceback", "interpreters"}   # only inside `try: ... except ImportError`
ALLOWED_BUILTINS = set("""
print len range str int float bool list dict tuple repr type isinstance
hasattr getattr setattr id abs min max sum round divmod sorted reversed
enumerate zip any all ord chr set super
BaseException Exception ValueError TypeError KeyError IndexError NameError
UnboundLocalError AttributeError ZeroDivisionError RuntimeError
RecursionError AssertionError StopIteration SystemExit KeyboardInterrupt
ImportError
True False None __name__ __file__
""".split())
FORBIDDEN_NAMES = {"property", "staticmethod", "classmethod", "__slots__",
                   "__getattr__", "__getattribute__", "weakref", "yield"}


def check(path):
    tree = ast.parse(open(path).read(), path)
    problems = []

    def bad(node, what):
        problems.append("%s:%d: %s" % (path, node.lineno, what))

    # Names defined at module level (they may shadow builtins, e.g.
    # threading.enumerate, concurrent_futures.TimeoutError).
    defined = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.add(node.name)
            for a in node.args.args + node.args.kwonlyargs if isinstance(node, ast.FunctionDef) else []:
                defined.add(a.arg)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            defined.add(node.id)
        elif isinstance(node, ast.arg):
            defined.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            defined.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                defined.add((alias.asname or alias.name).split(".")[0])

    # Imports of CPython-only modules must sit in a try whose handler
    # catches ImportError.
    guarded = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            if any(isinstance(h.type, ast.Name) and h.type.id == "ImportError"
                   for h in node.handlers):
                for inner in node.body:
                    for sub in ast.walk(inner):
                        guarded.add(id(sub))

    for node in ast.walk(tree):
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            bad(node, "yield (no generators in gilpy)")
        elif isinstance(node, (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)):
            bad(node, "async")
        elif isinstance(node, ast.NamedExpr):
            bad(node, "walrus :=")
        elif hasattr(ast, "Match") and isinstance(node, ast.Match):
            bad(node, "match statement")
        elif isinstance(node, ast.SetComp):
            bad(node, "set comprehension")
        elif isinstance(node, ast.GeneratorExp):
            bad(node, "generator expression (gilpy: only as a call argument; avoid)")
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.decorator_list:
            bad(node, "decorator")
        elif isinstance(node, ast.ClassDef):
            if len(node.bases) > 1:
                bad(node, "multiple inheritance")
            if node.keywords:
                bad(node, "class keywords (metaclass)")
        elif isinstance(node, ast.FunctionDef) and node.args.posonlyargs:
            bad(node, "positional-only parameters (/)")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                mod = alias.name
                if mod in CPYTHON_ONLY_IMPORTS:
                    if id(node) not in guarded:
                        bad(node, "import %s outside try/except ImportError" % mod)
                elif mod not in ALLOWED_IMPORTS:
                    bad(node, "import %s" % mod)
        elif isinstance(node, ast.ImportFrom):
            bad(node, "from-import (keep to `import M`)")
        elif isinstance(node, ast.Name):
            if node.id in FORBIDDEN_NAMES:
                bad(node, "%s is not available in gilpy" % node.id)
            elif (isinstance(node.ctx, ast.Load) and hasattr(builtins, node.id)
                  and node.id not in ALLOWED_BUILTINS and node.id not in defined):
                bad(node, "builtin %s is not in gilpy's list" % node.id)
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            bad(node, "%s is not available in gilpy" % node.attr)
    return problems


problems = []
for path in sys.argv[1:]:
    problems += check(path)
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
