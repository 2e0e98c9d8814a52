"""timeit: time small code snippets (gilpy's own). Statements may be callables or
source strings; strings are compiled into one timing function through exec."""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _indent(src, spaces):
    return src.replace("\n", "\n" + " " * spaces)


class Timer:
    """Times `stmt` after running `setup`, both strings or callables."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        if isinstance(stmt, str):
            compile(stmt, "<timeit-src>", "exec")
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            stmt_src = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        if isinstance(setup, str):
            compile(setup, "<timeit-src>", "exec")
            setup_src = _indent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            setup_src = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        src = ("def inner(_it, _timer" + "".join(", %s=%s" % (k, k) for k in local_ns)
               + "):\n    " + setup_src + "\n    _t0 = _timer()\n    for _i in _it:\n        "
               + stmt_src + "\n    _t1 = _timer()\n    return _t1 - _t0\n")
        exec(src, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times."""
        return self.inner(range(number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Finds a loop count (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
