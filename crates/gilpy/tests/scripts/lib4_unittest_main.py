# unittest.main() on the script's own tests: the report goes to stderr (its last line
# is checked), the exit status is 1 because one test fails.
import unittest


def add(a, b):
    return a + b


class TestAdd(unittest.TestCase):
    def test_ints(self):
        self.assertEqual(add(2, 3), 5)

    def test_strs(self):
        self.assertEqual(add('a', 'b'), 'ab')

    def test_wrong(self):
        self.assertEqual(add(1, 1), 3)


print('before main')
if __name__ == '__main__':
    unittest.main()
print('not reached')
