"""The store's one writer: a thread that owns the store, fed through a bounded queue.

Every store call of a mirror run (and of a webhook receiver, in ``--listen``
mode) becomes a job on this queue, run in order on one thread, so that the
event loop keeps requests in flight while pages are encoded and committed, and
the store is used from one thread at a time as :class:`~ashby_sdk.sync.store.Store`
promises. A full queue makes the producer wait (backpressure), never grows.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from .store import Store

__all__ = ["Writer"]

T = TypeVar("T")
QUEUE_SIZE = 128
"""Jobs waiting at most. Each list keeps at most two of its pages queued (``_lists.IN_FLIGHT``), so the
mirror alone stays well below it; the rest is room for webhook deliveries."""


class Writer:
    """Runs store calls on a thread of its own, in the order they were submitted."""

    def __init__(self, store: Store, *, size: int = QUEUE_SIZE) -> None:
        self.store = store
        self._jobs: queue.Queue[tuple[Callable[[], Any], Future[Any]] | None] = queue.Queue(size)
        self._thread = threading.Thread(target=self._loop, name="ashby-mirror-writer", daemon=True)

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, future = job
            running = future.set_running_or_notify_cancel()  # a cancelled job runs all the same: see send()
            try:
                value = fn()
            except BaseException as exc:  # handed to whoever waits for this job
                if running:
                    future.set_exception(exc)
                continue
            if running:
                future.set_result(value)

    def start(self) -> None:
        self._thread.start()

    def submit(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` from any thread, waiting while the queue is full."""
        future: Future[T] = Future()
        self._jobs.put((lambda: fn(*args, **kwargs), future))
        return future

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Queue a job from the event loop and wait for its result."""
        return await asyncio.shield(self.send(fn, *args, **kwargs))

    def send(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> asyncio.Future[T]:
        """Queue a job from the event loop now; await the returned future later (writes overlap requests).

        Jobs run in the order they were sent, and every job sent runs, even when
        its sender is cancelled (Ctrl-C): a page's write never goes missing while
        a later page of the same list, carrying a later cursor, is written. Await
        it through :func:`asyncio.shield` to keep it so.
        """
        future: Future[T] = Future()
        job = (lambda: fn(*args, **kwargs), future)
        try:
            self._jobs.put_nowait(job)
        except queue.Full:  # webhook receiver threads filled it: wait for the writer (briefly)
            self._jobs.put(job)
        return asyncio.wrap_future(future)

    def stop(self) -> None:
        """Finish the queued jobs, then end the thread (blocking)."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
