"""unittest: TestCase (setUp/tearDown, setUpClass/tearDownClass, the common assert*
methods, assertRaises/assertRaisesRegex as context managers or with a callable, subTest,
skipTest), skip/skipIf/skipUnless/expectedFailure, TestSuite, TestLoader, TestResult,
TextTestResult, TextTestRunner (verbosity 0/1/2) and main(). The runner prints CPython's
layout ("Ran N tests in X.XXXs", "OK", "FAILED (failures=N)"); the time is gilpy's own.
Differs from CPython: failure messages of assertEqual on lists/dicts/strings have no
difflib diff (just "a != b"); assertCountEqual reports only "Element counts were not
equal"; no mock, no discovery from folders, no setUpModule/tearDownModule, no class
cleanups, no -k/buffer/catchbreak; main() reads only -v/-q/-f and test names from argv.
Reports hide this module's frames (named "<frozen unittest>") as CPython hides its own."""

import sys
import time
import traceback
import re as _re

__all__ = ['TestCase', 'TestSuite', 'TestLoader', 'TestResult', 'TextTestResult',
           'TextTestRunner', 'main', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'SkipTest', 'defaultTestLoader', 'FunctionTestCase']


class SkipTest(Exception):
    """Raise this to skip a test."""


class _ShouldStop(Exception):
    pass


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, type(_id)):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < _MAX_LENGTH:
        return result
    return result[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None and isinstance(expected_regex, str):
            expected_regex = _re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None
        self.obj_name = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._fail("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._fail("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._fail('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True

    def _fail(self, standard):
        raise self.test_case.failureException(
            self.test_case._formatMessage(self.msg, standard))

    def handle(self, args, kwargs):
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this function'
                                % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)
        return None


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append("[{}]".format(self._message))
        if self.params:
            params_desc = ', '.join("{}={!r}".format(k, v) for (k, v) in self.params.items())
            parts.append("({})".format(params_desc))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, case, msg, params):
        self.case = case
        self.sub = _SubTest(case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        result = self.case._outcome_result
        if exc_type is None:
            if result is not None and hasattr(result, 'addSubTest'):
                result.addSubTest(self.case, self.sub, None)
            return False
        if issubclass(exc_type, SkipTest):
            if result is not None:
                result.addSkip(self.sub, str(exc_value))
            return True
        if result is None or not issubclass(exc_type, Exception):
            return False
        self.case._subtest_failed = True
        result.addSubTest(self.case, self.sub, (exc_type, exc_value, tb))
        return True


class TestCase:
    """A class whose test_* methods are tests."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome_result = None
        self._cleanups = []
        self._subtest_failed = False
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s"
                                 % (self.__class__, methodName))
            self._testMethodDoc = None
        else:
            self._testMethodDoc = getattr(testMethod, '__doc__', None)

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def _call_part(self, result, fn, expecting_failure):
        """Runs one part (setUp, the test, tearDown); returns (ok, outcome)."""
        try:
            fn()
            return True
        except SkipTest as e:
            result.addSkip(self, str(e))
            return False
        except KeyboardInterrupt:
            raise
        except self.failureException as e:
            if expecting_failure:
                result.addExpectedFailure(self, (type(e), e, e.__traceback__))
            else:
                result.addFailure(self, (type(e), e, e.__traceback__))
            return False
        except Exception as e:
            if expecting_failure:
                result.addExpectedFailure(self, (type(e), e, e.__traceback__))
            else:
                result.addError(self, (type(e), e, e.__traceback__))
            return False

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, "__unittest_skip__", False) or
                    getattr(testMethod, "__unittest_skip__", False)):
                why = (getattr(self.__class__, '__unittest_skip_why__', '')
                       or getattr(testMethod, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting_failure = (getattr(testMethod, "__unittest_expecting_failure__", False)
                                 or getattr(self, "__unittest_expecting_failure__", False))
            self._outcome_result = result
            self._subtest_failed = False
            if self._call_part(result, self.setUp, False):
                ok = self._call_part(result, testMethod, expecting_failure)
                ok = self._call_part(result, self.tearDown, False) and ok
                if ok:
                    if expecting_failure:
                        if self._subtest_failed:
                            pass
                        else:
                            result.addUnexpectedSuccess(self)
                    elif not self._subtest_failed:
                        result.addSuccess(self)
            try:
                self.doCleanups()
            except Exception as e:
                result.addError(self, (type(e), e, e.__traceback__))
            return result
        finally:
            self._outcome_result = None
            result.stopTest(self)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # Assertions.

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertTrue(self, expr, msg=None):
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            raise self.failureException(self._formatMessage(
                msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    assertListEqual = assertEqual
    assertTupleEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual
    assertMultiLineEqual = assertEqual

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        self.assertEqual(list(seq1), list(seq2), msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first),
                                                         safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member),
                                                           safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            standardMsg = '%s is not None' % (safe_repr(obj),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            standardMsg = 'unexpectedly None'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            standardMsg = '%s not less than %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            standardMsg = '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            standardMsg = '%s not greater than %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            standardMsg = '%s not greater than or equal to %s' % (safe_repr(a),
                                                                  safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = list(second_seq)
        extra = []
        for x in first_seq:
            if x in missing:
                missing.remove(x)
            else:
                extra.append(x)
        if extra or missing:
            standardMsg = 'Element counts were not equal'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle(args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle(args, kwargs)

    assertEquals = assertEqual
    assertNotEquals = assertNotEqual
    failUnless = assert_ = assertTrue


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        TestCase.__init__(self)
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)


class TestSuite:
    """A collection of tests (and suites) run in order; runs setUpClass/tearDownClass
    around each class's consecutive tests."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def _flat(self, out):
        for t in self._tests:
            if isinstance(t, TestSuite):
                t._flat(out)
            else:
                out.append(t)
        return out

    def run(self, result):
        current = None
        class_ok = True
        for test in self._flat([]):
            if result.shouldStop:
                break
            cls = test.__class__
            if cls is not current:
                if current is not None and class_ok:
                    self._class_teardown(current, result)
                current = cls
                class_ok = self._class_setup(cls, result)
            if class_ok:
                test(result)
        if current is not None and class_ok:
            self._class_teardown(current, result)
        return result

    def _class_setup(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return True
        try:
            cls.setUpClass()
        except SkipTest as e:
            for t in self._flat([]):
                if t.__class__ is cls:
                    result.addSkip(t, str(e))
            return False
        except Exception as e:
            result.addError(_ErrorHolder('setUpClass (%s)' % strclass(cls)),
                            (type(e), e, e.__traceback__))
            return False
        return True

    def _class_teardown(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except Exception as e:
            result.addError(_ErrorHolder('tearDownClass (%s)' % strclass(cls)),
                            (type(e), e, e.__traceback__))


class _ErrorHolder:
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = None
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        names = []
        for klass in testCaseClass.__mro__:
            for name in klass.__dict__:
                if (name.startswith(self.testMethodPrefix) and name not in names
                        and callable(getattr(testCaseClass, name))):
                    names.append(name)
        names.sort()
        return names

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, pattern=None):
        tests = []
        for name in sorted(_module_names(module)):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        suite = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else sys.modules[parts.pop(0)]
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if hasattr(obj, '__dict__') and not callable(obj):
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


def _module_names(module):
    try:
        return list(vars(module))
    except TypeError:
        return [n for n in dir(module)]


defaultTestLoader = TestLoader()


class TestResult:
    """Holds the outcome of a run: failures, errors, skipped, counts."""
    __module__ = 'unittest.result'

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        text = ''.join(traceback.format_exception(exctype, value, tb))
        # Hide this module's own frames, as CPython's unittest does.
        out = []
        skip_source = False
        for line in text.splitlines(True):
            if line.startswith('  File "<frozen unittest>"'):
                skip_source = True
                continue
            if skip_source and line.startswith('    '):
                continue
            skip_source = False
            out.append(line)
        return ''.join(out)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))


class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.stream.write(arg)
        self.stream.write('\n')

    def write(self, arg):
        self.stream.write(arg)

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()


class TextTestResult(TestResult):
    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, "FAIL")
                else:
                    self._write_status(subtest, "ERROR")
            elif self.dots:
                if issubclass(err[0], subtest.failureException):
                    self.stream.write('F')
                else:
                    self.stream.write('E')
                self.stream.flush()
        TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        TestResult.addSuccess(self, test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self.stream.write('.')
            self.stream.flush()

    def addError(self, test, err):
        TestResult.addError(self, test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self.stream.write('E')
            self.stream.flush()

    def addFailure(self, test, err):
        TestResult.addFailure(self, test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self.stream.write('F')
            self.stream.flush()

    def addSkip(self, test, reason):
        TestResult.addSkip(self, test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self.stream.write("s")
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        TestResult.addExpectedFailure(self, test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        TestResult.addUnexpectedSuccess(self, test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in unexpectedSuccesses:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a suite and reports on a stream (sys.stderr by default), as CPython's."""
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        startTime = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        stopTime = time.perf_counter()
        timeTaken = stopTime - startTime
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", timeTaken))
        self.stream.writeln()
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram:
    """unittest.main(): loads the module's tests, runs them, exits with 0 or 1."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        if argv is None:
            argv = sys.argv
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        names = []
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif not a.startswith('-'):
                names.append(a)
        if defaultTest is not None and not names:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        self.testLoader = testLoader
        if names:
            self.test = testLoader.loadTestsFromNames(names, module)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        if testRunner is None:
            testRunner = TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = testRunner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
