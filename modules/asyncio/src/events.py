# The event loop: a FIFO of ready callbacks (Handles), a heap of timed ones
# (TimerHandles, ordered by deadline, then by scheduling order), and the
# futures of tasks waiting on a stream. Each turn runs the callbacks that
# were ready when it began, after appending the timers that are due, so
# callbacks scheduled during a turn wait for the next one: this is
# CPython's order of wake-ups.
#
# There is no selector: a task waiting on a stream parks a future in
# `_io_waiters`, and every turn wakes all of them to try again. While
# nothing else is ready the loop sleeps between these retries (1 ms,
# doubling to 10 ms while no stream moves), so it never spins at full CPU.
# A loop with nothing ready, no timers and no stream waiters can only be
# woken by a micropython.schedule callback: run_until_complete keeps
# waiting (in 10 ms sleeps) as CPython and MicroPython do, while
# run_forever returns, as MicroPython's does (CPython's would block).

import sys

_POLL_MIN = 0.001
_POLL_MAX = 0.01


def _format_callback(callback):
    # `name()`, as CPython names callbacks in reports (without the source
    # position it adds), so reports hold no addresses.
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None)
    return repr(callback) if name is None else name + "()"


class Handle:
    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def get_loop(self):
        return self._loop

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler(
                {
                    "message": "Exception in callback " + _format_callback(self._callback),
                    "exception": exc,
                    "handle": self,
                }
            )

    def __repr__(self):
        if self._cancelled:
            return "<%s cancelled>" % type(self).__name__
        return "<%s %s>" % (type(self).__name__, _format_callback(self._callback))


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = True

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled and self._scheduled:
            self._loop._timer_cancelled()
        super().cancel()


# A binary min-heap of (when, sequence, handle) entries; the sequence
# number makes equal deadlines run in the order they were scheduled.
def _heap_push(heap, entry):
    heap.append(entry)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        if entry < heap[parent]:
            heap[i] = heap[parent]
            i = parent
        else:
            break
    heap[i] = entry


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    n = len(heap)
    i = 0
    while True:
        child = 2 * i + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[i] = heap[child]
            i = child
        else:
            break
    heap[i] = last
    return top


def _heapify(heap):
    entries = heap[:]
    heap.clear()
    for entry in entries:
        _heap_push(heap, entry)


class EventLoop:
    def __init__(self):
        self._ready = _deque()
        self._timers = []
        self._timer_sequence = 0
        self._cancelled_timers = 0
        self._io_waiters = []
        self._io_progress = False
        self._poll_interval = _POLL_MIN
        self._stopping = False
        self._running = False
        self._awaiting = False
        self._closed = False
        self._exception_handler = None
        self._current_task = None
        self._tasks = {}
        self._unretrieved = []

    def __repr__(self):
        return "<%s running=%s closed=%s>" % (
            type(self).__name__,
            self._running,
            self._closed,
        )

    # -- scheduling --

    def time(self):
        return _monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        self._timer_sequence += 1
        _heap_push(self._timers, (when, self._timer_sequence, handle))
        return handle

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # -- streams --

    def _wait_io(self):
        # A future woken at the next turn, for a stream that would block.
        future = self.create_future()
        self._io_waiters.append(future)
        return future

    def _note_io_progress(self):
        self._io_progress = True

    # -- running --

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError(
                "Cannot run the event loop while another loop is running"
            )

    def run_forever(self):
        self._check_closed()
        self._check_running()
        global _running_loop
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_of)
        awaiting = self._awaiting
        self._awaiting = True
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            self._awaiting = awaiting
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        for future in self._unretrieved:
            self._report_unretrieved(future)
        self._unretrieved = []
        self._closed = True
        self._ready = _deque()
        self._timers = []
        self._io_waiters = []

    def _run_once(self):
        timers = self._timers
        # Drop cancelled timers: all of them once they are most of the heap,
        # else those at its head.
        if self._cancelled_timers > 16 and self._cancelled_timers * 2 > len(timers):
            kept = [entry for entry in timers if not entry[2]._cancelled]
            for entry in timers:
                entry[2]._scheduled = False
            for entry in kept:
                entry[2]._scheduled = True
            timers[:] = kept
            _heapify(timers)
            self._cancelled_timers = 0
        while timers and timers[0][2]._cancelled:
            _heap_pop(timers)[2]._scheduled = False
            self._cancelled_timers -= 1

        if self._ready or self._stopping:
            timeout = 0
        elif timers:
            timeout = max(0, timers[0][0] - self.time())
        else:
            timeout = None

        if self._io_waiters:
            if self._io_progress:
                self._poll_interval = _POLL_MIN
                timeout = 0
            elif timeout != 0:
                if timeout is None or timeout > self._poll_interval:
                    timeout = self._poll_interval
                self._poll_interval = min(self._poll_interval * 2, _POLL_MAX)
            self._io_progress = False
        elif timeout is None:
            if not self._awaiting:
                # run_forever with nothing left that could wake the loop.
                self._stopping = True
                return
            # Nothing can wake the loop but a callback the program scheduled
            # (micropython.schedule) or Ctrl-C: wait for those.
            timeout = _POLL_MAX

        if timeout:
            _wait(timeout)

        if self._io_waiters:
            waiters = self._io_waiters
            self._io_waiters = []
            for future in waiters:
                if not future.done():
                    future.set_result(None)

        end = self.time() + 1e-6
        while timers and timers[0][0] < end:
            handle = _heap_pop(timers)[2]
            handle._scheduled = False
            if handle._cancelled:
                self._cancelled_timers -= 1
            else:
                self._ready.append(handle)

        ready = self._ready
        for _ in range(len(ready)):
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    # -- exceptions --

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(
                "A callable object or None is expected, got %r" % (handler,)
            )
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append("%s: %r" % (key, context[key]))
        sys.stderr.write("\n".join(lines) + "\n")
        exception = context.get("exception")
        if exception is not None:
            _print_exception(exception)

    def call_exception_handler(self, context):
        handler = self._exception_handler
        if handler is not None:
            try:
                handler(self, context)
                return
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                context = {
                    "message": "Unhandled error in exception handler",
                    "exception": exc,
                    "context": context,
                }
        try:
            self.default_exception_handler(context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            # The report itself failed (a broken __repr__): nothing more
            # can be said without risking a loop of reports.
            pass

    def _note_exception(self, future):
        # A future failed with no callback to look at its exception. It is
        # reported at the next turn unless someone retrieves the exception
        # first (MicroPython's timing; CPython reports when the future is
        # garbage collected, which for a task no one holds is at once).
        # The loop also keeps it, to report at close if that comes first.
        unretrieved = self._unretrieved
        unretrieved.append(future)
        if len(unretrieved) > 32:
            unretrieved[:] = [f for f in unretrieved if f._log_traceback]
        if not self._closed:
            self.call_soon(self._report_unretrieved, future)

    def _report_unretrieved(self, future):
        if future._log_traceback:
            future._log_traceback = False
            kind = "Task" if isinstance(future, Task) else "Future"
            self.call_exception_handler(
                {
                    "message": "%s exception was never retrieved" % kind,
                    "exception": future._exception,
                    "future": future,
                }
            )


Loop = EventLoop


def _stop_loop_of(future):
    future.get_loop().stop()


_running_loop = None
_event_loop = None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop(*sizes):
    # MicroPython's get_event_loop(runq_len, waitq_len) takes queue sizes;
    # they are ignored, as the queues grow.
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None or _event_loop._closed:
        _event_loop = EventLoop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return EventLoop()
