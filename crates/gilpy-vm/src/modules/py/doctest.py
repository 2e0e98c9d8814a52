"""Run the interactive examples in docstrings and check their output, as CPython's
`doctest`: `testmod`, `run_docstring_examples`, the option flags and directives, and
CPython's report layout (quiet and verbose). Written for gilpy; `testfile`,
`DocFileSuite` and the debugger hooks are not provided."""

import sys
import re
import traceback
from collections import namedtuple
from io import StringIO

__all__ = [
    "register_optionflag", "DONT_ACCEPT_TRUE_FOR_1", "DONT_ACCEPT_BLANKLINE",
    "NORMALIZE_WHITESPACE", "ELLIPSIS", "SKIP", "IGNORE_EXCEPTION_DETAIL",
    "COMPARISON_FLAGS", "REPORT_UDIFF", "REPORT_CDIFF", "REPORT_NDIFF",
    "REPORT_ONLY_FIRST_FAILURE", "REPORTING_FLAGS", "FAIL_FAST", "Example", "DocTest",
    "DocTestParser", "DocTestFinder", "DocTestRunner", "OutputChecker",
    "DocTestFailure", "UnexpectedException", "testmod", "run_docstring_examples",
    "TestResults",
]

TestResults = namedtuple("TestResults", "failed attempted")

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag("DONT_ACCEPT_TRUE_FOR_1")
DONT_ACCEPT_BLANKLINE = register_optionflag("DONT_ACCEPT_BLANKLINE")
NORMALIZE_WHITESPACE = register_optionflag("NORMALIZE_WHITESPACE")
ELLIPSIS = register_optionflag("ELLIPSIS")
SKIP = register_optionflag("SKIP")
IGNORE_EXCEPTION_DETAIL = register_optionflag("IGNORE_EXCEPTION_DETAIL")
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag("REPORT_UDIFF")
REPORT_CDIFF = register_optionflag("REPORT_CDIFF")
REPORT_NDIFF = register_optionflag("REPORT_NDIFF")
REPORT_ONLY_FIRST_FAILURE = register_optionflag("REPORT_ONLY_FIRST_FAILURE")
FAIL_FAST = register_optionflag("FAIL_FAST")
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE
                   | FAIL_FAST)

BLANKLINE_MARKER = "<BLANKLINE>"
ELLIPSIS_MARKER = "..."


def _indent(s, indent=4):
    return re.sub("(?m)^(?!$)", indent * " ", s)


def _exception_traceback(exc_info):
    return "".join(traceback.format_exception(*exc_info))


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith("\n"):
            source += "\n"
        if want and not want.endswith("\n"):
            want += "\n"
        if exc_msg is not None and not exc_msg.endswith("\n"):
            exc_msg += "\n"
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = "no examples"
        elif len(self.examples) == 1:
            examples = "1 example"
        else:
            examples = "%d examples" % len(self.examples)
        return "<%s %s from %s:%s (%s)>" % (
            self.__class__.__name__, self.name, self.filename, self.lineno, examples)

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self))
                < (other.name, other.filename, other.lineno, id(other)))


class DocTestParser:
    _EXAMPLE_RE = re.compile(r'''
        # Source consists of a PS1 line followed by zero or more PS2 lines.
        (?P<source>
            (?:^(?P<indent> [ ]*) >>>    .*)    # PS1 line
            (?:\n           [ ]*  \.\.\. .*)*)  # PS2 lines
        \n?
        # Want consists of any non-blank lines that do not start with PS1.
        (?P<want> (?:(?![ ]*$)    # Not a blank line
                     (?![ ]*>>>)  # Not a line starting with PS1
                     .+$\n?       # But any other line
                  )*)
        ''', re.MULTILINE | re.VERBOSE)

    _EXCEPTION_RE = re.compile(r"""
        # Grab the traceback header.  Different versions of Python have
        # said different things on the first traceback line.
        ^(?P<hdr> Traceback\ \(
            (?: most\ recent\ call\ last
            |   innermost\ last
            ) \) :
        )
        \s* $                # toss trailing whitespace on the header.
        (?P<stack> .*?)      # don't blink: absorb stuff until...
        ^ (?P<msg> \w+ .*)   #     a line *starts* with alphanum.
        """, re.VERBOSE | re.MULTILINE | re.DOTALL)

    _IS_BLANK_OR_COMMENT = re.compile(r"^[ ]*(#.*)?$")

    _OPTION_DIRECTIVE_RE = re.compile(r"#\s*doctest:\s*([^\n\'\"]*)$", re.MULTILINE)

    def parse(self, string, name="<string>"):
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = "\n".join([l[min_indent:] for l in string.split("\n")])
        output = []
        charno, lineno = 0, 0
        for m in self._EXAMPLE_RE.finditer(string):
            output.append(string[charno:m.start()])
            lineno += string.count("\n", charno, m.start())
            (source, options, want, exc_msg) = self._parse_example(m, name, lineno)
            if not self._IS_BLANK_OR_COMMENT.match(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=min_indent + len(m.group("indent")),
                                      options=options))
            lineno += string.count("\n", m.start(), m.end())
            charno = m.end()
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name="<string>"):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group("indent"))
        source_lines = m.group("source").split("\n")
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], " " * indent + ".", name, lineno)
        source = "\n".join([sl[indent + 4:] for sl in source_lines])
        want = m.group("want")
        want_lines = want.split("\n")
        if len(want_lines) > 1 and re.match(r" *$", want_lines[-1]):
            del want_lines[-1]
        self._check_prefix(want_lines, " " * indent, name, lineno + len(source_lines))
        want = "\n".join([wl[indent:] for wl in want_lines])
        m2 = self._EXCEPTION_RE.match(want)
        exc_msg = m2.group("msg") if m2 else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            option_strings = m.group(1).replace(",", " ").split()
            for option in option_strings:
                if (option[0] not in "+-" or option[1:] not in OPTIONFLAGS_BY_NAME):
                    raise ValueError("line %r of the doctest for %s has an invalid option: %r"
                                     % (lineno + 1, name, option))
                flag = OPTIONFLAGS_BY_NAME[option[1:]]
                options[flag] = (option[0] == "+")
        if options and self._IS_BLANK_OR_COMMENT.match(source):
            raise ValueError("line %r of the doctest for %s has an option directive on a "
                             "line with no example: %r" % (lineno, name, source))
        return options

    def _min_indent(self, s):
        indents = [len(indent) for indent in re.findall(r"(?m)^([ ]*)\S", s)]
        if len(indents) > 0:
            return min(indents)
        return 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != " ":
                raise ValueError("line %r of the docstring for %s lacks blank after %s: %r"
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError("line %r of the docstring for %s has inconsistent "
                                 "leading whitespace: %r" % (lineno + i + 1, name, line))


def _is_routine(obj):
    return type(obj).__name__ in ("function", "builtin_function_or_method")


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, "__name__", None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = sys.modules.get(getattr(obj, "__module__", None) or "__main__")
            if type(obj).__name__ == "module":
                module = obj
        source_lines = None
        file = getattr(module, "__file__", None) if module is not None else None
        if file:
            try:
                with open(file) as fh:
                    source_lines = fh.read().splitlines(True)
            except OSError:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if "__name__" not in globs:
            globs["__name__"] = "__main__"
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if type(obj).__name__ == "function":
            return module.__dict__ is obj.__globals__
        if isinstance(obj, (staticmethod, classmethod)):
            return self._from_module(module, obj.__func__)
        if isinstance(obj, type) or _is_routine(obj):
            return module.__name__ == getattr(obj, "__module__", None)
        if isinstance(obj, property):
            return True
        return False

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        is_module = type(obj).__name__ == "module"
        if is_module and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = "%s.%s" % (name, valname)
                if ((type(val).__name__ == "function" or isinstance(val, type))
                        and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, "__test__", {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                valname = "%s.__test__.%s" % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((type(val).__name__ == "function" or isinstance(val, type)
                        or isinstance(val, property)) and self._from_module(module, val)):
                    valname = "%s.%s" % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ""
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ""
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        filename = getattr(module, "__file__", None) if module is not None else None
        if filename is None:
            filename = module.__name__ if module is not None else "<unknown>"
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        lineno = None
        if type(obj).__name__ == "module":
            lineno = 0
        if isinstance(obj, type):
            if source_lines is None:
                return None
            pat = re.compile(r"^\s*class\s*%s\b" % getattr(obj, "__qualname__", "-").split(".")[-1])
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if isinstance(obj, property):
            obj = obj.fget
        if type(obj).__name__ == "function":
            code = getattr(obj, "__code__", None)
            first = getattr(code, "co_firstlineno", None)
            if first is not None:
                lineno = first - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            pat = re.compile(r"(^|.*:)\s*\w*(\"|')")
            for i in range(lineno, len(source_lines)):
                if pat.match(source_lines[i]):
                    return i
        return None


class OutputChecker:
    def _toAscii(self, s):
        return s

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r"(?m)^%s\s*?$" % re.escape(BLANKLINE_MARKER), "", want)
            got = re.sub(r"(?m)^[^\S\n]+$", "", got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = " ".join(got.split())
            want = " ".join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub("(?m)^[ ]*(?=\n)", BLANKLINE_MARKER, got)
        if want and got:
            return "Expected:\n%sGot:\n%s" % (_indent(want), _indent(got))
        elif want:
            return "Expected:\n%sGot nothing\n" % _indent(want)
        elif got:
            return "Expected nothing\nGot:\n%s" % _indent(got)
        else:
            return "Expected nothing\nGot nothing\n"


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DocTestRunner:
    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = "-v" in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out("Trying:\n" + _indent(example.source) + "Expecting:\n"
                    + _indent(example.want))
            else:
                out("Trying:\n" + _indent(example.source) + "Expecting nothing\n")

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + "Exception raised:\n"
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = "?"
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append("Line %s, in %s" % (example.lineno + 1, test.name))
        out.append("Failed example:")
        out.append(_indent(example.source))
        return "\n".join(out)

    def _run_example(self, test, example, examplenum):
        """Runs one example: its output, and the exception info when it raised."""
        filename = "<doctest %s[%d]>" % (test.name, examplenum)
        captured = StringIO()
        saved = sys.stdout
        sys.stdout = captured
        exc_info = None
        try:
            exec(compile(example.source, filename, "single"), test.globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            exc_info = (type(e), e, e.__traceback__.tb_next if e.__traceback__ else None)
        finally:
            sys.stdout = saved
        got = captured.getvalue()
        # As CPython: output without a final newline (`print(x, end=",")`) still matches
        # an expected block, which cannot say that the newline is missing.
        if got and not got.endswith("\n"):
            got += "\n"
        return got, exc_info

    def _run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            got, exception = self._run_example(test, example, examplenum)
            if self.optionflags & SKIP:
                continue
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                exc_msg = traceback.format_exception_only(exception[0], exception[1])[-1]
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    def strip(m):
                        return m.split(":", 1)[0].split(".")[-1].strip()
                    if strip(example.exc_msg) == strip(exc_msg):
                        outcome = SUCCESS
                got += exc_msg if outcome != BOOM else ""
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if out is None:
            out = sys.stdout.write
        try:
            return self._run(test, compileflags, out)
        finally:
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for name in notests:
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for name, count in passed:
                    print(" %3d tests in %s" % (count, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for name, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


class DebugRunner(DocTestRunner):
    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    global master
    if m is None:
        m = sys.modules.get("__main__")
    if type(m).__name__ != "module":
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def testfile(*args, **kwargs):
    raise NotImplementedError("doctest.testfile is not supported by gilpy; use testmod")
