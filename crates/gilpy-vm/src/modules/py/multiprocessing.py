"""multiprocessing, the parts scripts comparing threads with processes use.

gilpy has no processes to spare: a "process" here is an interpreter with its own
GIL (the `interpreters` module), run by a thread of this one. What CPython's
processes guarantee holds: workers run in parallel, share no objects, and the
target, its arguments and its results are copied across (module-level functions
and classes, plain data). `Queue` is an interpreters queue, so it crosses too.
Shared memory (`Value`, `Array`), managers and `Lock` across processes are not
provided: using them raises NotImplementedError naming the feature. A `Process`
subclass whose methods cannot be copied (they use `super()` or closures) runs its
`run()` on its thread in this interpreter instead: in parallel with the parent
only where the GIL allows, and sharing its objects.
"""

import itertools as _itertools
import os as _os
import sys as _sys
import threading as _threading

import interpreters as _interpreters
from concurrent.futures import InterpreterPoolExecutor as _PoolExecutor

__all__ = ["Process", "Pool", "Queue", "SimpleQueue", "JoinableQueue", "cpu_count",
           "current_process", "active_children", "ProcessError", "TimeoutError",
           "get_start_method", "set_start_method", "freeze_support", "get_context",
           "get_all_start_methods"]


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError("cannot determine number of cpus")
    return n


def freeze_support():
    pass


def get_start_method(allow_none=False):
    # CPython's default on Linux (every method starts an interpreter here).
    return "fork"


def set_start_method(method, force=False):
    if method not in ("spawn", "fork", "forkserver"):
        raise ValueError("cannot find context for %r" % method)


def get_all_start_methods():
    return ["spawn", "fork", "forkserver"]


class _Context:
    """What `get_context(method)` returns: the module's API under one start method
    (every method starts an interpreter in gilpy, so they behave alike)."""

    def __init__(self, method):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    def __getattr__(self, name):
        if name.startswith("_") or name not in _CONTEXT_NAMES:
            raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
        return globals()[name]

    def __repr__(self):
        return "<multiprocessing.context.%sContext object>" % self._name.capitalize()


_CONTEXT_NAMES = ("Process", "Pool", "Queue", "SimpleQueue", "JoinableQueue", "cpu_count",
                  "current_process", "parent_process", "active_children", "ProcessError",
                  "TimeoutError", "freeze_support", "Value", "Array", "Manager", "Lock",
                  "RLock", "Event", "Semaphore", "Barrier", "Pipe", "get_context",
                  "get_all_start_methods")


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ("spawn", "fork", "forkserver"):
        raise ValueError("cannot find context for %r" % method)
    return _Context(method)


class _ProcessInfo:
    def __init__(self, name, pid):
        self.name = name
        self.pid = pid
        self.daemon = False

    def __repr__(self):
        return "<_MainProcess name=%r parent=None started>" % self.name


# A worker learns its name from the `_gilpy_mp_name` its parent put in its __main__.
def current_process():
    main = _sys.modules.get("__main__")
    name = getattr(main, "_gilpy_mp_name", None)
    return _ProcessInfo(name or "MainProcess", _os.getpid())


def parent_process():
    main = _sys.modules.get("__main__")
    return None if getattr(main, "_gilpy_mp_name", None) is None else _ProcessInfo(
        "MainProcess", _os.getpid())


_counter = _itertools.count(1)
_children = set()
_children_lock = _threading.Lock()


def active_children():
    with _children_lock:
        alive = [p for p in _children if p.is_alive()]
        _children.intersection_update(alive)
    return alive


class Process:
    """A target run in its own interpreter (with its own GIL), started by start()."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        n = next(_counter)
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs or {})
        self._name = name or "Process-%d" % n
        self.daemon = bool(daemon)
        self._thread = None
        self.exitcode = None
        self.pid = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = value

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        try:
            interp = _interpreters.create()
        except BaseException as e:
            print("Process %s:\n%s: %s" % (self._name, type(e).__name__, e),
                  file=_sys.stderr)
            self.exitcode = 1
            return
        try:
            interp.prepare_main(_gilpy_mp_name=self._name)
            if type(self).run is Process.run:
                if self._target is not None:
                    interp.call(self._target, *self._args, **self._kwargs)
            else:
                try:
                    interp.call(_run_subclass, self)
                except TypeError as e:
                    if "to another interpreter" not in str(e):
                        raise
                    # A subclass whose methods cannot be copied (closures, super()):
                    # run() runs on this thread, in this interpreter.
                    self.run()
            self.exitcode = 0
        except SystemExit as e:
            self.exitcode = e.code if isinstance(e.code, int) else 1
        except BaseException as e:
            self.exitcode = 1
            print("Process %s:" % self._name, file=_sys.stderr)
            print("%s: %s" % (type(e).__name__, e), file=_sys.stderr)
        finally:
            interp.close()

    def start(self):
        if self._thread is not None:
            raise AssertionError("cannot start a process twice")
        self.pid = _os.getpid() * 1000 + next(_counter)
        self._thread = _threading.Thread(target=self._bootstrap, name=self._name,
                                         daemon=self.daemon)
        with _children_lock:
            _children.add(self)
        self._thread.start()

    def join(self, timeout=None):
        if self._thread is None:
            raise AssertionError("can only join a started process")
        self._thread.join(timeout)

    def is_alive(self):
        return self._thread is not None and self._thread.is_alive()

    def terminate(self):
        raise NotImplementedError("Process.terminate: gilpy cannot stop an interpreter "
                                  "from outside")

    kill = terminate

    def close(self):
        if self.is_alive():
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")

    def __repr__(self):
        if self._thread is None:
            state = "initial"
        elif self.is_alive():
            state = "started"
        else:
            state = "stopped exitcode=%s" % self.exitcode
        return "<%s name=%r %s>" % (type(self).__name__, self._name, state)


def _run_subclass(process):
    process.run()


class Queue:
    """A FIFO queue that crosses into other interpreters (an interpreters queue)."""

    def __init__(self, maxsize=0):
        self._q = _interpreters.create_queue(maxsize)

    def put(self, obj, block=True, timeout=None):
        if block:
            self._q.put(obj, timeout=timeout)
        else:
            self._q.put_nowait(obj)

    def put_nowait(self, obj):
        self._q.put_nowait(obj)

    def get(self, block=True, timeout=None):
        import queue
        try:
            if block:
                return self._q.get(timeout=timeout)
            return self._q.get_nowait()
        except _interpreters.QueueEmpty:
            raise queue.Empty from None

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return self._q.empty()

    def full(self):
        return self._q.full()

    def qsize(self):
        return self._q.qsize()

    def close(self):
        pass

    def join_thread(self):
        pass


SimpleQueue = Queue
JoinableQueue = Queue


class AsyncResult:
    def __init__(self, future, unpack=None):
        self._future = future
        self._unpack = unpack

    def ready(self):
        return self._future.done()

    def successful(self):
        if not self._future.done():
            raise ValueError("%r not ready" % self)
        return self._future.exception() is None

    def wait(self, timeout=None):
        try:
            self._future.exception(timeout)
        except Exception:
            pass

    def get(self, timeout=None):
        import concurrent.futures
        try:
            result = self._future.result(timeout)
        except concurrent.futures.TimeoutError:
            raise TimeoutError from None
        return self._unpack(result) if self._unpack else result


MapResult = ApplyResult = AsyncResult


def _star(func, args):
    return func(*args)


def _chunk(func, items):
    return [func(x) for x in items]


_pool_counter = _itertools.count(1)


class Pool:
    """Worker interpreters that run func(item) in parallel, results in order."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._ex = _PoolExecutor(max_workers=processes, initializer=initializer,
                                 initargs=tuple(initargs))
        self._state = "RUN"

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        fut = self._ex.submit(func, *args, **kwds)
        self._callbacks(fut, callback, error_callback, False)
        return AsyncResult(fut)

    def _callbacks(self, fut, callback, error_callback, flatten):
        def done(f):
            exc = f.exception()
            if exc is None:
                if callback is not None:
                    callback(f.result())
            elif error_callback is not None:
                error_callback(exc)
        if callback is not None or error_callback is not None:
            fut.add_done_callback(done)

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), self._processes * 4)
            if extra:
                chunksize += 1
        chunksize = max(1, chunksize)
        return [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        futures = [self._ex.submit(_chunk, func, c) for c in self._chunks(iterable, chunksize)]
        fut = self._ex.submit(_identity, None) if not futures else None
        combined = _Gather(futures) if futures else fut
        self._callbacks(combined, callback, error_callback, True)
        return AsyncResult(combined)

    def starmap(self, func, iterable, chunksize=None):
        return self.map(_Starred(func), iterable, chunksize)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self.map_async(_Starred(func), iterable, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        self._check_running()
        futures = [self._ex.submit(_chunk, func, c) for c in self._chunks(iterable, chunksize)]
        for f in futures:
            yield from f.result()

    def imap_unordered(self, func, iterable, chunksize=1):
        import concurrent.futures
        self._check_running()
        futures = [self._ex.submit(_chunk, func, c) for c in self._chunks(iterable, chunksize)]
        for f in concurrent.futures.as_completed(futures):
            yield from f.result()

    def close(self):
        self._state = "CLOSE"

    def terminate(self):
        self._state = "TERMINATE"
        self._ex.shutdown(wait=True, cancel_futures=True)

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        self._ex.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        return "<multiprocessing.pool.Pool state=%s pool_size=%d>" % (self._state,
                                                                     self._processes)


def _identity(x):
    return []


class _Starred:
    """func(*args) for starmap; module-level so that it crosses into workers."""

    def __init__(self, func):
        self.func = func

    def __call__(self, args):
        return self.func(*args)


class _Gather:
    """A future-like view of several chunk futures, flattened in order."""

    def __init__(self, futures):
        self._futures = futures

    def done(self):
        return all(f.done() for f in self._futures)

    def exception(self, timeout=None):
        for f in self._futures:
            e = f.exception(timeout)
            if e is not None:
                return e
        return None

    def result(self, timeout=None):
        out = []
        for f in self._futures:
            out.extend(f.result(timeout))
        return out

    def add_done_callback(self, fn):
        remaining = [len(self._futures)]
        lock = _threading.Lock()

        def one(_):
            with lock:
                remaining[0] -= 1
                last = remaining[0] == 0
            if last:
                fn(self)
        for f in self._futures:
            f.add_done_callback(one)


def _unsupported(name):
    def missing(*args, **kwargs):
        raise NotImplementedError("multiprocessing." + name + " is not available in gilpy: "
                                  "interpreters share no memory (use a Queue, or threading)")
    missing.__name__ = name
    return missing


Value = _unsupported("Value")
Array = _unsupported("Array")
Manager = _unsupported("Manager")
Lock = _unsupported("Lock")
RLock = _unsupported("RLock")
Event = _unsupported("Event")
Semaphore = _unsupported("Semaphore")
Barrier = _unsupported("Barrier")
Pipe = _unsupported("Pipe")
