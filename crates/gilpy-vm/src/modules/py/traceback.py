"""traceback: format and print exceptions the way an uncaught one is shown.

format_exc, print_exc, format_exception, print_exception, format_exception_only;
extract_tb, walk_tb, format_tb, print_tb, format_list, FrameSummary, StackSummary.
Exceptions are rendered by the VM's own renderer (the one used for uncaught
exceptions). Differs from CPython: traceback frames carry only f_code and f_lineno
(no locals or globals, f_back is None). The live stack comes from sys._getframe,
whose frames are snapshots taken when it is called (extract_stack, format_stack,
print_stack, walk_stack). The ^^^ marker lines under
source lines (PEP 657) come from the VM (_gilpy_stdlib.marker_line), which imitates
this module's CPython 3.11 rendering.
"""

import sys
import _gilpy_stdlib

__all__ = ["format_exc", "print_exc", "format_exception", "print_exception",
           "format_exception_only", "extract_tb", "walk_tb", "format_tb", "print_tb",
           "format_list", "FrameSummary", "StackSummary", "TracebackException",
           "extract_stack", "format_stack", "print_stack", "walk_stack"]


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
    lines = _lines(_gilpy_stdlib.format_exception(value))
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
    return lines if limit is None else _limit_frames(lines, limit)


def _limit_frames(lines, limit):
    # Each "Traceback" block keeps its first `limit` frames (the last -limit when
    # negative); a block left with no frames loses its header, as in CPython.
    out = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("Traceback (most recent call last):"):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].startswith("  File"):
            j += 1
        frames = lines[i + 1:j]
        frames = frames[:limit] if limit >= 0 else frames[limit:]
        if frames:
            out.append(lines[i])
            out.extend(frames)
        i = j
    return out


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


_source_cache = {}


def _source_line(filename, lineno):
    # The line as linecache gives it: unstripped, ending in a newline ("" if missing).
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding="utf-8") as f:
                lines = f.read().splitlines()
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1] + "\n"
    return ""


class FrameSummary:
    """One frame of a traceback: file, line number, function name and source line,
    and the failing expression's position (end_lineno, colno, end_colno)."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary(list):
    """A list of FrameSummary objects, as extract_tb returns."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(frame_gen)
        if limit is not None:
            items = items[:limit] if limit >= 0 else items[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in items:
            co = f.f_code
            result.append(FrameSummary(co.co_filename, lineno, co.co_name,
                                       lookup_line=lookup_lines,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += "    {}\n".format(frame_summary.line.strip())
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                markers = _gilpy_stdlib.marker_line(
                    frame_summary._original_line, frame_summary.lineno,
                    frame_summary.end_lineno, frame_summary.colno, frame_summary.end_colno)
                if markers:
                    row += markers
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row += "    {} = {}\n".format(name, value)
        return row

    def format(self):
        # A run of the same frame and line shows three, then a count (as CPython).
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > 3:
                    count -= 3
                    result.append("  [Previous line repeated {} more time{}]\n".format(
                        count, "s" if count > 1 else ""))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(fs))
        if count > 3:
            count -= 3
            result.append("  [Previous line repeated {} more time{}]\n".format(
                count, "s" if count > 1 else ""))
        return result


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of traceback `tb`, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        positions = _gilpy_stdlib.code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + positions[1:]
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from frame `f` (default: the caller's) up its callers."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from frame `f` (default: the caller's) outward, outermost first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    if file is None:
        file = sys.stderr
    for line in format_list(extract_stack(f, limit=limit)):
        file.write(line)


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)


_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"


class TracebackException:
    """An exception captured for later rendering: its type, str, notes, stack (a
    StackSummary with positions) and the __cause__/__context__ chain as further
    TracebackExceptions. Exception groups are rendered by the VM's renderer."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._value = exc_value
        self._limit = limit
        try:
            self._str = str(exc_value)
        except Exception:
            self._str = "<exception str() failed>"
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.exceptions = None
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen and not (
                    compact and self.__cause__ is None and self.__suppress_context__):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type == other.exc_type and self.stack == other.stack
                    and self._str == other._str and self.__cause__ == other.__cause__
                    and self.__context__ == other.__context__)
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self._value is None:
            yield from format_exception_only(None)
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _CAUSE, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _CONTEXT, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        if any(isinstance(e._value, BaseExceptionGroup) for _, e in output):
            # Groups use the VM renderer's boxed layout, which draws the chain too.
            yield from format_exception(self._value, limit=self._limit)
            return
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield "Traceback (most recent call last):\n"
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
