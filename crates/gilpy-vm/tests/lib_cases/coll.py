def t(name, f):
    try:
        r = f()
        print(name, '->', repr(r))
    except Exception as e:
        print(name, '!!', type(e).__name__ + ':', e)

def ops(f):
    def g():
        x = f()
        return x
    return g

def lst():
    xs = [3, 1, 2]
    xs.append(5)
    xs.insert(0, 9)
    xs.insert(-1, 7)
    xs.insert(100, 8)
    xs.insert(-100, 0)
    return xs
t("list build", lst)
t("pop empty", lambda: [].pop())
t("pop range", lambda: [1].pop(5))
t("pop neg", lambda: [1, 2, 3].pop(-2))
t("pop str", lambda: [1].pop('a'))
t("remove missing", lambda: [1].remove(2))
t("index missing", lambda: [].index(5))
t("index str missing", lambda: [1].index('a'))
t("index range", lambda: [1, 2, 3, 2].index(2, 2))
t("index neg range", lambda: [1, 2, 3, 2].index(2, -1))
t("index range miss", lambda: [1, 2, 3].index(2, 2))
t("count", lambda: [1, 2, 1, 1.0, True].count(1))
t("insert str", lambda: [].insert("a", 1))
def srt():
    xs = [5, 2, 4, 1]
    r = xs.sort()
    return r, xs
t("sort", srt)
def srt2():
    xs = ['bb', 'a', 'ccc', 'dd']
    xs.sort(key=len, reverse=True)
    return xs
t("sort key rev", srt2)
t("sort pos", lambda: [].sort(1))
t("sort foo", lambda: [].sort(foo=1))
def srt3():
    xs = [3, 'a', 1]
    try:
        xs.sort()
    except TypeError as e:
        return str(e), xs
t("sort mixed keeps", srt3)
def rev():
    xs = [1, 2, 3]
    xs.reverse()
    c = xs.copy()
    c.append(4)
    xs.clear()
    return xs, c
t("reverse copy clear", rev)
def ext():
    xs = [1]
    xs.extend((2, 3))
    xs.extend("ab")
    xs.extend(range(2))
    xs.extend({'k': 1})
    xs += [9]
    return xs
t("extend", ext)
t("extend int", lambda: [].extend(1))
t("append 2", lambda: [].append(1, 2))
t("tuple index", lambda: (1, 2, 3).index(2))
t("tuple index missing", lambda: ().index(1))
t("tuple count", lambda: (1, 2, 1).count(1))
t("dict fromkeys", lambda: dict.fromkeys([1, 2]))
t("dict fromkeys val", lambda: dict.fromkeys("ab", 0))
t("d.fromkeys", lambda: {}.fromkeys("ab", 0))
t("d.fromkeys 1", lambda: {'z': 1}.fromkeys("ab"))
t("dict pop missing", lambda: {}.pop(1))
t("dict pop default", lambda: {}.pop(1, 'd'))
t("dict popitem empty", lambda: {}.popitem())
def popitem():
    d = {'a': 1, 'b': 2}
    return d.popitem(), d
t("dict popitem", popitem)
t("dict update int", lambda: {1: 2}.update(1))
def upd():
    d = {'a': 1}
    d.update({'b': 2}, c=3)
    d.update([('d', 4)])
    d.update(a=0)
    return d
t("dict update", upd)
def sd():
    d = {}
    d.setdefault('a', []).append(1)
    d.setdefault('a', []).append(2)
    x = d.setdefault('b')
    return d, x
t("setdefault", sd)
def views():
    d = {'a': 1, 'b': 2}
    k, v, i = d.keys(), d.values(), d.items()
    d['c'] = 3
    return [str(k), str(v), str(i), len(k), 'a' in k, 1 in v, ('a', 1) in i, list(i), sorted(k, reverse=True)]
t("views", views)
t("print views", lambda: print({'x': 1}.keys(), {'x': 1}.values(), {'x': 1}.items()))
def dcopy():
    d = {'a': [1]}
    c = d.copy()
    c['b'] = 2
    c['a'].append(2)
    d.clear()
    return d, c
t("dict copy clear", dcopy)
t("dict get", lambda: [{'a': 1}.get('a'), {'a': 1}.get('b'), {'a': 1}.get('b', 0)])
t("dict get noargs", lambda: {}.get())
t("dict eq", lambda: [{'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3}])
t("dict keys int float", lambda: {1: 'a', 1.0: 'b', True: 'c'})
t("dict merge", lambda: {"a": 1} | {"b": 2, "a": 3})
def dmod():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t("dict modified", dmod)
t("dict missing", lambda: {'a': 1}['b'])
t("dict unhashable", lambda: {[1]: 2})
t("set basics", lambda: [set([3, 1, 2]), {3, 1, 2}, set([10, 3, 1, 8]), set(), set('aa')])
def sets():
    s = {1, 2}
    s.add(3)
    s.add(2)
    s.discard(10)
    s.remove(1)
    return s, len(s), 2 in s, 5 in s
t("set mut", sets)
t("set remove missing", lambda: set().remove(1))
t("set pop empty", lambda: set().pop())
def spop():
    s = {5, 3, 9}
    return s.pop(), s
t("set pop", spop)
t("set union", lambda: {1}.union([2], [3]))
t("set ops", lambda: [{1, 2} - {2}, {1, 2} & {2}, {1, 2} ^ {2, 3}, {1} | {2}])
t("set methods", lambda: [{1, 2}.intersection([2, 3]), {1, 2}.difference([1]), {1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 2}.issuperset({1}), {1}.isdisjoint({2})])
t("set | list", lambda: {1} | [2])
t("set eq", lambda: [{1, 2} == {2, 1}, {1} == {1, 2}, set() == set()])
t("set copy", lambda: {1, 2}.copy())
def supd():
    s = set()
    s.update([1, 2], (3,))
    s.clear()
    return s
t("set update clear", supd)
t("set unhashable", lambda: {[1]})
t("sorted set", lambda: sorted({5, 1, 3}))
t("set iter", lambda: [list(set([100, 5, 37, 2])), list(set([1, 9, 17, 25, 33, 41])), list(set(range(0, 200, 7)))])
t("set strs len", lambda: len({'a', 'b', 'a'}))
t("list mul", lambda: [[0] * 3, [1, 2] * 2, 2 * [3]])
t("list cmp", lambda: [[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [1, 2] == [1, 2]])
t("list repr nested", lambda: [[1, [2, [3]]], ([],), {'a': [1]}])
def selfref():
    a = [1]
    a.append(a)
    d = {}
    d['d'] = d
    return a, d
t("self ref", selfref)
t("list(dict items)", lambda: list({'a': 1}.items()))
t("tuple cmp", lambda: [(1, 2) < (1, 3), (1,) < (1, 0), () == ()])
t("len types", lambda: [len([1]), len((1, 2)), len({1: 2}), len({1}), len('héllo'), len(range(10)), len({1: 2}.keys())])
t("min max dict", lambda: [min({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}.values())])
t("sum range", lambda: sum(range(101)))
t("enumerate dict", lambda: list(enumerate({'x': 1})))
t("zip dict", lambda: dict(zip(['a', 'b'], [1, 2])))
t("sorted items", lambda: sorted({'b': 2, 'a': 1}.items()))
t("sorted by value", lambda: sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=lambda kv: kv[1]))
t("list of range", lambda: list(range(2, 11, 3)))
t("reversed list iter", lambda: [x for x in reversed([1, 2, 3])])
t("set cmp", lambda: [{1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {2}, {1} >= {2}, set() < {1}])
t("set cmp list", lambda: {1} < [1, 2])
t("keys ops", lambda: [sorted({'a': 1, 'b': 2}.keys() & {'a', 'c'}), sorted({'a': 1, 'b': 2}.keys() - {'a'}), sorted({'a': 1}.keys() | ['z']), sorted({'a': 1, 'b': 2}.keys() ^ {'b': 0}.keys())])
t("items ops", lambda: {'a': 1, 'b': 2}.items() - {('a', 1)})
t("range index", lambda: [range(0, 20, 3).index(9), range(10, 0, -2).index(4), range(5).index(2.0), range(5).count(3), range(5).count(3.0), range(5).count(True), range(0).count(1)])
t("range index miss", lambda: range(5).index(7))
t("range index str", lambda: range(5).index("a"))
t("range index step miss", lambda: range(0, 10, 2).index(3))
def inpl():
    s = {1, 2, 3}
    alias = s
    s |= {4}
    s -= {1}
    s &= {2, 3, 4, 9}
    s ^= {3, 10}
    d = {'a': 1}
    dal = d
    d |= {'b': 2}
    d |= [('c', 3)]
    return sorted(alias), s is alias, dal, d is dal
t("inplace set dict", inpl)
