import concurrent.futures

def parse(text):
    return int(text)

inputs = ["10", "20", "x", "40"]
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    futures = [ex.submit(parse, s) for s in inputs]
    for s, f in zip(inputs, futures):
        exc = f.exception()
        if exc is None:
            print(f"{s!r} -> {f.result()}")
        else:
            print(f"{s!r} failed: {type(exc).__name__}: {exc}")

    print(list(ex.map(lambda x: x * x, range(6))))
    it = ex.map(parse, inputs)
    try:
        for value in it:
            print("got", value)
    except ValueError as e:
        print("map raised:", e)

f = concurrent.futures.Future()
print(f.done(), f.cancelled())
f.set_result(42)
print(f.done(), f.result())
