import random
random.seed(7)
print(round(random.triangular(0, 10, 3), 10), round(random.triangular(), 10), round(random.triangular(1, 2), 10))
print(round(random.gammavariate(2.0, 1.5), 10), round(random.gammavariate(0.5, 1.0), 10), round(random.gammavariate(1.0, 2.0), 10))
print(round(random.betavariate(2, 5), 10), round(random.lognormvariate(0, 0.5), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 1.5), 10))
print(round(random.vonmisesvariate(0, 4), 10), round(random.vonmisesvariate(1, 0), 10))
r = random.Random(3)
print(round(r.triangular(5, 6), 10), round(r.gammavariate(3, 1), 10))
