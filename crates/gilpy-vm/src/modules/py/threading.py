"""gilpy's threading module, written in gilpy's Python subset.

It is built on the small native module `_thread` (see README.md next to this
file).  Everything here also runs unchanged on CPython 3.11, on top of
CPython's own `_thread`, which is how it is tested.

Language limits that shape this file: there is no `property`, so `name`,
`ident`, `daemon` and `native_id` are plain attributes; there are no
generators and no weak references.
"""

import _thread
import time
import sys

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
local = _thread._local
_time = time.monotonic

# A plain lock: the same object CPython exposes as threading.Lock.
Lock = _thread.allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

if hasattr(_thread, "get_native_id"):
    get_native_id = _thread.get_native_id

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'excepthook',
           'ExceptHookArgs']


# --- optional gilpy extras of _thread (no-ops on CPython) --------------------

# Looked up once: Condition.wait() labels a fresh lock on every call.
_thread_label = getattr(_thread, "label", None)


def _label(lock, text):
    """Name `lock` in the VM's deadlock reports, e.g. "join Thread-2"."""
    if _thread_label is not None:
        _thread_label(lock, text)
    return lock


def _new_lock(text):
    """A fresh plain lock with a label for deadlock reports."""
    return _label(_allocate_lock(), text)


def _set_os_thread_name(name):
    """Tell the VM the Python name of the OS thread we are running on."""
    if hasattr(_thread, "set_name"):
        _thread.set_name(name)


def _clamp_timeout(timeout):
    # lock.acquire(timeout=...) refuses values above TIMEOUT_MAX.
    if timeout > TIMEOUT_MAX:
        return TIMEOUT_MAX
    return timeout


# --- RLock --------------------------------------------------------------------

class RLock:
    """A re-entrant lock: the owning thread may acquire it again.

    Built from a plain lock plus an owner ident and a recursion count.
    """

    def __init__(self):
        self._block = _new_lock("RLock")
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            # Already ours: only the count changes, no blocking.
            self._count += 1
            return True
        if blocking and timeout != -1:
            got = self._block.acquire(True, _clamp_timeout(timeout))
        else:
            got = self._block.acquire(blocking)
        if got:
            self._owner = me
            self._count = 1
        return got

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, tb):
        self.release()

    def __repr__(self):
        if self._owner is None:
            state = "unlocked"
        else:
            state = "locked"
        return "<%s %s object owner=%r count=%d>" % (
            state, type(self).__name__, self._owner, self._count)

    # The three methods below let Condition.wait() drop an RLock completely
    # (whatever its count) and take it back afterwards.

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count = state[0]
        self._owner = state[1]

    def _is_owned(self):
        return self._owner == get_ident()


# --- Condition ------------------------------------------------------------------

class Condition:
    """A condition variable bound to a lock (an RLock unless one is given).

    Each waiting thread creates a fresh plain lock, acquires it once, and then
    blocks trying to acquire it a second time; notify() releases that lock.
    So a waiter is a thread blocked on a lock, and the VM's deadlock report
    can say which condition it sleeps on.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = []
        # Shown in deadlock reports for threads blocked in wait(); the queue
        # module and the other primitives below put something more precise here.
        self._wait_label = "Condition.wait"
        # As CPython does: an RLock's own helpers, bound once, replace the
        # plain-lock versions below (no hasattr() on every wait/notify).
        if hasattr(lock, "_release_save"):
            self._release_save = lock._release_save
        if hasattr(lock, "_acquire_restore"):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, "_is_owned"):
            self._is_owned = lock._is_owned

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    # acquire()/release() rather than the lock's own __enter__/__exit__: a
    # native lock need not expose those as attributes.
    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, exc_type, exc_value, tb):
        self._lock.release()

    def __repr__(self):
        return "<Condition(%r, %d)>" % (self._lock, len(self._waiters))

    # Helpers for a plain lock (a lock with its own, such as RLock, replaced
    # them in __init__).

    def _release_save(self):
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, sleep until notified or timed out, re-acquire.

        Returns True if notified, False if the timeout expired.
        """
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        if _thread_label is not None:
            _thread_label(waiter, self._wait_label)
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, _clamp_timeout(timeout))
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                # Timed out: take ourselves off the list (notify() may have
                # removed us already, in the instant after the timeout).
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or the timeout expires.

        Returns the last value of predicate().
        """
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        if not waiters:
            return
        # The list only changes while the condition's lock is held, and we
        # hold it, so taking a slice here is safe.
        wake = waiters[:n]
        for waiter in wake:
            self._waiters.remove(waiter)
            waiter.release()

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


# --- Semaphore, BoundedSemaphore ------------------------------------------------

class Semaphore:
    """A counter: acquire() waits while it is zero, then decrements it."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._cond._wait_label = "%s.acquire" % type(self).__name__
        self._value = value

    def __repr__(self):
        return "<%s value=%d>" % (type(self).__name__, self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            # Another thread may take the count between our wake-up and our
            # look at it, so check again after every wait.
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# --- Event ------------------------------------------------------------------------

class Event:
    """A flag that threads can wait for; set() wakes them all."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._cond._wait_label = "Event.wait"
        self._flag = False

    def __repr__(self):
        if self._flag:
            return "<Event: set>"
        return "<Event: unset>"

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is true; False if the timeout expired first."""
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# --- Barrier ------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class _BarrierRound:
    # One "round" of a Barrier: the threads that will leave together.
    def __init__(self):
        self.passed = False
        self.broken = False


class Barrier:
    """Block `parties` threads until all of them have called wait().

    `broken` and `n_waiting` are plain attributes kept up to date (there is
    no `property` in gilpy).
    """

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._cond._wait_label = "Barrier.wait"
        self._action = action
        self._timeout = timeout
        self._round = _BarrierRound()
        self.parties = parties
        self.n_waiting = 0
        self.broken = False

    def __repr__(self):
        if self.broken:
            return "<Barrier: broken>"
        return "<Barrier: waiters=%d/%d>" % (self.n_waiting, self.parties)

    def wait(self, timeout=None):
        """Returns this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self.broken:
                raise BrokenBarrierError
            this_round = self._round
            index = self.n_waiting
            self.n_waiting += 1
            if self.n_waiting == self.parties:
                # Last one in: run the action, then let everybody go.
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                this_round.passed = True
                self._round = _BarrierRound()
                self.n_waiting = 0
                self._cond.notify_all()
                return index
            self._cond.wait_for(
                lambda: this_round.passed or this_round.broken, timeout)
            if this_round.passed:
                return index
            if not this_round.broken:
                # Our timeout expired: that breaks the barrier for everyone.
                self._break()
            raise BrokenBarrierError

    def _break(self):
        # Called with the condition's lock held.
        self.broken = True
        self._round.broken = True
        self.n_waiting = 0
        self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise."""
        with self._cond:
            self._break()

    def reset(self):
        """Break the current round (its waiters raise), then reuse the barrier."""
        with self._cond:
            if self.n_waiting > 0:
                self._round.broken = True
                self._cond.notify_all()
            self._round = _BarrierRound()
            self.n_waiting = 0
            self.broken = False


# --- Thread bookkeeping -----------------------------------------------------------

_active_lock = _new_lock("threading._active_lock")
_active = {}      # ident -> Thread, for every running thread we know of
_limbo = {}       # id(thread) -> Thread, between start() and the thread running
_atexit_calls = []
_shutdown_started = False

# Default thread names count up; the counter is shared by Thread-N and Dummy-N.
# `_counter += 1` is not atomic in gilpy (that is the point of the tool!), so
# it is protected by a lock.
_counter = 0
_counter_lock = _new_lock("threading._counter_lock")


def _newname(template):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


class ExceptHookArgs:
    """What excepthook() receives about an exception that ended a thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def _print_exception(header, exc):
    """Write `header` and exc's traceback to stderr, CPython-style."""
    if hasattr(_thread, "report_exception"):
        _thread.report_exception(header, exc)
        return
    # CPython fallback (gilpy always has report_exception).
    try:
        import traceback
    except ImportError:
        traceback = None
    sys.stderr.write(header)
    if traceback is not None:
        traceback.print_exception(exc)
    else:
        sys.stderr.write("%s: %s\n" % (type(exc).__name__, exc))
    sys.stderr.flush()


def excepthook(args):
    """Report an exception raised by Thread.run(); replaceable by the user."""
    if args.exc_type is SystemExit:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    _print_exception("Exception in thread %s:\n" % name, args.exc_value)


__excepthook__ = excepthook


class Thread:
    """A thread of control: give a `target` (called with `args`/`kwargs`) or
    subclass and override run().
    """

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None and hasattr(target, "__name__"):
                name = "%s (%s)" % (name, target.__name__)
        self._target = target
        self._args = args
        self._kwargs = kwargs
        self.name = name
        if daemon is None:
            # A thread is a daemon if the thread creating it is one.
            daemon = current_thread().daemon
        self.daemon = daemon
        self._daemonic = daemon
        self.ident = None
        self.native_id = None
        # Held by the thread itself for as long as it runs: join() and
        # is_alive() just try to acquire it (CPython's _tstate_lock idea).
        self._tstate_lock = None
        self._started = Event()
        self._started._cond._wait_label = "Thread.start"
        self._start_called = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()      # notices a finished thread
        if self._is_stopped:
            status = "stopped"
        if self.daemon:
            status += " daemon"
        if self.ident is not None:
            status += " %s" % self.ident
        return "<%s(%s, %s)>" % (type(self).__name__, self.name, status)

    def start(self):
        """Start run() on a new OS thread; at most once per Thread object."""
        if not getattr(self, "_initialized", False):
            raise RuntimeError("thread.__init__() not called")
        if self._start_called:
            raise RuntimeError("threads can only be started once")
        self._start_called = True
        # The daemon flag is read here: changing .daemon later has no effect.
        self._daemonic = bool(self.daemon)
        with _active_lock:
            _limbo[id(self)] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except BaseException:
            with _active_lock:
                _limbo.pop(id(self), None)
            raise
        # Wait until the new thread is registered and holds its tstate lock,
        # so that join() and is_alive() are meaningful as soon as we return.
        self._started.wait()

    def run(self):
        """What the thread does; by default, call target(*args, **kwargs)."""
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def _bootstrap(self):
        # First code run on the new OS thread.
        self.ident = get_ident()
        if hasattr(_thread, "get_native_id"):
            self.native_id = _thread.get_native_id()
        _set_os_thread_name(self.name)
        self._tstate_lock = _new_lock("thread %s running" % self.name)
        self._tstate_lock.acquire()
        with _active_lock:
            _active[self.ident] = self
            _limbo.pop(id(self), None)
        self._started.set()
        try:
            try:
                self.run()
            except BaseException as exc:
                # The thread ends normally after the report; others go on.
                # `excepthook` is looked up now, so a user's replacement counts.
                try:
                    excepthook(ExceptHookArgs(type(exc), exc,
                                              getattr(exc, "__traceback__", None),
                                              self))
                except BaseException as hook_exc:
                    _print_exception("Exception in threading.excepthook:\n",
                                     hook_exc)
        finally:
            with _active_lock:
                _active.pop(self.ident, None)
            # Wakes every join(); must be the very last thing we do.
            self._tstate_lock.release()

    def _stop(self):
        self._is_stopped = True
        self._tstate_lock = None

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        # True-ish answer to "has the thread finished?", waiting if asked to.
        lock = self._tstate_lock
        if lock is None:
            return
        if not block:
            got = lock.acquire(False)
        elif timeout == -1:
            got = lock.acquire()
        elif timeout > 0:
            got = lock.acquire(True, _clamp_timeout(timeout))
        else:
            got = lock.acquire(False)
        if got:
            # The thread had released it: it is finished. Give it back so
            # that other joiners see the same.
            lock.release()
            self._stop()

    def join(self, timeout=None):
        """Wait until the thread ends, or until `timeout` seconds pass.

        join() always returns None: call is_alive() to know which happened.
        """
        if not getattr(self, "_initialized", False):
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def is_alive(self):
        """True from the moment start() returns until run() has ended."""
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = str(name)


class _MainThread(Thread):
    # The thread that imported this module (the script's main thread).
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._start_called = True
        self.ident = get_ident()
        if hasattr(_thread, "get_native_id"):
            self.native_id = _thread.get_native_id()
        self._tstate_lock = _new_lock("thread MainThread running")
        self._tstate_lock.acquire()
        self._started.set()
        with _active_lock:
            _active[self.ident] = self


class _DummyThread(Thread):
    # Stands for a thread that was not started by this module (e.g. with
    # _thread.start_new_thread directly). It is always alive and daemonic.
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._start_called = True
        self.ident = get_ident()
        if hasattr(_thread, "get_native_id"):
            self.native_id = _thread.get_native_id()
        self._started.set()
        with _active_lock:
            _active[self.ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        # CPython asserts here (AssertionError), so we raise the same.
        raise AssertionError("cannot join a dummy thread")


# --- module functions ---------------------------------------------------------------

def current_thread():
    """The Thread object of the calling thread."""
    thread = _active.get(get_ident())
    if thread is None:
        thread = _DummyThread()
    return thread


def currentThread():
    return current_thread()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


def active_count():
    """How many threads are alive (including the main thread)."""
    with _active_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def enumerate():
    """A list of all alive Thread objects."""
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) in _shutdown(), before threads are joined
    (concurrent.futures uses it to stop its idle workers)."""
    _atexit_calls.append((func, args, kwargs))


_final_calls = []


def _register_final(func):
    """Call func() at the very end of _shutdown(), after all threads are joined
    (the `atexit` module's hook)."""
    _final_calls.append(func)


def _shutdown():
    """Wait for all non-daemon threads to finish.

    The VM calls this once, when the main script ends (CPython does the same).
    """
    global _shutdown_started
    if _shutdown_started:
        return
    _shutdown_started = True
    # Run the exit hooks newest first, like CPython.
    for call in reversed(_atexit_calls):
        call[0](*call[1], **call[2])
    # The main thread counts as finished from now on (a thread that joins
    # main_thread() is released).
    if _main_thread.ident == get_ident():
        lock = _main_thread._tstate_lock
        if lock is not None and lock.locked():
            lock.release()
        _main_thread._stop()
    me = get_ident()
    while True:
        with _active_lock:
            pending = []
            for thread in _active.values():
                if (not thread._daemonic and thread.ident != me
                        and thread is not _main_thread):
                    pending.append(thread)
        if not pending:
            # Then the `atexit` callbacks (CPython runs them once threads are joined).
            while _final_calls:
                call = _final_calls.pop()
                call()
            return
        # Threads may start others while we wait: look again afterwards.
        for thread in pending:
            thread.join()
            # A thread the VM stopped (a halted earlier run) never ran its own
            # clean-up: forget it here, or this loop would find it forever.
            with _active_lock:
                if _active.get(thread.ident) is thread:
                    del _active[thread.ident]


# --- Timer --------------------------------------------------------------------------

class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds, unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        if args is None:
            args = []
        if kwargs is None:
            kwargs = {}
        self.args = args
        self.kwargs = kwargs
        self.finished = Event()
        self.finished._cond._wait_label = "Timer interval"

    def cancel(self):
        """Stop the timer if it hasn't fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# --- the main thread ------------------------------------------------------------------

_set_os_thread_name("MainThread")
_main_thread = _MainThread()
