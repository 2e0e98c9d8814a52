# Suspended generators keep their locals, cells, operand stack and handled exceptions
# alive across collections; a long generator pipeline runs in bounded memory.
def holder(tag):
    data = [tag] * 3
    box = {"tag": tag}
    def get():
        return box["tag"]
    try:
        raise KeyError(tag)
    except KeyError as e:
        yield data
        # the operand stack holds a partial list across this yield
        parts = [tag, (yield "mid"), tag]
        yield (get(), str(e), parts)

gens = [holder(i) for i in range(200)]
firsts = [next(g) for g in gens]
# allocate a lot so the collector runs while all 200 are suspended
junk = 0
for i in range(200000):
    junk += len([i, str(i)])
mids = [next(g) for g in gens]
finals = [g.send(i * 2) for i, g in enumerate(gens)]
print(firsts[7], mids[7], finals[7])
print(all(f[0] == i and f[2] == [i, i * 2, i] for i, f in enumerate(finals)))

# a pipeline of generators allocating heavily (the collector runs inside their frames)
def produce(n):
    for i in range(n):
        yield [i, str(i), (i, i)]

def transform(it):
    for item in it:
        yield item[1] + "!"

total = 0
for s in transform(produce(300000)):
    total += len(s)
print(total)

# generators dropped unfinished are collected without running their finally blocks
def unfinished():
    try:
        yield 1
    finally:
        pass
for _ in range(100000):
    g = unfinished()
    next(g)
print("done")
