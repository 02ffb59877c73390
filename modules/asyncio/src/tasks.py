# Task: a Future that runs a coroutine. Each step sends into the coroutine
# (or throws an exception into it) from a loop callback; the coroutine
# gives control back by yielding a future (`await future`), after which
# the task waits for that future's done callback, or by yielding None (a
# bare `yield`, as `sleep(0)` does), after which it is simply scheduled
# again. Cancelling a task cancels the future it waits on, which wakes it
# with CancelledError at its await point.


async def _probe():
    pass


_probe_coroutine = _probe()
_coroutine_type = type(_probe_coroutine)
_probe_coroutine.close()
del _probe, _probe_coroutine


def _generator():
    yield


_generator_type = type(_generator())
del _generator


def iscoroutine(obj):
    t = type(obj)
    return t is _coroutine_type or t is _generator_type


_task_counter = 0


class Task(Future):
    _fut_waiter = None
    _must_cancel = False
    _num_cancels_requested = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        global _task_counter
        _task_counter += 1
        self._name = "Task-%d" % _task_counter if name is None else str(name)
        self._coro = coro
        self._step_callback = self._step
        self._wakeup_callback = self._wakeup
        self._loop.call_soon(self._step_callback)
        self._loop._tasks[self] = None

    def __repr__(self):
        parts = self._describe().split(" ", 1)
        if not self.done() and self._num_cancels_requested:
            parts[0] = "cancelling"
        details = " " + parts[1] if len(parts) > 1 else ""
        name = getattr(self._coro, "__qualname__", None) or "coroutine"
        return "<Task %s name=%r coro=<%s()>%s>" % (parts[0], self._name, name, details)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_context(self):
        return None

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    # -- cancellation --

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            # The task wakes with CancelledError where it awaits.
            return True
        # The task is running or scheduled: it gets CancelledError at its
        # next step.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    # -- stepping --

    def _finish(self):
        self._loop._tasks.pop(self, None)

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = loop._current_task
        loop._current_task = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish()
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            self._finish()
            # The newest traceback entry is this frame, where the error was
            # caught: drop it, so reports start at the task's coroutine as
            # CPython's (whose Task is native) do.
            head = error.__traceback__
            if head is not None:
                error.__traceback__ = head.tb_next
            Future.set_exception(self, error)
        else:
            self._handle_yield(result)
        finally:
            loop._current_task = previous

    def _handle_yield(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(
                    "Task %r got Future %r attached to a different loop" % (self, result)
                )
                self._loop.call_soon(self._step, error)
            elif not blocking:
                error = RuntimeError(
                    "yield was used instead of yield from in task %r with %r"
                    % (self, result)
                )
                self._loop.call_soon(self._step, error)
            elif result is self:
                error = RuntimeError("Task cannot await on itself: %r" % (self,))
                self._loop.call_soon(self._step, error)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup_callback)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            # A bare yield: run again at the next turn.
            self._loop.call_soon(self._step_callback)
        else:
            error = RuntimeError("Task got bad yield: %r" % (result,))
            self._loop.call_soon(self._step, error)

    def _wakeup(self, future):
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        # Stepped outside the handler: a coroutine resumed while its caller
        # handles the very exception thrown into it would lose track of it
        # (the VM cannot tell the two apart), and a bare `raise` in its
        # `except` block would then find no active exception.
        self._step(error)


def _wrap_awaitable(awaitable):
    async def wrapped():
        return await awaitable

    return wrapped()


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError(
                "The future belongs to a different loop than the one specified as the loop argument"
            )
        return coro_or_future
    if iscoroutine(coro_or_future):
        pass
    elif hasattr(coro_or_future, "__await__"):
        coro_or_future = _wrap_awaitable(coro_or_future)
    else:
        raise TypeError(
            "An asyncio.Future, a coroutine or an awaitable is required"
        )
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set(t for t in loop._tasks if not t.done())


class _Yield:
    # Awaiting this gives the loop one turn: the task yields None and is
    # scheduled again (`sleep(0)`).
    def __await__(self):
        yield


_yield_once = _Yield()


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once
        return result
    loop = get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


# MicroPython's ticks wrap at 2**30, so a sleep_ms longer than half of
# that cannot be measured.
_MAX_SLEEP_MS = (1 << 29) - 1


def sleep_ms(t):
    # MicroPython: milliseconds.
    if t > _MAX_SLEEP_MS:
        raise OverflowError("ticks interval overflow")
    return sleep(t / 1000)
