"""Writes under random 5xx, 429 and dropped connections, answers lost after the write landed included.

A non-idempotent write (``candidate.createNote``, ``candidate.create``) must never reach the
emulator's handler twice: it either succeeded (and exists exactly once) or raised an ``AshbyError``
(and exists at most once: only when its answer was lost after it landed). Idempotent writes
(``application.changeStage``, ``candidate.addTag``) may be retried, and end in the requested state.
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
            (lambda: make_client(emu, max_retries=MAX_RETRIES)),
            (lambda: make_async_client(emu, max_retries=MAX_RETRIES)),
        )
        return
    with serve_in_thread(emu) as url:
        options: dict[str, Any] = {
            "api_key": emu.api_key,
            "base_url": url,
            "max_retries": MAX_RETRIES,
            "rate_limit": None,
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


@pytest.mark.usefixtures("quick_backoff")
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


@pytest.mark.usefixtures("quick_backoff")
@pytest.mark.parametrize("seed", [1, 2])
def test_idempotent_writes_are_retried_and_end_in_the_requested_state(seed: int) -> None:
    emu = Emulator(seed=seed, candidates=40)
    with make_client(emu, max_retries=MAX_RETRIES) as client:
        apps = [a for a in client.applications.list() if a.status == "Active"][: MOVES // 2]
        plans: dict[str, list[str]] = {}
        for app in apps:
            stage = app.current_interview_stage
            assert stage is not None and stage.interview_plan_id
            plans.setdefault(
                stage.interview_plan_id,
                [s.id for s in client.interview_stages.list(stage.interview_plan_id) if s.type != "Archived"],
            )
        people = client.candidates.list()[:TAGS]
        tags = client.candidate_tags.list()
    assert len(apps) == MOVES // 2 and len(plans[next(iter(plans))]) >= 3
    rng = _chaos(emu, seed)
    wanted_stage: dict[str, str] = {}
    wanted_tags: dict[str, set[str]] = {p.id: {t.id for t in p.tags or []} for p in people}
    with make_client(emu, max_retries=MAX_RETRIES) as client:
        for app in apps:  # two moves each: the last one asked for must win
            assert app.current_interview_stage is not None and app.current_interview_stage.interview_plan_id
            stages = plans[app.current_interview_stage.interview_plan_id]
            for target in rng.sample([s for s in stages if s != app.current_interview_stage.id], 2):
                _script(emu, rng, "application.changeStage")
                moved = client.applications.change_stage(app.id, target)  # retried by the client alone
                assert moved.current_interview_stage is not None and moved.current_interview_stage.id == target
                wanted_stage[app.id] = target
        for person in people:
            tag = rng.choice(tags)
            _script(emu, rng, "candidate.addTag")
            tagged = client.candidates.add_tag(person.id, tag.id)
            assert tag.id in {t.id for t in tagged.tags or []}
            wanted_tags[person.id].add(tag.id)
    emu.faults.clear()

    for app_id, stage_id in wanted_stage.items():
        app_row = emu.org["application"].get(app_id)
        assert app_row is not None and app_row["_stageId"] == stage_id
    for person_id, tag_ids in wanted_tags.items():
        row = emu.org["candidate"].get(person_id)
        assert row is not None and sorted(row["_tagIds"]) == sorted(tag_ids)  # each tag once, none lost
    # Lost answers were retried: some of these writes reached the handler more than once.
    handled = Counter(
        (r.endpoint, tuple(sorted(r.body.items())))
        for r in emu.requests
        if r.endpoint in ("application.changeStage", "candidate.addTag") and r.success is not None
    )
    assert max(handled.values()) >= 2
    assert sum(1 for r in emu.requests if r.endpoint == "application.changeStage" and r.fault == "drop") >= 2
