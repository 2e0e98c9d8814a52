import random
random.seed(2024)
secret = random.randint(1, 100)
lo, hi = 1, 100
tries = 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess < secret:
        print(f"{guess} is too low")
        lo = guess + 1
    elif guess > secret:
        print(f"{guess} is too high")
        hi = guess - 1
    else:
        print(f"Got it: {guess} in {tries} tries")
        break
rolls = [random.randint(1, 6) for _ in range(20)]
print(rolls)
print({face: rolls.count(face) for face in range(1, 7)})
print(random.choice(["rock", "paper", "scissors"]), random.random() < 1)
coin = [random.choice("HT") for _ in range(10)]
print("".join(coin))
print(random.sample(["a", "b", "c", "d", "e"], 3))
print(f"{random.uniform(0, 1):.6f}", random.randrange(10), random.randrange(5, 50, 5))
