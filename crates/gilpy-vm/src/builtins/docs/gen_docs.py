"""Regenerates builtin_docs.txt from CPython 3.11 (run with CPython, not gilpy):

    python3.11 gen_docs.py > builtin_docs.txt

The docstrings of the builtins module's functions and types and of those types'
methods, which gilpy hands out as `__doc__` (`builtins/docs.rs`): scripts print them
(`len.__doc__`, `help`-like listings), and only CPython's own text matches.
Format: entries separated by a 0x1e byte, each `key` 0x1f `doc`; keys are `len`,
`int`, `str.upper`.
"""
import builtins
import sys

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"

entries = []
for name in sorted(dir(builtins)):
    if name.startswith("_"):
        continue
    obj = getattr(builtins, name)
    if type(obj).__name__ == "builtin_function_or_method" and obj.__doc__:
        entries.append((name, obj.__doc__))
    elif isinstance(obj, type):
        if obj.__doc__:
            entries.append((name, obj.__doc__))
        for attr, val in sorted(vars(obj).items()):
            kind = type(val).__name__
            if kind in ("method_descriptor", "wrapper_descriptor", "classmethod_descriptor",
                        "builtin_function_or_method", "staticmethod", "getset_descriptor",
                        "member_descriptor"):
                doc = getattr(val, "__doc__", None)
                if isinstance(doc, str) and doc:
                    entries.append((name + "." + attr, doc))
sys.stdout.write("\x1e".join(k + "\x1f" + d for k, d in entries))
