"""_rate_limit.py: free until a 429, then AIMD per key; scopes; shared by copies, clients, threads and tasks."""

from __future__ import annotations

import asyncio
import threading
import time

import httpx
import pytest

from ashby_sdk import AshbyClient, AshbyConfigError, AsyncAshbyClient
from ashby_sdk._rate_limit import DECREASE, RateLimiter, rate_limit_scope
from ashby_sdk.emulator import Emulator

from .conftest import make_client


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _succeed(limiter: RateLimiter, clock: Clock, count: int, spacing: float) -> None:
    for _ in range(count):
        clock.now += spacing
        limiter.on_success()


def test_uncapped_until_a_429_then_paused_and_capped_below_what_got_through() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    assert [limiter.reserve() for _ in range(100)] == [0.0] * 100  # no cap, no pacing
    _succeed(limiter, clock, 40, 0.025)  # 40 requests a second got through
    limiter.on_rate_limited("key", 2.0, sent_at=clock.now, fallback_wait=0.5)
    assert limiter.rate == pytest.approx(40 / 2.0 * DECREASE)  # 40 successes in the 2 s horizon
    interval = 1 / limiter.rate
    waits = [limiter.reserve() for _ in range(4)]
    # Everyone waits out Retry-After, then goes at the new pace.
    assert waits == pytest.approx([2.0, 2.0 + interval, 2.0 + 2 * interval, 2.0 + 3 * interval])


def test_one_decrease_per_429_episode_then_additive_increase_back_to_uncapped() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    _succeed(limiter, clock, 20, 0.05)
    sent = clock.now - 0.01
    limiter.on_rate_limited("key", 1.0, sent_at=sent, fallback_wait=0.5)
    first = limiter.rate
    limiter.on_rate_limited("key", 1.0, sent_at=sent, fallback_wait=0.5)  # in flight before the decrease
    assert limiter.rate == first and limiter.decreases == 1
    clock.now += 1.0
    rates = []
    for _ in range(2000):
        clock.now += 0.05
        limiter.on_success()
        rates.append(limiter.rate)
        if limiter.rate is None:
            break
    climbing = [r for r in rates if r is not None]
    assert climbing == sorted(climbing) and climbing[-1] > first  # step by step, never down on success
    assert rates[-1] is None  # back to uncapped
    assert [limiter.reserve() for _ in range(10)] == [0.0] * 10


def test_a_new_429_after_the_decrease_lowers_again() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    _succeed(limiter, clock, 20, 0.05)
    limiter.on_rate_limited("key", 1.0, sent_at=clock.now, fallback_wait=0.5)
    first = limiter.rate
    assert first is not None
    clock.now += 1.5
    _succeed(limiter, clock, 10, 1 / first)
    limiter.on_rate_limited("key", 1.0, sent_at=clock.now, fallback_wait=0.5)
    assert limiter.rate is not None and limiter.rate < first and limiter.decreases == 2


@pytest.mark.parametrize(
    ("scope", "retry_after", "paused", "capped"),
    [
        ("partner", 3.0, True, False),  # Ashby protecting itself across organisations: wait, but not our rate
        ("endpoint", 3.0, False, False),  # report.*'s own limit: only that call waits
        ("key", 0.0, False, False),  # "retry now": nothing to learn
        ("key", None, True, True),  # no Retry-After: the backoff is the pause
    ],
)
def test_scopes(scope: str, retry_after: float | None, paused: bool, capped: bool) -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    _succeed(limiter, clock, 20, 0.05)
    limiter.on_rate_limited(scope, retry_after, sent_at=clock.now, fallback_wait=0.5)  # type: ignore[arg-type]
    assert (limiter.reserve() > 0) is paused
    assert (limiter.rate is not None) is capped


def test_scope_from_the_answer() -> None:
    assert rate_limit_scope("candidate.list", None) == "key"
    assert rate_limit_scope("candidate.list", " Integration-Partner ") == "partner"
    assert rate_limit_scope("report.generate", None) == "endpoint"


def test_a_429_before_anything_got_through_pauses_without_guessing_a_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    limiter.on_rate_limited("key", 1.0, sent_at=clock.now, fallback_wait=0.5)
    assert limiter.rate is None and limiter.reserve() == pytest.approx(1.0)


def test_a_fixed_cap_paces_and_never_adapts() -> None:
    clock = Clock()
    limiter = RateLimiter(4.0, clock=clock)
    assert [limiter.reserve() for _ in range(3)] == pytest.approx([0.0, 0.25, 0.5])
    _succeed(limiter, clock, 50, 0.25)
    limiter.on_rate_limited("key", 1.0, sent_at=clock.now, fallback_wait=0.5)
    assert limiter.rate == 4.0
    assert limiter.reserve() == pytest.approx(1.0)  # the pause still holds


def test_rate_limit_option(emu: Emulator) -> None:
    shared = AshbyClient(api_key=emu.api_key, base_url=emu.base_url)
    assert shared._api.settings.rate_limiter.rate is None  # the default: no cap
    fixed = AshbyClient(api_key=emu.api_key, base_url=emu.base_url, rate_limit=5)
    assert fixed._api.settings.rate_limiter.fixed and fixed._api.settings.rate_limiter.rate == 5
    with pytest.raises(AshbyConfigError, match="rate_limit"):
        AshbyClient(api_key="k", rate_limit=-1)


def test_one_limiter_per_key_for_copies_and_other_clients() -> None:
    client = AshbyClient(api_key="key-one", base_url="https://api.ashbyhq.com")
    limiter = client._api.settings.rate_limiter
    assert client.with_options(timeout=5)._api.settings.rate_limiter is limiter
    assert AshbyClient(api_key="key-one")._api.settings.rate_limiter is limiter  # another client, same key
    assert AsyncAshbyClient(api_key="key-one")._api.settings.rate_limiter is limiter
    assert AshbyClient(api_key="key-two")._api.settings.rate_limiter is not limiter
    assert client.with_options(api_key="key-two")._api.settings.rate_limiter is not limiter
    assert client.with_options(base_url="https://proxy.example")._api.settings.rate_limiter is not limiter
    fixed = client.with_options(rate_limit=3)
    assert fixed._api.settings.rate_limiter.rate == 3
    assert fixed.with_options(api_key="key-three")._api.settings.rate_limiter.rate == 3  # a fixed cap goes along


@pytest.mark.parametrize(("scope", "capped"), [(None, True), ("integration-partner", False)])
def test_the_client_reads_the_scope_header(scope: str | None, capped: bool) -> None:
    emu = Emulator(seed=1, candidates=5, api_key=f"scope-test-{scope}")
    client = make_client(emu, max_retries=1, rate_limit=None)
    limiter = client._api.settings.rate_limiter
    for _ in range(3):  # three answers get through, then the limit
        client.request("department.list")
    emu.faults.add("429", endpoint="department.list", retry_after=1, scope=scope)
    started = time.monotonic()
    client.request("department.list")
    assert time.monotonic() - started >= 1.0  # Retry-After waited out
    sent = [r for r in emu.requests if r.status_code == 429]
    assert len(sent) == 1 and sent[0].fault == "429"
    assert limiter.pauses == 1
    assert (limiter.rate is not None) is capped


# --- against the emulator's per-key limit ----------------------------------------------------------------------

LIMIT = 30  # requests per second, the emulator's sliding window
SECONDS = 5.0


def _outcome(emu: Emulator, answered: list[float]) -> tuple[float, int, int]:
    """(requests a second answered over the run's second half, answers, 429s), as the emulator counted them."""
    ok = sum(1 for r in emu.requests if r.status_code == 200)
    limited = sum(1 for r in emu.requests if r.status_code == 429)
    assert ok == len(answered)
    start, end = answered[0], answered[-1]
    settled = [t for t in answered if t >= (start + end) / 2]
    rate = len(settled) / (end - (start + end) / 2)
    print(f"{rate:.1f} requests/s settled against a limit of {LIMIT}/s; {ok} answered, {limited} refused (429)")
    return rate, ok, limited


@pytest.mark.anyio
async def test_20_tasks_over_3_clients_settle_near_the_limit_without_a_storm_of_429s() -> None:
    """Adaptive by default: the key's N requests a second, shared by two clients and a copy, with few 429s."""
    from ashby_sdk.emulator.server import serve_in_thread

    emu = Emulator(seed=3, candidates=60, api_key="adaptive-async", rate_limit=(LIMIT, 1.0))
    with serve_in_thread(emu) as url:  # a real server: requests truly in flight at once, default clients
        first, second = (AsyncAshbyClient(api_key=emu.api_key, base_url=url, max_retries=10) for _ in range(2))
        clients = [first, second, first.with_options(timeout=30)]
        await _pages_until_deadline(emu, clients)
        await first.close()
        await second.close()


async def _pages_until_deadline(emu: Emulator, clients: list[AsyncAshbyClient]) -> None:
    deadline = time.monotonic() + SECONDS
    answered: list[float] = []

    async def pages(c: AsyncAshbyClient) -> None:
        while time.monotonic() < deadline:
            async for _ in c.paginate("candidate.list", limit=5).pages():
                answered.append(time.monotonic())
                if answered[-1] >= deadline:
                    return

    await asyncio.gather(*(pages(clients[n % 3]) for n in range(20)))
    rate, ok, limited = _outcome(emu, sorted(answered))
    assert 0.7 * LIMIT <= rate <= 1.3 * LIMIT
    # Finding the limit costs one 429 per request in flight; after that, about one per AIMD cycle.
    assert limited <= 20 + 5
    assert limited / ok <= 0.3


def test_threads_share_the_pace() -> None:
    emu = Emulator(seed=3, candidates=60, api_key="adaptive-threads", rate_limit=(LIMIT, 1.0))
    client = AshbyClient(
        api_key=emu.api_key,
        base_url=emu.base_url,
        http_client=httpx.Client(transport=emu.transport()),
        max_retries=10,
    )
    deadline = time.monotonic() + SECONDS
    answered: list[float] = []

    def pages() -> None:
        while time.monotonic() < deadline:
            for _ in client.paginate("candidate.list", limit=5).pages():
                answered.append(time.monotonic())
                if answered[-1] >= deadline:
                    return

    threads = [threading.Thread(target=pages) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rate, _, limited = _outcome(emu, sorted(answered))
    assert 0.7 * LIMIT <= rate <= 1.3 * LIMIT
    assert limited <= 8 + 5
