"""contextlib: contextmanager (over the generator protocol: next(gen), gen.throw),
suppress, closing, nullcontext, ExitStack, redirect_stdout, redirect_stderr,
AbstractContextManager, ContextDecorator."""


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def __call__(self, f):
        # Used as a decorator: a fresh context manager per call.
        cm_func = self.func
        args = self.args
        kwds = self.kwds

        def inner(*a, **k):
            with _GeneratorContextManager(cm_func, args, kwds):
                return f(*a, **k)

        return inner

    def __enter__(self):
        # Single use, as CPython: entering again fails with AttributeError ('args').
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    helper.__name__ = getattr(func, "__name__", "helper")
    helper.__wrapped__ = func
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None


class _ExitCallback:
    def __init__(self, callback, args, kwds):
        self.callback = callback
        self.args = args
        self.kwds = kwds

    def __call__(self, typ, value, tb):
        self.callback(*self.args, **self.kwds)
        return False


class _ExitMethod:
    def __init__(self, cm):
        self.cm = cm

    def __call__(self, typ, value, tb):
        return self.cm.__exit__(typ, value, tb)


class ExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def enter_context(self, cm):
        result = cm.__enter__()
        self._exit_callbacks.append(_ExitMethod(cm))
        return result

    def push(self, exit):
        if hasattr(exit, "__exit__"):
            self._exit_callbacks.append(_ExitMethod(exit))
        else:
            self._exit_callbacks.append(exit)
        return exit

    def callback(self, callback, *args, **kwds):
        self._exit_callbacks.append(_ExitCallback(callback, args, kwds))
        return callback

    def pop_all(self):
        new = ExitStack()
        new._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        pending = value
        suppressed = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if pending is None:
                t = None
            else:
                t = type(pending)
            try:
                if cb(t, pending, None):
                    suppressed = True
                    pending = None
            except BaseException as exc:
                if pending is not None and exc is not pending and exc.__context__ is None:
                    exc.__context__ = pending
                pending = exc
                suppressed = False
        if pending is not None and pending is not value:
            raise pending
        return suppressed or (value is not None and pending is None)


class _RedirectStream:
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Send print() and sys.stdout writes to another file-like object."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr writes to another file-like object."""
    _stream = "stderr"


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A context manager usable as a decorator: the call runs inside `with self`."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        try:
            inner.__name__ = func.__name__
            inner.__doc__ = func.__doc__
            inner.__wrapped__ = func
        except AttributeError:
            pass
        return inner
