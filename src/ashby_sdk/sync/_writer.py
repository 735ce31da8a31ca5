"""The store's one writer: a thread that owns the store, fed through a queue.

Every store call of a mirror run (and of a webhook receiver, in ``--listen``
mode) becomes a job on this queue, run in order on one thread, so that the
event loop keeps requests in flight while pages are encoded and committed, and
the store is used from one thread at a time as :class:`~ashby_sdk.sync.store.Store`
promises. The queue is bounded by its producers, never grows without limit:
the mirror's lists wait once the pages they queued pass a budget in bytes
(:attr:`Writer.backlog`, see :mod:`._lists`), and other threads (webhook
receivers) wait while :data:`QUEUE_SIZE` of their jobs are not done. The event
loop itself never blocks on the queue.

Group commit: page writes (and webhook events) are sent as *batchable*. When
several are waiting, the writer runs them in one transaction
(:meth:`~ashby_sdk.sync.store.Store.batch`), each in a savepoint of its own, and
resolves their futures only once that transaction is committed: a commit (and
the WAL checkpoints it triggers) costs about as much as a page's writes, so a
writer that fell behind catches up instead of falling further behind. Nothing
changes for crash safety: each page still lands whole with its list's state, or
not at all.
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
Job = tuple[Callable[[], Any], "Future[Any]", bool]
QUEUE_SIZE = 128
"""Jobs from other threads (:meth:`Writer.submit`: webhook deliveries) queued and not yet done, at most."""
MAX_BATCH = 32
"""Batchable jobs committed together at most."""


class Writer:
    """Runs store calls on a thread of its own, in the order they were submitted."""

    def __init__(self, store: Store, *, size: int = QUEUE_SIZE) -> None:
        self.store = store
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._room = threading.BoundedSemaphore(size)  # for submit(): other threads wait while it is full
        self.backlog = 0
        """Bytes of the jobs :meth:`send` queued with a ``size`` and not yet done (read on the event loop)."""
        self._thread = threading.Thread(target=self._loop, name="ashby-mirror-writer", daemon=True)
        self.batches = 0
        """Transactions that held more than one job (for tests and benchmarks)."""

    def _loop(self) -> None:
        held: Job | None = None
        while True:
            job = held if held is not None else self._jobs.get()
            held = None
            if job is None:
                return
            if not job[2]:
                _run(job)
                continue
            group = [job]
            while len(group) < MAX_BATCH:  # what else is already waiting, in order
                try:
                    nxt = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if nxt is None or not nxt[2]:
                    held = nxt if nxt is not None else _STOP
                    break
                group.append(nxt)
            if len(group) == 1:
                _run(job)
            else:
                self._run_batch(group)
            if held is _STOP:
                return

    def _run_batch(self, group: list[Job]) -> None:
        done: list[tuple[Future[Any], bool, bool, Any]] = []
        try:
            with self.store.batch():
                for fn, future, _ in group:
                    running = future.set_running_or_notify_cancel()  # a cancelled job runs all the same
                    try:
                        done.append((future, running, True, fn()))
                    except BaseException as exc:  # its savepoint was rolled back: the others go on
                        done.append((future, running, False, exc))
        except BaseException as exc:  # the transaction failed: none of the group is stored
            started = {id(future) for future, *_ in done}
            for _, future, _ in group:
                if id(future) not in started and not future.set_running_or_notify_cancel():
                    continue  # cancelled before it ran
                if not future.done():
                    future.set_exception(exc)
            return
        self.batches += 1
        for future, running, ok, value in done:
            if running:
                future.set_result(value) if ok else future.set_exception(value)

    def start(self) -> None:
        self._thread.start()

    def submit(self, fn: Callable[..., T], *args: Any, batch: bool = False, **kwargs: Any) -> Future[T]:
        """Queue ``fn(*args, **kwargs)`` from any thread, waiting while the queue is full.

        ``batch``: it may share a transaction with other batchable jobs waiting beside it (its future is
        resolved once that transaction is committed).
        """
        self._room.acquire()
        future: Future[T] = Future()
        future.add_done_callback(lambda _: self._room.release())
        self._jobs.put((lambda: fn(*args, **kwargs), future, batch))
        return future

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Queue a job from the event loop and wait for its result."""
        return await asyncio.shield(self.send(fn, *args, **kwargs))

    def send(
        self, fn: Callable[..., T], *args: Any, batch: bool = False, size: int = 0, **kwargs: Any
    ) -> asyncio.Future[T]:
        """Queue a job from the event loop now; await the returned future later (writes overlap requests).

        Jobs run in the order they were sent, and every job sent runs, even when
        its sender is cancelled (Ctrl-C): a page's write never goes missing while
        a later page of the same list, carrying a later cursor, is written. Await
        it through :func:`asyncio.shield` to keep it so. ``batch`` as for :meth:`submit`.
        ``size``: the bytes the job holds (a page's answer), counted in :attr:`backlog` until it is done.
        The queue takes it at once; bounding what is sent is the sender's part.
        """
        future: Future[T] = Future()
        self._jobs.put((lambda: fn(*args, **kwargs), future, batch))
        waiter = asyncio.wrap_future(future)
        if size:
            self.backlog += size
            waiter.add_done_callback(lambda _: self._written(size))
        return waiter

    def _written(self, size: int) -> None:
        self.backlog -= size

    def stop(self) -> None:
        """Finish the queued jobs, then end the thread (blocking)."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()


_STOP: Job = (lambda: None, Future(), False)
"""Stands for the stop sentinel met while gathering a batch."""


def _run(job: Job) -> None:
    fn, future, _ = job
    running = future.set_running_or_notify_cancel()  # a cancelled job runs all the same: see Writer.send()
    try:
        value = fn()
    except BaseException as exc:  # handed to whoever waits for this job
        if running:
            future.set_exception(exc)
        return
    if running:
        future.set_result(value)
