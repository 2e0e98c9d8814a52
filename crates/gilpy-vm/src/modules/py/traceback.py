"""traceback: format and print exceptions the way an uncaught one is shown.

format_exc, print_exc, format_exception, print_exception, format_exception_only
and print_last-free basics. The text comes from the VM's own renderer (the one used
for uncaught exceptions). Differs from CPython: there are no frame objects, so
extract_tb/extract_stack/print_stack/walk_tb are not provided, and `limit` is ignored.
"""

import sys
import _gilpy_stdlib

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only"]


_CHAIN_MESSAGES = (
    "During handling of the above exception, another exception occurred:\n",
    "The above exception was the direct cause of the following exception:\n",
)


def _lines(text):
    # Grouped as CPython's list is: a frame's "File" line with its source and caret
    # lines, and a chain message with the blank lines around it.
    out = []
    for line in text.splitlines(True):
        if out and line.startswith("    ") and out[-1].startswith("  File"):
            out[-1] += line
        elif out and line in _CHAIN_MESSAGES and out[-1] == "\n":
            out[-1] += line
        elif out and line == "\n" and out[-1].endswith(_CHAIN_MESSAGES):
            out[-1] += line
        else:
            out.append(line)
    return out


def _value_of(exc, value):
    # Both call forms: format_exception(exc) and format_exception(type, value, tb).
    if value is not _sentinel:
        return value
    return exc


_sentinel = object()


def format_exception_only(exc, value=_sentinel):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    name = type(value).__qualname__
    module = type(value).__module__
    if module not in ("builtins", "__main__"):
        name = module + "." + name
    msg = str(value)
    lines = [name + ": " + msg + "\n" if msg else name + "\n"]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            lines.append(str(note) + "\n")
    return lines


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _value_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_gilpy_stdlib.format_exception(value))


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
