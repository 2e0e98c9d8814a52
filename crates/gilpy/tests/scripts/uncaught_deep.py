# an exception raised several calls deep, never caught
def parse(record):
    name, qty = record.split(":")
    return name, int(qty)

def load(records):
    out = []
    for r in records:
        out.append(parse(r))
        print("loaded", out[-1])
    return out

def main():
    print("starting")
    load(["apples:3", "pears:10", "plums:many", "figs:2"])
    print("not reached")

main()
