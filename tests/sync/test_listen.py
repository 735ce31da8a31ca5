"""``ashby sync --listen``: a change made through the API reaches the store through its webhook, before any sync.

End to end: the emulator served over HTTP fires signed webhooks at a real ``ashby sync --listen``
process; the test changes things through the SDK and reads the SQLite file the process writes.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread
from ashby_sdk.webhooks import sign

from ..conftest import make_client
from .test_resume import dump

ASHBY = [sys.executable, "-c", "from ashby_sdk.cli import main; main()"]
SECRET = "whsec-test-secret"


class Listener:
    """A running ``ashby sync --listen`` process, its receiver's URL, and its output."""

    def __init__(self, emu: Emulator, url: str, db: Path) -> None:
        args = [*ASHBY, "sync", "--api-key", emu.api_key, "--base-url", url, "--rate-limit", "0", "--db", str(db),
                "--json", "--listen", "127.0.0.1:0", "--secret", SECRET, "--every", "3600"]  # fmt: skip
        env = {**os.environ, "NO_COLOR": "1"}
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        self.stderr: queue.Queue[str] = queue.Queue()
        self.stdout: list[str] = []
        assert self.proc.stderr is not None and self.proc.stdout is not None
        threading.Thread(target=self._pump, args=(self.proc.stderr, self.stderr.put), daemon=True).start()
        threading.Thread(target=self._pump, args=(self.proc.stdout, self.stdout.append), daemon=True).start()
        self.url = self._wait_for_url()

    @staticmethod
    def _pump(stream: Any, put: Callable[[str], None]) -> None:
        for line in stream:
            put(line)

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                line = self.stderr.get(timeout=0.5)
            except queue.Empty:
                assert self.proc.poll() is None, "the listener ended"
                continue
            if line.startswith("listening for webhooks on "):
                return line.split()[4]
        raise AssertionError("no receiver URL")

    def first_summary(self) -> dict[str, Any]:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                return dict(json.loads("".join(self.stdout)))
            except json.JSONDecodeError:
                assert self.proc.poll() is None, "the listener ended"
                time.sleep(0.05)
        raise AssertionError("no summary")


@pytest.fixture
def listening(tmp_path: Path) -> Iterator[tuple[Emulator, Listener, Path]]:
    emu = Emulator(seed=9, candidates=60)
    db = tmp_path / "m.db"
    with serve_in_thread(emu) as url:
        listener = Listener(emu, url, db)
        try:
            assert listener.first_summary()["ok"]
            emu.dispatcher.receivers.append((listener.url, SECRET))
            yield emu, listener, db
        finally:
            if listener.proc.poll() is None:
                listener.proc.send_signal(signal.SIGINT)
                listener.proc.communicate(timeout=30)


def _until(query: str, args: tuple[Any, ...], want: Any, db: Path, timeout: float = 5.0) -> float:
    """Seconds until ``query`` answers ``want`` in ``db`` (polled by another connection)."""
    started = time.monotonic()
    with sqlite3.connect(db) as conn:
        while conn.execute(query, args).fetchone() != want:
            assert time.monotonic() - started < timeout, (query, args, conn.execute(query, args).fetchone(), want)
            time.sleep(0.002)
    return time.monotonic() - started


def _deliveries(emu: Emulator, action: str) -> list[bytes]:
    return [a.body for a in emu.dispatcher.attempts if a.action == action and a.status == 200]


def test_a_stage_move_reaches_the_store_through_its_webhook_within_a_second(
    listening: tuple[Emulator, Listener, Path],
) -> None:
    emu, listener, db = listening
    with make_client(emu) as client:
        app = next(a for a in client.applications.list() if a.status == "Active")
        stage = app.current_interview_stage
        assert stage is not None and stage.interview_plan_id
        stages = [s for s in client.interview_stages.list(stage.interview_plan_id) if s.type not in ("Archived",)]
        first, second = [s for s in stages if s.id != stage.id][:2]
        client.applications.change_stage(app.id, first.id)
        seconds = _until("SELECT current_stage_id FROM applications WHERE id = ?", (app.id,), (first.id,), db)
    print(f"webhook to store: {seconds * 1000:.0f} ms")
    assert seconds < 1.0
    # The move queued the application's stage history for the next sync, and nothing else was asked for.
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT list FROM _sync_pending WHERE parent_id = ?", (app.id,)).fetchall() == [
            ("application_history",)
        ]

    with make_client(emu) as client:
        client.applications.change_stage(app.id, second.id)
    _until("SELECT current_stage_id FROM applications WHERE id = ?", (app.id,), (second.id,), db)
    time.sleep(0.2)  # the other deliveries of the move (applicationUpdate) land too
    before = dump(db)
    moved_to_first = next(b for b in _deliveries(emu, "candidateStageChange") if first.id.encode() in b)

    with httpx.Client(timeout=10) as http:
        # A replay of the older move, correctly signed: recognised, answered 200, nothing changes.
        signature = {"Ashby-Signature": sign(moved_to_first, SECRET)}
        replay = http.post(listener.url, content=moved_to_first, headers=signature)
        assert (replay.status_code, replay.json()["message"]) == (200, "already applied")
        # A tampered delivery (the body changed, the signature not): refused, nothing changes.
        tampered = moved_to_first.replace(first.id.encode(), second.id.encode()).replace(b'"Active"', b'"Hired"')
        refused = http.post(listener.url, content=tampered, headers=signature)
        assert refused.status_code == 401
        unsigned = http.post(listener.url, content=tampered)
        assert unsigned.status_code == 401
    assert dump(db) == before
    with sqlite3.connect(db) as conn:
        keys = conn.execute("SELECT COUNT(*) FROM _webhook_events").fetchone()[0]
    assert keys == len({b for a in emu.dispatcher.attempts if a.status == 200 for b in [a.body]})


def test_merges_and_deletes_reach_the_store_at_once(listening: tuple[Emulator, Listener, Path]) -> None:
    emu, _, db = listening
    with make_client(emu) as client:
        people = client.candidates.list(limit=10)[:3]
    emu.merge_candidates(people[0].id, people[1].id)
    _until("SELECT new_id FROM candidate_merges WHERE old_id = ?", (people[0].id,), (people[1].id,), db)
    _until("SELECT is_removed FROM candidates WHERE id = ?", (people[0].id,), (1,), db)
    emu.delete_candidate(people[2].id)
    _until("SELECT is_removed FROM candidates WHERE id = ?", (people[2].id,), (1,), db)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT is_removed FROM candidates WHERE id = ?", (people[1].id,)).fetchone() == (0,)


def test_a_sink_of_your_own_verifies_records_and_applies_once(tmp_path: Path) -> None:
    from ashby_sdk.sync import SQLiteStore
    from ashby_sdk.sync.listen import WebhookSink

    app = {"id": "a1", "status": "Active", "candidate": {"id": "c1"}, "job": {"id": "j1"},
           "updatedAt": "2024-05-01T00:00:00.000Z"}  # fmt: skip
    body = json.dumps({"action": "applicationSubmit", "data": {"application": app}}).encode()
    sink = WebhookSink(SQLiteStore(tmp_path / "m.db"), SECRET)
    try:
        assert sink.deliver(body, sign(body, SECRET)) == (200, "applied")
        assert sink.deliver(body, sign(body, SECRET)) == (200, "already applied")
        assert sink.deliver(body.replace(b"Active", b"Hired"), sign(body, SECRET))[0] == 401
        assert sink.deliver(body, None)[0] == 401
        assert sink.deliver(b"not json", sign(b"not json", SECRET))[0] == 400
        assert (sink.applied, sink.duplicates, sink.rejected) == (1, 1, 2)
        store = sink.store
        assert isinstance(store, SQLiteStore)
        assert sink.writer.submit(lambda: store.db.execute("PRAGMA synchronous").fetchone()).result() == (2,)  # FULL
    finally:
        sink.close()
    with sqlite3.connect(tmp_path / "m.db") as conn:
        assert conn.execute("SELECT status FROM applications").fetchall() == [("Active",)]
        assert conn.execute("SELECT list, parent_id FROM _sync_pending").fetchall() == [("application_history", "a1")]
        assert conn.execute("SELECT COUNT(*) FROM _webhook_events").fetchone() == (1,)
