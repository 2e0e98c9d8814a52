# multiprocessing.get_context: a context with the module's API under a start method.
import multiprocessing as mp


def square(x):
    return x * x


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    print(ctx.get_start_method(), mp.get_context().get_start_method())
    with ctx.Pool(2) as pool:
        print(pool.map(square, range(5)))
    q = ctx.Queue()
    q.put("hello")
    print(q.get())
    print(sorted(mp.get_all_start_methods()))
    try:
        mp.get_context("threads")
    except ValueError as e:
        print("ValueError:", e)
