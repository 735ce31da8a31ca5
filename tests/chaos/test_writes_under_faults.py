"""Writes under random 5xx, 429 and dropped connections, answers lost after the write landed included.

A non-idempotent write (``candidate.createNote``, ``candidate.create``) must never reach the
emulator's handler twice: it either succeeded (and exists exactly once) or raised an ``AshbyError``
(and exists at most once: only when its answer was lost after it landed). Writes flagged idempotent
(``department.update``, ``location.updateName``: organisation metadata) may be retried, and end in the
requested state.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from ashby_sdk import (
    AshbyClient,
    AshbyConnectionError,
    AshbyError,
    AshbyRateLimitError,
    AshbyServerError,
    AsyncAshbyClient,
)
from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from ..conftest import make_async_client, make_client
from .conftest import QUICK

MAX_RETRIES = 8
NOTES, CANDIDATES, MOVES, TAGS = 40, 20, 20, 20


@dataclass
class Outcomes:
    """What each write returned (the created id) or raised, by its unique text."""

    ok: dict[str, str] = field(default_factory=dict)
    failed: dict[str, AshbyError] = field(default_factory=dict)


def _chaos(emu: Emulator, seed: int) -> random.Random:
    """The random schedule (5xx, 429, drops before the handler), and an rng for scripted lost answers."""
    emu.faults.random(rate_5xx=0.12, rate_429=0.12, rate_drop=0.06, seed=seed, retry_after=0)
    return random.Random(seed)


def _script(emu: Emulator, rng: random.Random, endpoint: str) -> None:
    """Sometimes make the next write's answer get lost after it landed, on its first attempt or after 429s."""
    u = rng.random()
    if u < 0.15:
        emu.faults.add("drop", endpoint=endpoint, after_handler=True)
    elif u < 0.25:
        emu.faults.add("429", endpoint=endpoint, times=rng.randint(1, 2), retry_after=0)
        emu.faults.add("drop", endpoint=endpoint, after_handler=True)


def _handled(emu: Emulator, endpoint: str, key: Any) -> Counter[str]:
    """Per text, how many requests to ``endpoint`` reached its handler (``success`` is set only then)."""
    return Counter(key(r.body) for r in emu.requests if r.endpoint == endpoint and r.success is not None)


def _check_non_idempotent(outcomes: Outcomes, texts: list[str], stored: Counter[str], handled: Counter[str]) -> None:
    assert set(outcomes.ok) | set(outcomes.failed) == set(texts)
    assert max(stored.values()) == 1  # no text exists twice
    assert max(handled.values()) == 1  # no write reached the handler twice
    for text in texts:
        if text in outcomes.ok:
            assert stored[text] == 1 and handled[text] == 1
        else:  # refused before the handler, or landed and its answer lost (then only a connection error)
            error = outcomes.failed[text]
            assert stored[text] == handled[text] <= 1
            if stored[text]:
                assert isinstance(error, AshbyConnectionError)
            assert isinstance(error, (AshbyConnectionError, AshbyServerError, AshbyRateLimitError))
    # The chaos was real: some writes failed, some of those had landed, some succeeded after a 429.
    assert len(outcomes.ok) >= len(texts) // 2
    assert any(stored[t] for t in outcomes.failed) and any(not stored[t] for t in outcomes.failed)


@contextmanager
def _clients(emu: Emulator, via: str) -> Iterator[tuple[Callable[[], AshbyClient], Callable[[], AsyncAshbyClient]]]:
    """Client factories: over the in-process transports, or over real HTTP (a drop cuts the body short)."""
    if via == "in-process":
        yield (
            (lambda: make_client(emu, max_retries=MAX_RETRIES, retry_delay=QUICK)),
            (lambda: make_async_client(emu, max_retries=MAX_RETRIES, retry_delay=QUICK)),
        )
        return
    with serve_in_thread(emu) as url:
        options: dict[str, Any] = {
            "api_key": emu.api_key,
            "base_url": url,
            "max_retries": MAX_RETRIES,
            "rate_limit": None,
            "retry_delay": QUICK,
        }
        yield (lambda: AshbyClient(**options)), (lambda: AsyncAshbyClient(**options))


def _write_everything(
    emu: Emulator,
    seed: int,
    candidate_ids: list[str],
    sync_client: Callable[[], AshbyClient],
    async_client: Callable[[], AsyncAshbyClient],
) -> tuple[Outcomes, Outcomes, list[str], list[str]]:
    """40 notes with the sync client, then 20 candidates with the async one, under the chaos schedule."""
    rng = _chaos(emu, seed)
    notes, note_texts = Outcomes(), [f"chaos note {seed}-{i}" for i in range(NOTES)]
    with sync_client() as client:
        for i, text in enumerate(note_texts):
            _script(emu, rng, "candidate.createNote")
            try:
                notes.ok[text] = client.notes.create(candidate_ids[i % len(candidate_ids)], text).id
            except AshbyError as exc:
                notes.failed[text] = exc

    people, names = Outcomes(), [f"Chaos Writer {seed}-{i}" for i in range(CANDIDATES)]

    async def create_candidates() -> None:  # the async client, generated apart from the sync one's code
        async with async_client() as aclient:
            for i, name in enumerate(names):
                _script(emu, rng, "candidate.create")
                try:
                    created = await aclient.candidates.create(name=name, email=f"chaos.{seed}.{i}@example.com")
                    people.ok[name] = created.id
                except AshbyError as exc:
                    people.failed[name] = exc

    asyncio.run(create_candidates())
    return notes, people, note_texts, names


@pytest.mark.parametrize(("seed", "via"), [(1, "in-process"), (2, "in-process"), (3, "in-process"), (4, "http")])
def test_non_idempotent_writes_land_at_most_once(seed: int, via: str) -> None:
    emu = Emulator(seed=seed, candidates=30)
    with make_client(emu) as client:
        candidate_ids = [c.id for c in client.candidates.list()]
    with _clients(emu, via) as (sync_client, async_client):
        notes, people, note_texts, names = _write_everything(emu, seed, candidate_ids, sync_client, async_client)
    emu.faults.clear()

    stored_notes = Counter(n["content"] for n in emu.org["note"] if n["content"] in set(note_texts))
    handled_notes = _handled(emu, "candidate.createNote", lambda b: b["note"]["value"])
    _check_non_idempotent(notes, note_texts, stored_notes, handled_notes)
    by_text = {n["content"]: n["id"] for n in emu.org["note"]}
    assert all(by_text[text] == note_id for text, note_id in notes.ok.items())

    stored_people = Counter(c["name"] for c in emu.org["candidate"] if c["name"] in set(names))
    handled_people = _handled(emu, "candidate.create", lambda b: b["name"])
    _check_non_idempotent(people, names, stored_people, handled_people)
    by_name = {c["name"]: c["id"] for c in emu.org["candidate"]}
    assert all(by_name[name] == person_id for name, person_id in people.ok.items())

    faults = Counter(r.fault for r in emu.requests if r.endpoint in ("candidate.createNote", "candidate.create"))
    assert faults["429"] and faults["drop"] and faults["500"] + faults["502_html"] + faults["503"]
    retried = Counter(r.body.get("name") or r.body["note"]["value"] for r in emu.requests if r.fault == "429")
    assert any(t in notes.ok or t in people.ok for t in retried)  # some writes succeeded after a 429


@pytest.mark.parametrize("seed", [1, 2])
def test_idempotent_writes_are_retried_and_end_in_the_requested_state(seed: int) -> None:
    emu = Emulator(seed=seed, candidates=40)
    with make_client(emu, max_retries=MAX_RETRIES, retry_delay=QUICK) as client:
        departments = client.departments.list()[: MOVES // 2]
        locations = client.locations.list()[: TAGS // 2]
    assert departments and locations
    rng = _chaos(emu, seed)
    wanted_names: dict[str, str] = {}
    wanted_places: dict[str, str] = {}
    with make_client(emu, max_retries=MAX_RETRIES, retry_delay=QUICK) as client:
        for department in departments:  # two renames each: the last one asked for must win
            for n in range(2):
                name = f"Dept {seed}-{n}-{department.id[:8]}"
                _script(emu, rng, "department.update")
                renamed = client.departments.update(department_id=department.id, name=name)  # retried alone
                assert renamed.name == name
                wanted_names[department.id] = name
        for location in locations:
            name = f"Place {seed}-{location.id[:8]}"
            _script(emu, rng, "location.updateName")
            assert client.locations.update_name(location_id=location.id, name=name).name == name
            wanted_places[location.id] = name
    emu.faults.clear()

    for department_id, name in wanted_names.items():
        row = emu.org["department"].get(department_id)
        assert row is not None and row["name"] == name
    for location_id, name in wanted_places.items():
        row = emu.org["location"].get(location_id)
        assert row is not None and row["name"] == name
    # Lost answers were retried: some of these writes reached the handler more than once.
    handled = Counter(
        (r.endpoint, tuple(sorted(r.body.items())))
        for r in emu.requests
        if r.endpoint in ("department.update", "location.updateName") and r.success is not None
    )
    assert max(handled.values()) >= 2
    assert sum(1 for r in emu.requests if r.endpoint == "department.update" and r.fault == "drop") >= 2
