# an uncaught KeyError shows the key's repr
inventory = {"apple": 3, "pear": 0}
for item in ["apple", "pear", "kiwi"]:
    print(item, inventory[item])
