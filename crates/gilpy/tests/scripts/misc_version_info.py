import sys

vi = sys.version_info
print(vi.major, vi.minor >= 0, vi.releaselevel, vi.serial)
print(vi[0], vi[:2] == (vi.major, vi.minor), vi[-1])
print(vi >= (3, 0), vi < (4,), vi > (3,), vi == tuple(vi))
print(len(vi), isinstance(vi, tuple))
print(repr(vi).startswith("sys.version_info(major=3, minor="))
print(repr(vi).endswith("releaselevel='final', serial=0)"))
major, minor, *rest = vi
print(major, rest[-2:])
print(str(vi) == repr(vi))
print("%d.%d" % vi[:2] == "%d.%d" % (vi.major, vi.minor))
print(sys.float_info.max > 1e308, sys.float_info.epsilon, sys.int_info.bits_per_digit)
