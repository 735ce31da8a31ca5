"""The write tools: present only with --allow-writes, saying what they change, sent once, checked in the emulator."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

from .conftest import KEY, McpSession, server_env

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[Emulator, str]]:
    emu = Emulator(seed=9, candidates=30, api_key=KEY)  # its own organisation: these tests change it
    with serve_in_thread(emu) as url:
        yield emu, url


@pytest.fixture(scope="module")
def writer(target: tuple[Emulator, str], start: Callable[..., McpSession]) -> McpSession:
    return start(["--allow-writes"], server_env(target[1]))


def _sent(emu: Emulator, endpoint: str) -> list[Any]:
    return [r for r in emu.requests if r.endpoint == endpoint]


def test_write_tools_say_what_they_change(writer: McpSession) -> None:
    tools = {t.name: t for t in writer.list_tools()}
    for name in ("move_application_stage", "add_candidate_note", "add_candidate_tag"):
        assert tools[name].description.startswith("WRITES TO ASHBY"), name
        assert tools[name].annotations.read_only_hint is False
    assert tools["move_application_stage"].annotations.destructive_hint is True
    assert tools["add_candidate_note"].annotations.idempotent_hint is False
    assert tools["find_candidates"].annotations.read_only_hint is True


def test_move_a_stage_by_its_title(writer: McpSession, target: tuple[Emulator, str]) -> None:
    emu = target[0]
    app = next(a for a in emu.org["application"] if a["status"] == "Active")
    answer = writer.call("move_application_stage", application_id=app["id"], stage="onsite")
    stage = emu.org["interviewStage"].get(app["_stageId"])
    assert stage["title"] == "Onsite" and answer["application"]["stage"] == "Onsite"
    assert answer["done"].startswith("moved the application from") and answer["source"] == "live API"
    archived = writer.error("move_application_stage", application_id=app["id"], stage="Archived")
    assert "archive_reason" in archived and emu.org["interviewStage"].get(app["_stageId"])["title"] == "Onsite"
    reason = next(iter(emu.org["archiveReason"]))
    writer.call("move_application_stage", application_id=app["id"], stage="Archived", archive_reason=reason["text"])
    assert app["status"] == "Archived" and app["_archiveReasonId"] == reason["id"]


def test_add_a_note_and_a_tag(writer: McpSession, target: tuple[Emulator, str]) -> None:
    emu = target[0]
    candidate = list(emu.org["candidate"])[3]
    before = len(emu.org["note"])
    note = writer.call("add_candidate_note", candidate_id=candidate["id"], text="Strong systems design.")
    assert len(emu.org["note"]) == before + 1 and note["note"]["text"] == "Strong systems design."
    assert _sent(emu, "candidate.createNote")[-1].body["sendNotifications"] is False
    tag = next(t for t in emu.org["tag"] if t["id"] not in candidate["_tagIds"] and not t.get("isArchived"))
    answer = writer.call("add_candidate_tag", candidate_id=candidate["id"], tag=tag["title"].upper())
    assert tag["id"] in candidate["_tagIds"] and tag["title"] in answer["candidate"]["tags"]
    assert "no tag matches" in writer.error("add_candidate_tag", candidate_id=candidate["id"], tag="No Such Tag")


def test_a_write_whose_answer_is_lost_is_not_sent_again(writer: McpSession, target: tuple[Emulator, str]) -> None:
    emu = target[0]
    candidate = list(emu.org["candidate"])[5]
    before, sent = len(emu.org["note"]), len(_sent(emu, "candidate.createNote"))
    emu.faults.add("drop", endpoint="candidate.createNote", after_handler=True)  # it lands; the answer is lost
    message = writer.error("add_candidate_note", candidate_id=candidate["id"], text="Once only.")
    assert len(_sent(emu, "candidate.createNote")) == sent + 1  # one request: never retried
    assert len(emu.org["note"]) == before + 1
    assert "Traceback" not in message and KEY not in message
    emu.faults.add("500", endpoint="application.changeStage")
    app = next(a for a in emu.org["application"] if a["status"] == "Active")
    moves = len(_sent(emu, "application.changeStage"))
    assert "Ashby failed to answer" in writer.error("move_application_stage", application_id=app["id"], stage="Offer")
    assert len(_sent(emu, "application.changeStage")) == moves + 1


def test_writes_need_a_key_and_the_flag(target: tuple[Emulator, str], start: Callable[..., McpSession]) -> None:
    reader = start([], server_env(target[1]))
    names = {t.name for t in reader.list_tools()}
    assert not names & {"move_application_stage", "add_candidate_note", "add_candidate_tag"}
