# pickle of library types: collections, namedtuple, dataclasses, enums,
# exceptions; and loading the same values pickled by CPython.
import pickle
import collections
import dataclasses
import enum
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple

Pair = namedtuple("Pair", "left right")


@dataclasses.dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int
    b: str


class Color(enum.Enum):
    RED = 1
    GREEN = "g"


class Perm(enum.IntFlag):
    R = 4
    W = 2


def build():
    dd = defaultdict(list)
    dd["x"].append(1)
    return [
        OrderedDict([("b", 1), ("a", 2)]),
        dd,
        deque([1, 2, 3]),
        deque("ab", maxlen=5),
        Counter("abracadabra"),
        Pair(1, "two"),
        Item("bolt", 3, ["m4"]),
        Frozen(1, "x"),
        Color.RED,
        Color.GREEN,
        Perm.R,
        ValueError("bad value", 3),
        KeyError("k"),
    ]


values = build()
for proto in range(6):
    print("protocol", proto)
    data = pickle.dumps(values, proto)
    back = pickle.loads(data)
    for old, new in zip(values, back):
        same = old == new if not isinstance(old, Exception) else (type(old) is type(new) and old.args == new.args)
        print(" ", type(new).__name__, repr(new) if not isinstance(new, deque) else (list(new), new.maxlen), same)
    print("  default factory", back[1].default_factory, back[1]["new"])
    print("  enum identity", back[8] is Color.RED, back[9] is Color.GREEN)
    print("  namedtuple fields", back[5].left, back[5].right, back[5]._fields)

# Pickles of the same values written by CPython 3.11.
cpython = {
    'p0': b'(lp0\nccollections\nOrderedDict\np1\n(tRp2\nVb\np3\nI1\nsVa\np4\nI2\nsaccollections\ndefaultdict\np5\n(c__builtin__\nlist\np6\ntp7\nRp8\nVx\np9\n(lp10\nI1\nasaccollections\ndeque\np11\n(tRp12\nI1\naI2\naI3\naag11\n((tI5\ntp13\nRp14\nVa\np15\naVb\np16\naaccollections\nCounter\np17\n((dp18\ng15\nI5\nsg16\nI2\nsVr\np19\nI2\nsVc\np20\nI1\nsVd\np21\nI1\nstp22\nRp23\naccopy_reg\n_reconstructor\np24\n(c__main__\nPair\np25\nc__builtin__\ntuple\np26\n(I1\nVtwo\np27\ntp28\ntp29\nRp30\nag24\n(c__main__\nItem\np31\nc__builtin__\nobject\np32\nNtp33\nRp34\n(dp35\nVname\np36\nVbolt\np37\nsVqty\np38\nI3\nsVtags\np39\n(lp40\nVm4\np41\nasbag24\n(c__main__\nFrozen\np42\ng32\nNtp43\nRp44\n(dp45\ng4\nI1\nsg3\ng9\nsbac__main__\nColor\np46\n(I1\ntp47\nRp48\nag46\n(Vg\np49\ntp50\nRp51\nac__main__\nPerm\np52\n(I4\ntp53\nRp54\nacexceptions\nValueError\np55\n(Vbad value\np56\nI3\ntp57\nRp58\nacexceptions\nKeyError\np59\n(Vk\np60\ntp61\nRp62\na.',
    'p1': b']q\x00(ccollections\nOrderedDict\nq\x01)Rq\x02(X\x01\x00\x00\x00bq\x03K\x01X\x01\x00\x00\x00aq\x04K\x02uccollections\ndefaultdict\nq\x05(c__builtin__\nlist\nq\x06tq\x07Rq\x08X\x01\x00\x00\x00xq\t]q\nK\x01asccollections\ndeque\nq\x0b)Rq\x0c(K\x01K\x02K\x03eh\x0b()K\x05tq\rRq\x0e(X\x01\x00\x00\x00aq\x0fX\x01\x00\x00\x00bq\x10eccollections\nCounter\nq\x11(}q\x12(h\x0fK\x05h\x10K\x02X\x01\x00\x00\x00rq\x13K\x02X\x01\x00\x00\x00cq\x14K\x01X\x01\x00\x00\x00dq\x15K\x01utq\x16Rq\x17ccopy_reg\n_reconstructor\nq\x18(c__main__\nPair\nq\x19c__builtin__\ntuple\nq\x1a(K\x01X\x03\x00\x00\x00twoq\x1btq\x1ctq\x1dRq\x1eh\x18(c__main__\nItem\nq\x1fc__builtin__\nobject\nq Ntq!Rq"}q#(X\x04\x00\x00\x00nameq$X\x04\x00\x00\x00boltq%X\x03\x00\x00\x00qtyq&K\x03X\x04\x00\x00\x00tagsq\']q(X\x02\x00\x00\x00m4q)aubh\x18(c__main__\nFrozen\nq*h Ntq+Rq,}q-(h\x04K\x01h\x03h\tubc__main__\nColor\nq.(K\x01tq/Rq0h.(X\x01\x00\x00\x00gq1tq2Rq3c__main__\nPerm\nq4(K\x04tq5Rq6cexceptions\nValueError\nq7(X\t\x00\x00\x00bad valueq8K\x03tq9Rq:cexceptions\nKeyError\nq;(X\x01\x00\x00\x00kq<tq=Rq>e.',
    'p2': b'\x80\x02]q\x00(ccollections\nOrderedDict\nq\x01)Rq\x02(X\x01\x00\x00\x00bq\x03K\x01X\x01\x00\x00\x00aq\x04K\x02uccollections\ndefaultdict\nq\x05c__builtin__\nlist\nq\x06\x85q\x07Rq\x08X\x01\x00\x00\x00xq\t]q\nK\x01asccollections\ndeque\nq\x0b)Rq\x0c(K\x01K\x02K\x03eh\x0b)K\x05\x86q\rRq\x0e(X\x01\x00\x00\x00aq\x0fX\x01\x00\x00\x00bq\x10eccollections\nCounter\nq\x11}q\x12(h\x0fK\x05h\x10K\x02X\x01\x00\x00\x00rq\x13K\x02X\x01\x00\x00\x00cq\x14K\x01X\x01\x00\x00\x00dq\x15K\x01u\x85q\x16Rq\x17c__main__\nPair\nq\x18K\x01X\x03\x00\x00\x00twoq\x19\x86q\x1a\x81q\x1bc__main__\nItem\nq\x1c)\x81q\x1d}q\x1e(X\x04\x00\x00\x00nameq\x1fX\x04\x00\x00\x00boltq X\x03\x00\x00\x00qtyq!K\x03X\x04\x00\x00\x00tagsq"]q#X\x02\x00\x00\x00m4q$aubc__main__\nFrozen\nq%)\x81q&}q\'(h\x04K\x01h\x03h\tubc__main__\nColor\nq(K\x01\x85q)Rq*h(X\x01\x00\x00\x00gq+\x85q,Rq-c__main__\nPerm\nq.K\x04\x85q/Rq0cexceptions\nValueError\nq1X\t\x00\x00\x00bad valueq2K\x03\x86q3Rq4cexceptions\nKeyError\nq5X\x01\x00\x00\x00kq6\x85q7Rq8e.',
    'p3': b'\x80\x03]q\x00(ccollections\nOrderedDict\nq\x01)Rq\x02(X\x01\x00\x00\x00bq\x03K\x01X\x01\x00\x00\x00aq\x04K\x02uccollections\ndefaultdict\nq\x05cbuiltins\nlist\nq\x06\x85q\x07Rq\x08X\x01\x00\x00\x00xq\t]q\nK\x01asccollections\ndeque\nq\x0b)Rq\x0c(K\x01K\x02K\x03eh\x0b)K\x05\x86q\rRq\x0e(X\x01\x00\x00\x00aq\x0fX\x01\x00\x00\x00bq\x10eccollections\nCounter\nq\x11}q\x12(h\x0fK\x05h\x10K\x02X\x01\x00\x00\x00rq\x13K\x02X\x01\x00\x00\x00cq\x14K\x01X\x01\x00\x00\x00dq\x15K\x01u\x85q\x16Rq\x17c__main__\nPair\nq\x18K\x01X\x03\x00\x00\x00twoq\x19\x86q\x1a\x81q\x1bc__main__\nItem\nq\x1c)\x81q\x1d}q\x1e(X\x04\x00\x00\x00nameq\x1fX\x04\x00\x00\x00boltq X\x03\x00\x00\x00qtyq!K\x03X\x04\x00\x00\x00tagsq"]q#X\x02\x00\x00\x00m4q$aubc__main__\nFrozen\nq%)\x81q&}q\'(h\x04K\x01h\x03h\tubc__main__\nColor\nq(K\x01\x85q)Rq*h(X\x01\x00\x00\x00gq+\x85q,Rq-c__main__\nPerm\nq.K\x04\x85q/Rq0cbuiltins\nValueError\nq1X\t\x00\x00\x00bad valueq2K\x03\x86q3Rq4cbuiltins\nKeyError\nq5X\x01\x00\x00\x00kq6\x85q7Rq8e.',
    'p4': b'\x80\x04\x95\x9e\x01\x00\x00\x00\x00\x00\x00]\x94(\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94(\x8c\x01b\x94K\x01\x8c\x01a\x94K\x02uh\x01\x8c\x0bdefaultdict\x94\x93\x94\x8c\x08builtins\x94\x8c\x04list\x94\x93\x94\x85\x94R\x94\x8c\x01x\x94]\x94K\x01ash\x01\x8c\x05deque\x94\x93\x94)R\x94(K\x01K\x02K\x03eh\x11)K\x05\x86\x94R\x94(\x8c\x01a\x94\x8c\x01b\x94eh\x01\x8c\x07Counter\x94\x93\x94}\x94(h\x15K\x05h\x16K\x02\x8c\x01r\x94K\x02\x8c\x01c\x94K\x01\x8c\x01d\x94K\x01u\x85\x94R\x94\x8c\x08__main__\x94\x8c\x04Pair\x94\x93\x94K\x01\x8c\x03two\x94\x86\x94\x81\x94h\x1f\x8c\x04Item\x94\x93\x94)\x81\x94}\x94(\x8c\x04name\x94\x8c\x04bolt\x94\x8c\x03qty\x94K\x03\x8c\x04tags\x94]\x94\x8c\x02m4\x94aubh\x1f\x8c\x06Frozen\x94\x93\x94)\x81\x94}\x94(h\x06K\x01h\x05h\x0eubh\x1f\x8c\x05Color\x94\x93\x94K\x01\x85\x94R\x94h4\x8c\x01g\x94\x85\x94R\x94h\x1f\x8c\x04Perm\x94\x93\x94K\x04\x85\x94R\x94h\t\x8c\nValueError\x94\x93\x94\x8c\tbad value\x94K\x03\x86\x94R\x94h\t\x8c\x08KeyError\x94\x93\x94\x8c\x01k\x94\x85\x94R\x94e.',
    'p5': b'\x80\x05\x95\x9e\x01\x00\x00\x00\x00\x00\x00]\x94(\x8c\x0bcollections\x94\x8c\x0bOrderedDict\x94\x93\x94)R\x94(\x8c\x01b\x94K\x01\x8c\x01a\x94K\x02uh\x01\x8c\x0bdefaultdict\x94\x93\x94\x8c\x08builtins\x94\x8c\x04list\x94\x93\x94\x85\x94R\x94\x8c\x01x\x94]\x94K\x01ash\x01\x8c\x05deque\x94\x93\x94)R\x94(K\x01K\x02K\x03eh\x11)K\x05\x86\x94R\x94(\x8c\x01a\x94\x8c\x01b\x94eh\x01\x8c\x07Counter\x94\x93\x94}\x94(h\x15K\x05h\x16K\x02\x8c\x01r\x94K\x02\x8c\x01c\x94K\x01\x8c\x01d\x94K\x01u\x85\x94R\x94\x8c\x08__main__\x94\x8c\x04Pair\x94\x93\x94K\x01\x8c\x03two\x94\x86\x94\x81\x94h\x1f\x8c\x04Item\x94\x93\x94)\x81\x94}\x94(\x8c\x04name\x94\x8c\x04bolt\x94\x8c\x03qty\x94K\x03\x8c\x04tags\x94]\x94\x8c\x02m4\x94aubh\x1f\x8c\x06Frozen\x94\x93\x94)\x81\x94}\x94(h\x06K\x01h\x05h\x0eubh\x1f\x8c\x05Color\x94\x93\x94K\x01\x85\x94R\x94h4\x8c\x01g\x94\x85\x94R\x94h\x1f\x8c\x04Perm\x94\x93\x94K\x04\x85\x94R\x94h\t\x8c\nValueError\x94\x93\x94\x8c\tbad value\x94K\x03\x86\x94R\x94h\t\x8c\x08KeyError\x94\x93\x94\x8c\x01k\x94\x85\x94R\x94e.',
}
for name, data in sorted(cpython.items()):
    for v in pickle.loads(data):
        print(name, type(v).__name__, repr(v) if not isinstance(v, deque) else (list(v), v.maxlen))

# The exact bytes, as CPython's reductions give them.
for v in [OrderedDict(a=1), defaultdict(list, a=[1]), deque([1]), deque([1], 3), Counter("aab"),
          Pair(1, 2), Item("x", 2), Color.RED, Perm.R, ValueError("v"), KeyError("k", 2)]:
    for p in (2, 4):
        print(type(v).__name__, p, pickle.dumps(v, p))
