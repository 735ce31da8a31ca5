"""The API key never shows: in no log record (DEBUG, every logger), exception, repr or ``vars()``.

A recognisable key drives a broad workload of the sync and async clients, the pagers and the
mirror, successes and every kind of failure: a refused key (401 and 403), a missing permission,
not found, invalid input, 5xx and 429 after retries, a dropped connection, timeouts against a real
server with latency, and a refused connection. Then the key, its Basic-auth form and a distinctive
piece of it are searched for in everything a user could print or log. (CLI output: tests/cli.)
"""

from __future__ import annotations

import asyncio
import base64
import io
import logging
import socket
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ashby_sdk import (
    AshbyArgumentError,
    AshbyAuthError,
    AshbyClient,
    AshbyConfigError,
    AshbyConnectionError,
    AshbyError,
    AshbyInvalidInputError,
    AshbyNotFoundError,
    AshbyRateLimitError,
    AshbyServerError,
    AshbyTimeoutError,
    AsyncAshbyClient,
)
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread
from ashby_sdk.sync import Mirror, MirrorError

from ..conftest import make_async_client, make_client
from .conftest import QUICK

KEY = "ashbyLEAKCANARY" + "-7f3a9c0e5d2b-" + "needle"
NEEDLES = [
    KEY,
    "LEAKCAN",  # pieces of it, should a message show part of the key
    "7f3a9c0e5d2b",
    base64.b64encode(f"{KEY}:".encode()).decode(),  # the Authorization header's credentials
    base64.b64encode(KEY.encode()).decode()[:20],
]
MISSING = "00000000-0000-4000-8000-000000000000"


def _leaks(text: str) -> list[str]:
    return [n for n in NEEDLES if n in text]


def _walk(obj: Any, depth: int = 3, seen: set[int] | None = None) -> Iterator[str]:
    """repr() and str() of ``obj`` and, for the SDK's own objects, of everything in their ``vars()``."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    yield repr(obj)
    yield str(obj)
    module = type(obj).__module__
    if isinstance(obj, (list, tuple, set)):
        for item in list(obj)[:50]:
            yield from _walk(item, depth, seen)
    elif isinstance(obj, dict):
        for k, v in list(obj.items())[:200]:
            yield repr(k)
            yield from _walk(v, depth, seen)
    elif (
        depth
        and module.startswith("ashby_sdk")
        and not module.startswith("ashby_sdk.emulator")
        and hasattr(obj, "__dict__")
    ):
        yield from _walk(vars(obj), depth - 1, seen)


def _exception_texts(exc: BaseException) -> Iterator[str]:
    """Everything an exception shows: str, repr, args, attributes, its traceback, and the same for its causes."""
    yield "".join(traceback.format_exception(exc))
    chain: BaseException | None = exc
    while chain is not None:
        yield str(chain)
        yield repr(chain)
        yield repr(chain.args)
        yield from _walk(vars(chain), depth=2)
        chain = chain.__cause__ or chain.__context__


class Workload:
    """Runs calls, keeps every exception raised and every object returned, for the search."""

    def __init__(self) -> None:
        self.errors: list[BaseException] = []
        self.objects: list[Any] = []

    def keep(self, *objects: Any) -> None:
        self.objects += objects

    def ok(self, call: Callable[[], Any]) -> Any:
        result = call()
        self.objects.append(result)
        return result

    def fails(self, kind: type[BaseException], call: Callable[[], Any]) -> BaseException:
        with pytest.raises(kind) as info:
            call()
        self.errors.append(info.value)
        return info.value


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _sync_workload(w: Workload, emu: Emulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with make_client(emu, max_retries=2, retry_delay=QUICK) as client:
        w.keep(client, client._api, client._api.settings, client.candidates, client.jobs, client.notes)
        jobs = w.ok(lambda: client.jobs.list())
        pager = client.candidates.iter(limit=10)
        w.keep(pager)
        first = next(iter(pager))
        w.keep(first, pager)
        w.ok(lambda: client.candidates.get(first.id))
        synced = client.applications.sync()
        w.ok(lambda: synced.to_list())
        w.keep(synced)
        w.ok(lambda: client.request("job.info", {"id": jobs[0].id}))
        w.ok(lambda: client.paginate("candidate.list", {}, limit=25).to_list())
        w.ok(lambda: client.notes.create(first.id, "a note"))
        fast = client.with_options(timeout=5, max_retries=0)
        w.keep(fast, fast._api, fast._api.settings, fast.candidates)

        w.fails(AshbyNotFoundError, lambda: client.candidates.get(MISSING))
        w.fails(AshbyInvalidInputError, lambda: client.request("candidate.info", {"candidateId": MISSING}))
        w.fails(AshbyArgumentError, lambda: client.notes.create(first.id, 42))  # type: ignore[arg-type]
        emu.faults.add("503", endpoint="job.list", times=3, retry_after=0)  # max_retries=2: all used
        w.fails(AshbyServerError, lambda: client.jobs.list())
        emu.faults.add("429", endpoint="job.list", times=3, retry_after=0)
        w.fails(AshbyRateLimitError, lambda: client.jobs.list())
        emu.faults.add("502_html", endpoint="job.list")
        w.fails(AshbyServerError, lambda: fast.jobs.list())
        emu.faults.add("drop", endpoint="candidate.createNote", after_handler=True)
        w.fails(AshbyConnectionError, lambda: client.notes.create(first.id, "lost"))

    denied = Emulator(seed=3, candidates=5, api_key=KEY, permissions={"candidatesRead"})
    with make_client(denied) as client:
        w.fails(AshbyAuthError, lambda: client.jobs.list())  # 403 missing_endpoint_permission
    wrong = Emulator(seed=3, candidates=5, api_key="some-other-key")
    with AshbyClient(api_key=KEY, http_client=httpx.Client(transport=wrong.transport()), rate_limit=None) as client:
        w.keep(client)
        w.fails(AshbyAuthError, lambda: client.jobs.list())  # 403 invalid_api_key

    def unauthenticated(request: httpx.Request) -> httpx.Response:
        body = {"success": False, "errors": ["unauthenticated"], "errorInfo": {"code": "unauthenticated"}}
        return httpx.Response(401, json=body, headers={"www-authenticate": 'Basic realm="ashby"'})

    with AshbyClient(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(unauthenticated))) as client:
        w.fails(AshbyAuthError, lambda: client.candidates.list())

    # Against real sockets: a server with latency (timeouts), then nothing listening (refused).
    slow = Emulator(seed=4, candidates=5, api_key=KEY)
    with (
        serve_in_thread(slow) as url,
        AshbyClient(
            api_key=KEY, base_url=url, timeout=0.2, max_retries=1, rate_limit=None, retry_delay=QUICK
        ) as client,
    ):
        w.ok(lambda: client.departments.list())
        slow.faults.add("latency", endpoint="job.list", times=2, delay=0.6)
        w.fails(AshbyTimeoutError, lambda: client.jobs.list())
        w.keep(client, client._api)
    refused = f"http://127.0.0.1:{_free_port()}"
    with AshbyClient(api_key=KEY, base_url=refused, max_retries=1, rate_limit=None, retry_delay=QUICK) as client:
        w.fails(AshbyConnectionError, lambda: client.jobs.list())
        w.keep(client, client._api.settings)

    # Configuration: the key from a .env file, then from the environment; a bad option next to a good key.
    monkeypatch.delenv("ASHBY_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"ASHBY_API_KEY={KEY}\n")
    with AshbyClient(base_url=refused) as client:
        w.keep(client, client._api, client._api.settings)
        assert client._api.settings.api_key.get_secret_value() == KEY  # the key really came from the file
    monkeypatch.setenv("ASHBY_API_KEY", KEY)
    with AshbyClient(base_url=refused) as client:
        w.keep(client, client._api, client._api.settings)
    w.fails(AshbyConfigError, lambda: AshbyClient(api_key=KEY, base_url="ftp://example.com"))
    w.fails(AshbyConfigError, lambda: AshbyClient(api_key=KEY, max_retries=-1))
    w.fails(AshbyConfigError, lambda: AshbyClient(api_key=KEY, http_client=httpx.AsyncClient()))  # type: ignore[arg-type]


def _async_workload(w: Workload, emu: Emulator, tmp_path: Path) -> None:
    async def go() -> None:
        async with make_async_client(emu, max_retries=1, retry_delay=QUICK) as client:
            w.keep(client, client._api, client.candidates)
            w.keep(await client.jobs.list())
            pager = client.candidates.iter(limit=5)
            async for candidate in pager:
                w.keep(candidate, pager)
                break
            emu.faults.add("500", endpoint="candidate.list", times=3, retry_after=0)
            try:
                await client.candidates.list()
            except AshbyServerError as exc:
                w.errors.append(exc)
            else:
                raise AssertionError("expected a server error")
            summary = await Mirror(client, str(tmp_path / "m.db"), only=["jobs", "candidates"]).run()
            w.keep(summary, summary.to_dict())
        wrong = Emulator(seed=3, candidates=5, api_key="some-other-key")
        client = AsyncAshbyClient(
            api_key=KEY, http_client=httpx.AsyncClient(transport=wrong.async_transport()), rate_limit=None
        )
        async with client:
            try:
                await Mirror(client, str(tmp_path / "refused.db"), only=["jobs"]).run()
            except MirrorError as exc:
                w.errors.append(exc)
                w.keep(exc.summary, exc.summary.to_dict())
            else:
                raise AssertionError("expected the refused key to fail the mirror")

    asyncio.run(go())


def test_the_key_never_leaks(tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    caplog.set_level(logging.DEBUG)  # the root logger, so every library's DEBUG lines are seen too
    w = Workload()
    emu = Emulator(seed=2, candidates=30, api_key=KEY)
    try:
        _sync_workload(w, emu, tmp_path, monkeypatch)
        _async_workload(w, emu, tmp_path)
    finally:
        root.removeHandler(handler)

    # The search is not vacuous: the workload logged, failed in every way, and the needles are findable.
    assert len(caplog.records) > 50 and "POST job.list -> 503" in stream.getvalue()
    assert {type(e).__name__ for e in w.errors} >= {
        "AshbyNotFoundError", "AshbyInvalidInputError", "AshbyServerError", "AshbyRateLimitError",
        "AshbyAuthError", "AshbyTimeoutError", "AshbyConnectionError", "AshbyConfigError", "MirrorError",
    }  # fmt: skip
    assert {e.status_code for e in w.errors if isinstance(e, AshbyAuthError)} == {401, 403}
    assert all(_leaks(n) for n in NEEDLES)

    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s %(args)s")
    for record in caplog.records:
        texts = [record.getMessage(), repr(record.msg), repr(record.args), formatter.format(record)]
        assert not _leaks("\n".join(texts)), (record.name, record.getMessage())
    assert not _leaks(stream.getvalue())
    assert not _leaks(caplog.text)
    for error in w.errors:
        assert isinstance(error, AshbyError)
        assert not _leaks("\n".join(_exception_texts(error))), repr(error)
    for obj in w.objects:
        assert not _leaks("\n".join(_walk(obj))), type(obj).__name__
