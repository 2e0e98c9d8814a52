from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
c = OrderedDict(a=1, b=2)
print(list(reversed(c)), list(reversed(defaultdict(int, x=1, y=2))))
class L(list): pass
print(list(reversed(L([1,2,3]))))
P = namedtuple("P", "x y")
print(P.__module__, P(1,2).__class__.__mro__)
import copy
print(copy.copy(Counter("aab")), copy.deepcopy(defaultdict(list, a=[1])))
print(copy.copy(P(1, 2)), copy.deepcopy(OrderedDict(a=[1])))
d = defaultdict(list)
print(d.__class__.__bases__, Counter.__mro__)
print(sorted(Counter("hello world").items()))
import json
print(json.dumps(Counter("aab")), json.dumps(P(1, 2)), json.dumps(OrderedDict(z=1, a=2)))
print(str(P(1, 2)), f"{P(1,2)}", "%s" % (P(1, 2),))
print(P(1, 2) < P(1, 3), P(1, 2) == P(1, 2), P(1,2) != (1, 2))
print({**Counter(a=1)}, dict(**OrderedDict(a=1)))
x = Counter(a=1)
x["b"] = 0
print(x, Counter(a=2) == Counter(a=2, b=0))
print(defaultdict(list).get("x"), Counter().get("q", 7))
print(isinstance(OrderedDict(), dict), OrderedDict(a=1) == dict(a=1))
print(P(*range(2)), P._make(iter([1, 2])))
