import random

random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["rock", "paper", "scissors"]))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5])
print(random.sample(range(100), 5))
print(round(random.uniform(1.5, 2.5), 6))
print(random.randrange(0, 100, 5), random.getrandbits(16))
print(random.choices("abc", weights=[5, 1, 1], k=8))

rng = random.Random(2024)
print([rng.randint(0, 9) for _ in range(8)])
rng2 = random.Random(2024)
print(rng2.random() == random.Random(2024).random())

random.seed(1)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, n in hist.items():
    print(f"{s:>2} {'#' * (n // 10)} {n}")
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
