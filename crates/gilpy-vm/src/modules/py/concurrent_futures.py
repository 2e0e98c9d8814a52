"""gilpy's concurrent.futures, in gilpy's subset.

The VM makes `import concurrent.futures` load this file. It runs unchanged
on CPython 3.11 too (see README.md), apart from InterpreterPoolExecutor,
which needs gilpy's native `interpreters` module.

Differences from CPython, forced by the language subset (no generators):
  - Executor.map() and as_completed() return iterator objects (classes
    with __next__) rather than generators; they behave the same: map()
    submits every task at once and yields results in input order as they
    are asked for, as_completed() yields futures as they finish.
  - wait() returns a plain (done, not_done) tuple of sets.
  - ThreadPoolExecutor's default max_workers is 8 (CPython: cpu count + 4,
    at most 32).
  - ProcessPoolExecutor is InterpreterPoolExecutor: workers are
    interpreters with their own GIL in this process, not processes.
"""

import sys
import time
import threading
import queue

try:
    import interpreters as _interpreters
except ImportError:
    # CPython 3.11 (where these modules are tested) has no such module.
    _interpreters = None

_time = time.monotonic

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# Future states
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
FINISHED = 'FINISHED'

_STATE_NAMES = {PENDING: 'pending', RUNNING: 'running',
                CANCELLED: 'cancelled', FINISHED: 'finished'}


class Error(Exception):
    """Base class for concurrent.futures errors."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


class InvalidStateError(Error):
    """The Future is in a state that does not allow this operation."""
    pass


class BrokenExecutor(RuntimeError):
    """The executor cannot run tasks any more (e.g. an initializer failed)."""
    pass


class BrokenThreadPool(BrokenExecutor):
    pass


# CPython 3.11: concurrent.futures.TimeoutError is the builtin TimeoutError.
# Define our own only if the builtin is missing.
try:
    TimeoutError = TimeoutError
except NameError:
    class TimeoutError(Error):
        """The operation did not finish in time."""
        pass


def _hex(n):
    # '%#x' without relying on the '#' flag.
    digits = "0123456789abcdef"
    if n == 0:
        return "0x0"
    out = ""
    while n > 0:
        out = digits[n % 16] + out
        n = n // 16
    return "0x" + out


def _report(header, exc):
    # Same printer as threading's uncaught-exception report.
    threading._print_exception(header, exc)


class _Waiter:
    # Collects futures as they finish, for wait() and as_completed().
    def __init__(self):
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.event._cond._wait_label = "concurrent.futures.wait"
        self.finished = []

    def add(self, future):
        with self.lock:
            self.finished.append(future)
        self.event.set()


class Future:
    """The eventual result (or exception) of a task given to an executor."""

    def __init__(self):
        self._condition = threading.Condition()
        self._condition._wait_label = "Future.result"
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._waiters = []

    def __repr__(self):
        with self._condition:
            state = _STATE_NAMES[self._state]
            where = "<%s at %s state=%s" % (type(self).__name__, _hex(id(self)), state)
            if self._state == FINISHED:
                if self._exception is not None:
                    return "%s raised %s>" % (where, type(self._exception).__name__)
                return "%s returned %s>" % (where, type(self._result).__name__)
            return where + ">"

    def _invoke_callbacks(self):
        # Called without holding the condition: a callback may use the future.
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as exc:
                _report("exception calling callback for %r\n" % self, exc)

    def _finish(self):
        # Called with the condition held, once the state is final.
        for waiter in self._waiters:
            waiter.add(self)
        self._condition.notify_all()

    def cancel(self):
        """Cancel the task if it has not started; True if it is cancelled."""
        with self._condition:
            if self._state == RUNNING or self._state == FINISHED:
                return False
            if self._state == CANCELLED:
                return True
            self._state = CANCELLED
            self._finish()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == CANCELLED

    def running(self):
        return self._state == RUNNING

    def done(self):
        """True if the task finished, failed or was cancelled."""
        return self._state == CANCELLED or self._state == FINISHED

    def _outcome(self):
        # Called with the condition held and the state final.
        if self._state == CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            # Re-raise the task's own exception in the caller's thread.
            raise self._exception
        return self._result

    def result(self, timeout=None):
        """Wait (at most `timeout` seconds) for the task and return its
        result; re-raises the exception the task raised."""
        with self._condition:
            if not self.done():
                self._condition.wait(timeout)
            if not self.done():
                raise TimeoutError()
            return self._outcome()

    def exception(self, timeout=None):
        """Wait like result(), then return the task's exception (or None)."""
        with self._condition:
            if not self.done():
                self._condition.wait(timeout)
            if not self.done():
                raise TimeoutError()
            if self._state == CANCELLED:
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (now, if it already is)."""
        with self._condition:
            if not self.done():
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as exc:
            _report("exception calling callback for %r\n" % self, exc)

    # For executors (and tests).

    def set_running_or_notify_cancel(self):
        """Mark the future running; False if it was cancelled instead."""
        with self._condition:
            if self._state == CANCELLED:
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state == CANCELLED or self._state == FINISHED:
                raise InvalidStateError('%s: %r' % (_STATE_NAMES[self._state], self))
            self._result = result
            self._state = FINISHED
            self._finish()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state == CANCELLED or self._state == FINISHED:
                raise InvalidStateError('%s: %r' % (_STATE_NAMES[self._state], self))
            self._exception = exception
            self._state = FINISHED
            self._finish()
        self._invoke_callbacks()


def _unique(fs):
    # The futures of fs, each once, in order.
    out = []
    for f in fs:
        dup = False
        for g in out:
            if g is f:
                dup = True
                break
        if not dup:
            out.append(f)
    return out


def _watch(fs):
    # Attach a waiter to every future; returns it.
    waiter = _Waiter()
    for f in fs:
        with f._condition:
            if f.done():
                waiter.add(f)
            else:
                f._waiters.append(waiter)
    return waiter


def _unwatch(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


class DoneAndNotDoneFutures(tuple):
    """What wait() returns: (done, not_done), also by name, as in CPython."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures; returns (done, not_done), two sets.

    return_when: FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED.
    """
    fs = _unique(fs)
    endtime = None
    if timeout is not None:
        endtime = _time() + timeout
    waiter = _watch(fs)
    try:
        while True:
            # Clear before looking, so a future finishing after the look
            # still wakes the wait below.
            waiter.event.clear()
            done = set()
            failed = False
            for f in fs:
                if f.done():
                    done.add(f)
                    if not f.cancelled() and f._exception is not None:
                        failed = True
            if len(done) == len(fs):
                break
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and failed:
                break
            if endtime is None:
                waiter.event.wait()
            else:
                remaining = endtime - _time()
                if remaining <= 0:
                    break
                waiter.event.wait(remaining)
    finally:
        _unwatch(fs, waiter)
    not_done = set()
    for f in fs:
        if f not in done:
            not_done.add(f)
    return DoneAndNotDoneFutures(done, not_done)


class _AsCompleted:
    # The iterator as_completed() returns (CPython: a generator). Futures
    # already done come first, then the others as they finish.
    def __init__(self, fs, timeout):
        self._fs = _unique(fs)
        self._total = len(self._fs)
        self._timeout = timeout
        self._endtime = None
        self._started = False
        self._ready = []
        self._pending = []
        self._waiter = None

    def __iter__(self):
        return self

    def _start(self):
        self._started = True
        if self._timeout is not None:
            self._endtime = _time() + self._timeout
        for f in self._fs:
            if f.done():
                self._ready.append(f)
            else:
                self._pending.append(f)
        self._waiter = _watch(self._pending)

    def _close(self):
        if self._waiter is not None:
            _unwatch(self._fs, self._waiter)
            self._waiter = None
        self._pending = []

    def __next__(self):
        if not self._started:
            self._start()
        while True:
            if self._ready:
                f = self._ready.pop(0)
                if f in self._pending:
                    self._pending.remove(f)
                return f
            if not self._pending or self._waiter is None:
                self._close()
                raise StopIteration
            waiter = self._waiter
            if self._endtime is None:
                waiter.event.wait()
            else:
                remaining = self._endtime - _time()
                if remaining <= 0 or not waiter.event.wait(remaining):
                    n = len(self._pending)
                    self._close()
                    raise TimeoutError("%d (of %d) futures unfinished" % (
                        n, self._total))
            with waiter.lock:
                finished = waiter.finished
                waiter.finished = []
                waiter.event.clear()
            for f in finished:
                if f in self._pending and f not in self._ready:
                    self._ready.append(f)


def as_completed(fs, timeout=None):
    """An iterator over the futures, yielding each as it finishes (those
    already done first). Raises TimeoutError from __next__ if the rest are
    not done within `timeout` seconds of the first __next__ call."""
    return _AsCompleted(fs, timeout)


class _MapResults:
    # The iterator Executor.map() returns (CPython: a generator): results in
    # input order, each waited for when asked for.
    def __init__(self, fs, endtime):
        self._fs = fs
        self._endtime = endtime

    def __iter__(self):
        return self

    def __next__(self):
        if not self._fs:
            raise StopIteration
        f = self._fs.pop(0)
        try:
            if self._endtime is None:
                return f.result()
            return f.result(self._endtime - _time())
        except BaseException:
            # Like CPython: a failure or timeout cancels the tasks not started.
            f.cancel()
            for g in self._fs:
                g.cancel()
            self._fs = []
            raise


class Executor:
    """Base class: submit(), map(), shutdown(), and `with` support."""

    def submit(self, fn, *args, **kwargs):
        # CPython raises NotImplementedError, which gilpy does not have.
        raise RuntimeError("Executor subclasses must define submit()")

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Submit fn over the zipped iterables now; returns an iterator of
        the results in input order, each waited for when asked for (a
        failure raises from __next__). `timeout` counts from this call."""
        endtime = None
        if timeout is not None:
            endtime = _time() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _MapResults(fs, endtime)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    # One submitted call and the Future that receives its outcome.
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)

    def run_in(self, interp):
        # The call runs in another interpreter: fn and the arguments are
        # copied there, the result (or exception) copied back.
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = interp.call(self.fn, *self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


# Set when the interpreter is shutting down (threading._shutdown): running
# pools then stop taking new work and their idle workers exit.
_interpreter_shutdown = False
_pools = []
_pools_lock = threading.Lock()


def _python_exit():
    # Registered with threading._register_atexit: without it, the idle
    # (non-daemon) workers of a pool never shut down would keep the process
    # alive forever. Queued tasks still run first.
    global _interpreter_shutdown
    _interpreter_shutdown = True
    with _pools_lock:
        pools = list(_pools)
    for pool in pools:
        pool._work_queue.put(None)
    for pool in pools:
        for t in list(pool._threads):
            t.join()


threading._register_atexit(_python_exit)


def _worker(executor, work_queue, initializer, initargs):
    # The loop each pool thread runs: take a work item, run it, repeat;
    # None means "shut down".
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException as exc:
            _report("Exception in initializer:\n", exc)
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get()
        if item is not None:
            item.run()
            item = None
            executor._idle_semaphore.release()
            continue
        # Pass the sentinel on so that the other workers wake up too.
        work_queue.put(None)
        return


class ThreadPoolExecutor(Executor):
    """Runs submitted calls on a pool of at most max_workers threads.

    Threads are started on demand and named ThreadPoolExecutor-N_M (or
    PREFIX_M with thread_name_prefix), as in CPython.
    """

    _counter = 0
    _counter_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 8
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work_queue = queue.Queue()
        self._work_queue.not_empty._wait_label = "ThreadPoolExecutor idle worker"
        # Counts idle workers, so submit() only starts a thread when none is free.
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with ThreadPoolExecutor._counter_lock:
                thread_name_prefix = "ThreadPoolExecutor-%d" % ThreadPoolExecutor._counter
                ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, *args, **kwargs):
        """Schedule fn(*args, **kwargs); returns its Future."""
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # An idle worker will pick the item up: no new thread needed.
        if self._idle_semaphore.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker_target(),
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.append(t)
            if len(self._threads) == 1:
                with _pools_lock:
                    _pools.append(self)

    def _worker_target(self):
        return _worker

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail every task still waiting.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))
            self._work_queue.put(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """No new tasks; the workers exit once the queued ones are done.

        wait=True blocks until then. cancel_futures=True cancels the tasks
        that have not started yet.
        """
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
        with _pools_lock:
            if self in _pools:
                _pools.remove(self)


class BrokenInterpreterPool(BrokenThreadPool):
    pass


def _interp_worker(executor, work_queue, initializer, initargs):
    # Like _worker, but every call runs in this worker's own interpreter,
    # which has its own GIL: the workers really run in parallel.
    try:
        interp = _interpreters.create()
    except BaseException as exc:
        _report("Exception creating an interpreter:\n", exc)
        executor._initializer_failed()
        return
    if initializer is not None:
        try:
            interp.call(initializer, *initargs)
        except BaseException as exc:
            _report("Exception in initializer:\n", exc)
            interp.close()
            executor._initializer_failed()
            return
    while True:
        item = work_queue.get()
        if item is not None:
            item.run_in(interp)
            item = None
            executor._idle_semaphore.release()
            continue
        work_queue.put(None)
        interp.close()
        return


class InterpreterPoolExecutor(ThreadPoolExecutor):
    """Runs submitted calls in a pool of interpreters (CPython 3.14).

    Each worker thread owns an interpreter with its own GIL, so CPU-bound
    pure-Python tasks run in parallel. The function and its arguments are
    copied into the worker's interpreter and the result copied back: they
    must be copyable (module-level functions and classes, plain data);
    anything else fails the task with TypeError.
    """

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if _interpreters is None:
            raise RuntimeError("InterpreterPoolExecutor needs the "
                               "interpreters module")
        ThreadPoolExecutor.__init__(self, max_workers, thread_name_prefix,
                                    initializer, initargs)

    def _worker_target(self):
        return _interp_worker

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(
                        BrokenInterpreterPool(self._broken))
            self._work_queue.put(None)


class ProcessPoolExecutor(InterpreterPoolExecutor):
    """gilpy has no processes to spare: this is InterpreterPoolExecutor
    (same isolation, values copied in and out, parallel workers) under the
    name scripts written for CPython use."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        InterpreterPoolExecutor.__init__(self, max_workers, '', initializer,
                                         initargs)
