import operator as op
print(op.add(2, 3), op.mul(4, 5), op.sub(9, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.neg(5), op.not_(0), op.eq(1, 1.0), op.lt("a", "b"), op.mod(10, 3))
getter = op.itemgetter(1)
print(getter([10, 20, 30]), op.itemgetter(0, 2)("abc"))
print(op.attrgetter("real")(3 + 4j), op.methodcaller("upper")("shout"))
print(op.methodcaller("split", ",")("a,b,c"))
from functools import reduce
print(reduce(op.mul, range(1, 8)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=op.itemgetter(1)))
print(list(map(op.pow, [2, 3], [3, 2])), op.concat([1], [2]), op.contains("abc", "b"))
l = [1, 2, 3]
op.setitem(l, 0, 99); op.delitem(l, 1)
print(l, op.getitem(l, 1), op.index(7), op.truth([]), op.is_(None, None))
x = 5
x = op.iadd(x, 3)
print(x, op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.invert(0))
