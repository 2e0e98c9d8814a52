"""gilpy's queue module: thread-safe FIFO, LIFO and priority queues.

Written in gilpy's Python subset on top of our threading module; it also
runs unchanged on CPython 3.11 (see README.md).

Like CPython's: one mutex guards the items, and three conditions that share
it say what a blocked thread is waiting for (`not_empty`, `not_full`,
`all_tasks_done`). Subclasses change the order by overriding _init, _qsize,
_put and _get.
"""

import threading
import time

_time = time.monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


# Empty and SimpleQueue are native, as in CPython (`_queue`): SimpleQueue's
# get() blocks through the VM's scheduler like a lock does.
from _queue import Empty, SimpleQueue


class Full(Exception):
    """Raised by put(block=False) / put_nowait() / put(timeout=...) when a
    bounded queue stays full."""
    pass


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        # Names for the VM's deadlock report ("waits for Queue.get ...").
        self.not_empty._wait_label = "%s.get (queue empty)" % type(self).__name__
        self.not_full._wait_label = "%s.put (queue full)" % type(self).__name__
        self.all_tasks_done._wait_label = "%s.join (tasks unfinished)" % type(self).__name__
        self.unfinished_tasks = 0

    def task_done(self):
        """A consumer says that an item it got has been fully processed.

        join() returns once every item put has been marked done.
        """
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        """Block until every item put has been got and marked task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if the queue is empty right now (approximate, as qsize)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """True if a bounded queue is full right now (approximate)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # put() and get() take the mutex directly instead of entering a condition, and
    # notify only when a thread waits: the waiter lists change only under the mutex,
    # which we hold. That is what CPython's code does, minus the Python-level calls
    # that cost most of a put/get when nobody waits (issue 9).

    def put(self, item, block=True, timeout=None):
        """Add item; if the queue is full, wait (at most `timeout` seconds,
        then raise Full), or raise Full at once if block is false."""
        mutex = self.mutex
        mutex.acquire()
        try:
            if self.maxsize > 0:
                if timeout is not None and block:
                    # CPython checks it whether or not the queue is full.
                    _check_timeout(timeout)
                if self._qsize() >= self.maxsize:
                    self._wait_not_full(block, timeout)
            self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()
        finally:
            mutex.release()

    def _wait_not_full(self, block, timeout):
        # Called with the mutex held and the queue full.
        if not block:
            raise Full
        if timeout is None:
            while self._qsize() >= self.maxsize:
                self.not_full.wait()
        else:
            endtime = _time() + timeout
            while self._qsize() >= self.maxsize:
                remaining = endtime - _time()
                if remaining <= 0.0:
                    raise Full
                self.not_full.wait(remaining)

    def get(self, block=True, timeout=None):
        """Remove and return an item; if there is none, wait (at most
        `timeout` seconds, then raise Empty), or raise Empty at once if
        block is false."""
        mutex = self.mutex
        mutex.acquire()
        try:
            if timeout is not None and block:
                _check_timeout(timeout)
            if not self._qsize():
                self._wait_not_empty(block, timeout)
            item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item
        finally:
            mutex.release()

    def _wait_not_empty(self, block, timeout):
        # Called with the mutex held and the queue empty.
        if not block:
            raise Empty
        if timeout is None:
            while not self._qsize():
                self.not_empty.wait()
        else:
            endtime = _time() + timeout
            while not self._qsize():
                remaining = endtime - _time()
                if remaining <= 0.0:
                    raise Empty
                self.not_empty.wait(remaining)

    def put_nowait(self, item):
        """put(item, block=False)"""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)"""
        return self.get(block=False)

    # Storage. FIFO: a list plus the index of the oldest item, so get() does
    # not shift the whole list every time; the used-up front part is cut off
    # once it is at least half the list.

    def _init(self, maxsize):
        self.queue = []
        self._head = 0

    def _qsize(self):
        return len(self.queue) - self._head

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        item = self.queue[self._head]
        self.queue[self._head] = None     # let the item be freed
        self._head += 1
        if self._head >= 16 and self._head * 2 >= len(self.queue):
            self.queue = self.queue[self._head:]
            self._head = 0
        return item


class LifoQueue(Queue):
    """A last-in, first-out queue (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """Items come out smallest first (e.g. (priority, data) tuples).

    Kept as a sorted list (binary insertion) instead of a heap: simple, and
    fine for the queue sizes of teaching scripts.
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        # Insert after any equal items, so equal priorities stay FIFO.
        lo = 0
        hi = len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if item < self.queue[mid]:
                hi = mid
            else:
                lo = mid + 1
        self.queue.insert(lo, item)

    def _get(self):
        return self.queue.pop(0)
