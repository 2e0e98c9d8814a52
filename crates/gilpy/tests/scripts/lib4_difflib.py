# difflib: SequenceMatcher, get_close_matches, unified/context diffs, ndiff and restore.
import difflib

s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(round(s.ratio(), 4), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                            'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7} a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2,
                                                             s.a[i1:i2], s.b[j1:j2]))
print(difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes())
print(difflib.SequenceMatcher(None, '', '').ratio())
long_a = 'ab' * 150
long_b = 'ab' * 140 + 'c' * 20
print(round(difflib.SequenceMatcher(None, long_a, long_b).ratio(), 4),
      round(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio(), 4))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'hello', 'wheels'], n=2))
print(difflib.get_close_matches('xyz', ['abc']), difflib.get_close_matches('ab', ['ab', 'abc'], cutoff=0.9))
try:
    difflib.get_close_matches('a', ['a'], n=0)
except ValueError as e:
    print('ValueError', e)

a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n',
     'nine\n', 'ten\n']
b = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'eleven\n']
print(''.join(difflib.unified_diff(a, b, fromfile='before.txt', tofile='after.txt')), end='')
print(''.join(difflib.unified_diff(a, b, n=0)), end='')
for line in difflib.unified_diff(['a', 'b'], ['a', 'c'], 'x', 'y', '2020', '2021', lineterm=''):
    print(line)
print(list(difflib.unified_diff(a, a)))
print(''.join(difflib.context_diff(a, b, fromfile='before.txt', tofile='after.txt')), end='')
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(list(difflib.ndiff(['abc'], ['abd', 'xyz'])))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x\n'), difflib.IS_CHARACTER_JUNK(' '))
