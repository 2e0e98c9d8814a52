# statistics.mean / harmonic_mean sum exactly and keep the data's type
from fractions import Fraction
from decimal import Decimal
import statistics

print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.harmonic_mean([3]), statistics.harmonic_mean([1, 0, 2]))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([0.1] * 10))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), 1]))
print(statistics.mean([Decimal("0.5"), Decimal("0.75"), 2]))
print(statistics.mean([1e16, 1.0, -1e16, 3.0]), statistics.mean([True, False, True]))
for bad in ([], [-1, 2]):
    try:
        statistics.harmonic_mean(bad)
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
try:
    statistics.mean([Fraction(1), Decimal(1), Fraction(2)])
except TypeError as e:
    print("TypeError:", str(e).startswith("don't know how to coerce"))
