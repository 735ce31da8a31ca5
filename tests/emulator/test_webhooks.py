"""Webhooks: fired on changes, signed, retried, delivered through an injectable transport."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx

from ashby_sdk.emulator import Emulator

from .conftest import Api


class Receiver:
    """An in-process webhook receiver that can fail its first N requests."""

    def __init__(self, fail_first: int = 0, status: int = 500) -> None:
        self.requests: list[httpx.Request] = []
        self.fail_first = fail_first
        self.status = status

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) <= self.fail_first:
            return httpx.Response(self.status)
        return httpx.Response(200)

    def payloads(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


def _emulator(receiver: Receiver, **options: Any) -> Emulator:
    return Emulator(seed=0, candidates=10, webhook_transport=httpx.MockTransport(receiver), **options)


def _move(api: Api, emu: Emulator, stage_type: str) -> dict[str, Any]:
    app = next(a for a in emu.org["application"] if a["status"] == "Active")
    stage = next(
        s for s in emu.org["interviewStage"] if s["interviewPlanId"] == app["_planId"] and s["type"] == stage_type
    )
    result: dict[str, Any] = api.ok(
        "application.changeStage", {"applicationId": app["id"], "interviewStageId": stage["id"]}
    )
    return result


def test_webhook_create_pings_and_deliveries_verify() -> None:
    receiver = Receiver()
    emu = _emulator(receiver)
    api = Api(emu)
    hook = api.ok(
        "webhook.create",
        {"webhookType": "candidateStageChange", "requestUrl": "https://hooks.example/a", "secretToken": "topsecret"},
    )
    assert hook["enabled"] is True and hook["webhookType"] == "candidateStageChange"
    assert receiver.requests == []  # queued until delivered in-process
    moved = _move(api, emu, "Active")
    assert emu.deliver_webhooks() == 2
    actions = [p["action"] for p in receiver.payloads()]
    assert actions == ["ping", "candidateStageChange"]
    assert receiver.payloads()[1]["data"]["application"]["id"] == moved["id"]
    for request in receiver.requests:
        expected = "sha256=" + hmac.new(b"topsecret", request.content, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(request.headers["ashby-signature"], expected)
        assert str(request.url) == "https://hooks.example/a"


def test_static_receivers_get_every_action_and_hire_fires_candidate_hire() -> None:
    receiver = Receiver()
    emu = _emulator(receiver, webhooks=[("https://all.example/hook", "k")])
    api = Api(emu)
    cand = api.ok("candidate.create", {"name": "Hook Test"})
    job = next(iter(emu.org["job"]))
    api.ok("application.create", {"candidateId": cand["id"], "jobId": job["id"]})
    _move(api, emu, "Hired")
    emu.deliver_webhooks()
    actions = [p["action"] for p in receiver.payloads()]
    assert actions == ["applicationSubmit", "candidateStageChange", "applicationUpdate", "candidateHire"]


def test_failed_deliveries_are_retried_then_given_up() -> None:
    receiver = Receiver(fail_first=2)
    emu = _emulator(receiver, webhooks=[("https://r.example/", None)], webhook_max_attempts=3)
    emu.org.emit("jobUpdate", {"job": {"id": "j"}})
    emu.deliver_webhooks()
    assert [a.status for a in emu.dispatcher.attempts] == [500, 500, 200]
    assert "ashby-signature" not in receiver.requests[0].headers

    always_down = Receiver(fail_first=100)
    emu = _emulator(always_down, webhooks=[("https://r.example/", None)], webhook_max_attempts=3)
    _move(Api(emu), emu, "Active")
    emu.deliver_webhooks()
    assert len(always_down.requests) == 6  # two actions, three attempts each
    assert emu.dispatcher.pending == 0


def test_non_retryable_status_is_not_retried() -> None:
    receiver = Receiver(fail_first=100, status=410)
    emu = _emulator(receiver, webhooks=[("https://r.example/", None)])
    _move(Api(emu), emu, "Active")
    emu.deliver_webhooks()
    assert len(receiver.requests) == 2


def test_transport_errors_are_retried() -> None:
    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(204)

    emu = Emulator(
        seed=0, candidates=5, webhook_transport=httpx.MockTransport(flaky), webhooks=[("https://r.example/", "s")]
    )
    emu.org.emit("jobUpdate", {"job": {"id": "j"}})
    emu.deliver_webhooks()
    assert [a.status for a in emu.dispatcher.attempts] == [None, 204]
    assert emu.dispatcher.attempts[0].error and "ConnectError" in emu.dispatcher.attempts[0].error


def test_webhook_info_update_delete(api: Api) -> None:
    hook = api.ok(
        "webhook.create", {"webhookType": "applicationSubmit", "requestUrl": "https://a.example/", "secretToken": "s"}
    )
    assert api.ok("webhook.info", {"webhookId": hook["id"]}) == hook
    updated = api.ok("webhook.update", {"webhookId": hook["id"], "enabled": False})
    assert updated["enabled"] is False
    api.ok("webhook.delete", {"webhookId": hook["id"]})
    assert api.error("webhook.info", {"webhookId": hook["id"]}) == "webhook_not_found"
    bad = {"webhookType": "applicationSubmit", "requestUrl": "ftp://x", "secretToken": "s"}
    assert api.error("webhook.create", bad) == "invalid_input"


def test_writes_beyond_the_seed_fire_their_actions() -> None:
    receiver = Receiver()
    emu = _emulator(receiver, webhooks=[("https://all.example/hook", "k")])
    api = Api(emu)
    app = next(a for a in emu.org["application"] if a["status"] == "Active")
    user = next(iter(emu.org["user"]))
    event = {"startTime": "2030-01-01T10:00:00.000Z", "endTime": "2030-01-01T11:00:00.000Z"}
    schedule = api.ok(
        "interviewSchedule.create",
        {"applicationId": app["id"], "interviewEvents": [{**event, "interviewers": [{"email": user["email"]}]}]},
    )
    api.ok("interviewSchedule.update", {"interviewScheduleId": schedule["id"], "interviewEventIdToCancel": []})
    api.ok("application.update", {"applicationId": app["id"], "sendNotifications": False})
    job = next(iter(emu.org["job"]))
    api.ok("job.update", {"jobId": job["id"], "title": "Renamed"})
    offer = next(iter(emu.org["offer"]))
    api.ok("offer.approve", {"offerVersionId": offer["latestVersion"]["id"]})
    emu.deliver_webhooks()
    assert [p["action"] for p in receiver.payloads()] == [
        "interviewScheduleCreate",
        "interviewScheduleUpdate",
        "applicationUpdate",
        "jobUpdate",
        "offerUpdate",
    ]
    assert receiver.payloads()[0]["data"]["interviewSchedule"]["id"] == schedule["id"]


def test_cancels_openings_compensation_merges_and_deletes_fire_their_actions() -> None:
    receiver = Receiver()
    emu = _emulator(receiver, webhooks=[("https://all.example/hook", "k")])
    api = Api(emu)
    schedule = next(iter(emu.org["interviewSchedule"]))
    api.ok("interviewSchedule.cancel", {"id": schedule["id"]})
    opening = api.ok("opening.create", {"openingState": "Draft"})
    job = next(iter(emu.org["job"]))
    tiers = [{"title": "L3", "components": [{"compensationType": "Salary", "minValue": 1, "maxValue": 2}]}]
    api.ok("job.updateCompensation", {"jobId": job["id"], "compensationTiers": tiers})
    old, new, gone = list(emu.org["candidate"])[:3]
    moved = [a["id"] for a in emu.org["application"] if a["_candidateId"] == old["id"]]
    emu.merge_candidates(old["id"], new["id"])
    emu.delete_candidate(gone["id"])
    emu.deliver_webhooks()
    payloads = receiver.payloads()
    assert [p["action"] for p in payloads] == [
        "interviewScheduleUpdate", "openingCreate", "jobUpdate", "candidateMerge", "candidateDelete"]  # fmt: skip
    assert payloads[0]["data"]["interviewSchedule"]["status"] == "Cancelled"
    assert payloads[1]["data"]["opening"]["id"] == opening["id"]
    assert payloads[3]["data"]["deletedCandidate"] == {"id": old["id"]}
    assert payloads[3]["data"]["mergedCandidate"]["id"] == new["id"]
    assert payloads[4]["data"] == {"candidate": {"id": gone["id"]}}
    # The merge moved the old candidate's applications; both old ids are gone from the API.
    assert api.error("candidate.info", {"id": old["id"]}) == api.error("candidate.info", {"id": gone["id"]})
    for app_id in moved:
        assert api.ok("application.info", {"applicationId": app_id})["candidate"]["id"] == new["id"]


def test_stage_moves_write_the_stage_history() -> None:
    emu = _emulator(Receiver())
    api = Api(emu)
    app = next(a for a in emu.org["application"] if a["status"] == "Active")
    before = api.ok("application.listHistory", {"applicationId": app["id"]})
    _move(api, emu, "Offer")
    after = api.ok("application.listHistory", {"applicationId": app["id"]})
    assert len(after) == len(before) + 1
    assert all(h["leftStageAt"] is not None for h in after[:-1])
    assert after[-1]["leftStageAt"] is None and after[-1]["title"] == "Offer"
    assert after[-1]["stageNumber"] == max(h["stageNumber"] for h in before) + 1
