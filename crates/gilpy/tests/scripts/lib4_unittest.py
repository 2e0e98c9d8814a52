# unittest: a TextTestRunner on a StringIO; the report is printed with the timing line
# normalised and traceback bodies dropped (their frames differ between interpreters).
import io
import re
import unittest

log = []


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.items = [1, 2, 3]

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_equal(self):
        """Equality works."""
        self.assertEqual(sum(self.items), 6)
        self.assertNotEqual(1, 2)
        self.assertTrue([1])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertIn(2, self.items)
        self.assertNotIn(5, self.items)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertGreater(3, 2)
        self.assertGreaterEqual(3, 3)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRegex('hello world', r'w.r')
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(KeyError, {}.__getitem__, 'k')
        with self.assertRaisesRegex(ValueError, r'invalid literal'):
            int('x')

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_fail_equal(self):
        self.assertEqual(1, 2)

    def test_fail_msg(self):
        self.assertIn('z', 'abc', 'custom message')

    def test_error(self):
        raise KeyError('boom')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless(self):
        self.assertTrue(True)

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    def test_skip_inside(self):
        self.skipTest('inside')

    def test_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def helper(self):
        pass


class Messages(unittest.TestCase):
    def test_messages(self):
        checks = [
            lambda: self.assertEqual(1.5, 2),
            lambda: self.assertEqual(None, 0, 'note'),
            lambda: self.assertNotEqual(1, 1),
            lambda: self.assertTrue(0),
            lambda: self.assertFalse([1]),
            lambda: self.assertIs(1, None),
            lambda: self.assertIsNone(5),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIsInstance('s', int),
            lambda: self.assertIn(4, [1, 2]),
            lambda: self.assertNotIn(1, [1, 2]),
            lambda: self.assertLess(3, 2),
            lambda: self.assertLessEqual(3, 2),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.25),
            lambda: self.assertAlmostEqual(1, 2, places=3),
            lambda: self.assertRaises(TypeError, len, [1]),
            lambda: self.assertRegex('abc', 'z'),
            lambda: self.fail('explicit'),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print('AssertionError:', e)


def report(suite, verbosity):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d\d\ds', r'Ran \1 tests in T', stream.getvalue())
    keep = []
    skipping = False
    for line in text.split('\n'):
        if line.startswith('Traceback'):
            skipping = True
            continue
        if skipping and (line.startswith(' ') or line == ''):
            continue
        skipping = False
        keep.append(line)
    print('\n'.join(keep))
    return result


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Basics))
suite = loader.loadTestsFromTestCase(Basics)
print(suite.countTestCases())
r = report(suite, 2)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped), len(r.expectedFailures),
      r.wasSuccessful())
print(log)
print(r)
report(loader.loadTestsFromTestCase(Basics), 1)
report(unittest.TestSuite([Basics('test_equal'), Basics('test_raises')]), 1)
report(unittest.TestSuite(), 1)
unittest.TestLoader().loadTestsFromTestCase(Messages).run(unittest.TestResult())
print(str(Basics('test_equal')), repr(Basics('test_equal')), Basics('test_equal').id())
print(Basics('test_equal').shortDescription())
try:
    Basics('nope')
except ValueError as e:
    print('ValueError', e)

ok = unittest.TestResult()
unittest.FunctionTestCase(lambda: None).run(ok)
print(ok.testsRun, ok.wasSuccessful())
