# an exception raised while handling another: both tracebacks, the last one wins
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        print("missing", repr(key), "- falling back")
        return table["default"] * 2

table = {"a": 1, "b": 2}
print(lookup(table, "a"))
print(lookup(table, "zzz"))
