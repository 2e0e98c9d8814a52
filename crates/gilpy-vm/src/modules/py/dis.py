"""dis: disassembles gilpy's bytecode, the way CPython's dis shows CPython's.

The instructions are gilpy's own (`gilpy dis FILE` prints the same listing), so
the names and offsets differ from CPython 3.11's; what they show is the same: which
loads, stores and calls a line is made of, and so where a thread switch can fall
between them (`counter += 1` is a load, an add and a store).
"""

import sys as _sys
from collections import namedtuple as _namedtuple
import _gilpy_stdlib

__all__ = ["dis", "disassemble", "distb", "get_instructions", "Instruction", "code_info",
           "show_code"]

Instruction = _namedtuple(
    "Instruction",
    ["opname", "opcode", "arg", "argval", "argrepr", "offset", "starts_line",
     "is_jump_target", "positions"],
    defaults=[None])
Instruction.__doc__ = ("Details for a bytecode operation (gilpy's: `opcode` is None, "
                       "gilpy numbers no opcodes)")


def _code_of(x):
    """The code object behind a function, method, generator, code object or source."""
    x = getattr(x, "__func__", x)
    if hasattr(x, "__code__"):
        return x.__code__
    if hasattr(x, "gi_code"):
        return x.gi_code
    if isinstance(x, str):
        return compile(x, "<dis>", "exec")
    if type(x).__name__ == "code":
        return x
    return None


def _listing(code):
    """The disassembly without the header of the outermost code object."""
    text = _gilpy_stdlib.disassemble(code)
    return text.split("\n", 1)[1] if "\n" in text else text


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False):
    """Disassemble classes, methods, functions, generators, code objects or source."""
    if x is None:
        distb(file=file)
        return
    if isinstance(x, type) or type(x).__name__ == "module":
        for name, item in sorted(vars(x).items()):
            if isinstance(item, (classmethod, staticmethod)) or hasattr(item, "__code__") \
                    or isinstance(item, type):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(item, file=file)
                except TypeError as e:
                    print("Sorry:", e, file=file)
                print(file=file)
        return
    code = _code_of(x)
    if code is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    print(_listing(code), end="", file=file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False):
    """Disassemble a code object."""
    print(_listing(co), end="", file=file)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False):
    """Disassemble the code of the last traceback's innermost frame."""
    if tb is None:
        tb = getattr(_sys, "last_traceback", None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, file=file)


def get_instructions(x, *, first_line=None, show_caches=False, adaptive=False):
    """An iterator of Instruction tuples for the code behind `x`."""
    code = _code_of(x)
    if code is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    shift = 0 if first_line is None else first_line - code.co_firstlineno
    for offset, line, target, name, arg, argrepr in _gilpy_stdlib.instructions(code):
        if line is not None:
            line += shift
        yield Instruction(name, None, arg, argrepr or arg, argrepr, offset, line, target)


def code_info(x):
    """A summary of the code object behind `x`."""
    co = _code_of(x)
    if co is None:
        raise TypeError("don't know how to disassemble %s objects" % type(x).__name__)
    lines = ["Name:              " + co.co_name,
             "Filename:          " + co.co_filename,
             "Argument count:    " + str(co.co_argcount),
             "Number of locals:  " + str(co.co_nlocals)]
    for title, names in (("Names", co.co_names),
                         ("Variable names", co.co_varnames)):
        if names:
            lines.append(title + ":")
            for i, n in enumerate(names):
                lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Print the summary `code_info` gives."""
    print(code_info(co), file=file)
