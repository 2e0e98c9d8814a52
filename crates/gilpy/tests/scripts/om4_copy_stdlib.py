import copy, datetime, fractions, enum, collections, decimal
class Color(enum.Enum):
    R = 1
print(copy.copy(Color.R) is Color.R, copy.deepcopy(Color.R) is Color.R)
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.copy(datetime.datetime(2020, 1, 2, 3, 4)))
print(copy.deepcopy(fractions.Fraction(1, 3)), copy.copy(decimal.Decimal("1.5")))
print(copy.deepcopy(collections.OrderedDict(a=1)), copy.deepcopy(collections.Counter("aab")))
print(copy.deepcopy(collections.deque([1, [2]])), copy.deepcopy(collections.defaultdict(list, a=[1])))
P = collections.namedtuple("P", "x y")
print(copy.deepcopy(P(1, [2])), copy.copy(P(1, 2)))
