"""atexit: functions run when the interpreter exits, newest first, as CPython's.

They run after the main script ends (normally, by sys.exit or an uncaught exception)
and after non-daemon threads are joined. An exception in a callback is reported on
stderr ("Exception ignored in atexit callback") and the others still run.
"""

import threading as _threading

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import traceback
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            traceback.print_exception(exc)


_threading._register_final(_run_exitfuncs)
