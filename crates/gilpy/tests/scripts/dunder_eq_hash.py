# __eq__/__hash__ in dicts, sets of keys and `in`; ordering dunders with sorted

class Card:
    RANKS = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank and self.suit == other.suit

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __lt__(self, other):
        return self.key() < other.key()

    def key(self):
        return (Card.RANKS.index(self.rank), self.suit)

    def __repr__(self):
        return self.rank + self.suit


a = Card("Q", "h")
b = Card("Q", "h")
c = Card("2", "s")
print(a == b, a is b, a != b, a == c, a != c)
print(a == "Qh", "Qh" == a, a != 5)
print(a in [c, b], Card("3", "d") in [a, b, c])
counts = {}
for card in [a, b, c, Card("2", "s"), Card("A", "d")]:
    counts[card] = counts.get(card, 0) + 1
print(counts)
print(counts[Card("Q", "h")], Card("A", "d") in counts, Card("A", "h") in counts)
hand = [Card("K", "s"), Card("3", "h"), Card("A", "c"), Card("3", "c"), Card("T", "d")]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(max(hand), min(hand))
print(Card("3", "h") > Card("3", "c"), Card("K", "s") > Card("A", "c"))
print([x for x in hand if x == Card("3", "c")])
print(hand.index(Card("A", "c")), hand.count(Card("3", "h")))
hand.remove(Card("T", "d"))
print(hand)

# a full set of ordering methods
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __ne__(self, other):
        return self.parts != other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)


vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
v1, v2 = Version("1.2.3"), Version("1.10")
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v1 == v2, v1 != v2)
print(Version("1.2.3") == vs[1], Version("1.2.3") != vs[4])
print(Version("1.0") < Version("1.5") < Version("2.0"))
uniq = {}
for v in vs:
    uniq[v] = uniq.get(v, 0) + 1
print(uniq)

# only __eq__ defined: instances become unhashable
class NoHash:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v

print(NoHash(1) == NoHash(1), NoHash(1) == NoHash(2), NoHash(1) in [NoHash(0), NoHash(1)])
try:
    {NoHash(1): "x"}
except TypeError as e:
    print("TypeError:", e)

# default identity equality
class Plain:
    pass

p1, p2 = Plain(), Plain()
print(p1 == p1, p1 == p2, p1 != p2, p1 in [p2], p1 in [p2, p1])
d = {p1: "one", p2: "two"}
print(d[p1], d[p2], len(d))

# __eq__ returning NotImplemented on both sides falls back to identity
print(a == 1, 1 == a)

# reflected comparisons: only __lt__ is defined, > uses it swapped
class Weight:
    verbose = True

    def __init__(self, kg):
        self.kg = kg

    def __lt__(self, other):
        if Weight.verbose:
            print(f"  __lt__({self.kg}, {other.kg})")
        return self.kg < other.kg

    def __repr__(self):
        return f"{self.kg}kg"

w1, w2 = Weight(3), Weight(5)
print(w1 < w2)
print(w2 > w1)
Weight.verbose = False
print(sorted([Weight(9), Weight(1), Weight(4), Weight(7), Weight(2)]))
try:
    print(w1 <= w2)
except TypeError as e:
    print("TypeError:", e)
