"""``ashby webhooks verify`` (CliRunner) and ``ashby webhooks listen`` (a real subprocess fed by the emulator)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.webhooks import sign

from .conftest import Served

SECRET = "whsec_cli"
BODY = json.dumps({"action": "applicationSubmit", "data": {"application": {"id": "app-1"}}})


def test_verify_accepts_a_good_signature(served: Served) -> None:
    out = served.ok("webhooks", "verify", "--secret", SECRET, "--signature", sign(BODY.encode(), SECRET), input=BODY)
    assert out.stdout == "valid signature: applicationSubmit\n"
    as_json = served.ok(
        "webhooks",
        "verify",
        "--signature",
        sign(BODY.encode(), SECRET),
        "--json",
        input=BODY,
        env={"ASHBY_WEBHOOK_SECRET": SECRET},
    )
    assert json.loads(as_json.stdout)["data"]["application"]["id"] == "app-1"


@pytest.mark.parametrize(
    ("signature", "message"),
    [("sha256=" + "0" * 64, "mismatch"), ("md5=abc", "unsupported signature algorithm"), ("garbage", "malformed")],
)
def test_verify_rejects_with_exit_1(served: Served, signature: str, message: str) -> None:
    result = served.run("webhooks", "verify", "--secret", SECRET, "--signature", signature, input=BODY)
    assert result.exit_code == 1
    assert result.stderr.startswith("error: invalid signature: ") and message in result.stderr


@contextmanager
def _listener(*args: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ashby_sdk.cli", "webhooks", "listen", "--port", "0", "--secret", SECRET, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        assert proc.stderr is not None
        banner = proc.stderr.readline()
        assert banner.startswith("Listening on http://127.0.0.1:"), banner
        yield proc, banner.split()[2]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


@pytest.mark.slow
def test_listen_verifies_and_prints_emulator_deliveries() -> None:
    with _listener() as (proc, url):
        bad = httpx.post(url, content=BODY, headers={"Ashby-Signature": sign(BODY.encode(), "wrong")})
        assert bad.status_code == 401
        emu = Emulator(seed=1, candidates=5, webhooks=[(url, SECRET)])
        http = httpx.Client(base_url=emu.base_url, transport=emu.transport(), auth=(emu.api_key, ""))
        app = next(a for a in emu.org["application"] if a["status"] == "Active")
        stage = next(
            s
            for s in emu.org["interviewStage"]
            if s["interviewPlanId"] == app["_planId"] and s["id"] != app["_stageId"] and s["type"] == "Active"
        )
        moved = http.post(
            "/application.changeStage", json={"applicationId": app["id"], "interviewStageId": stage["id"]}
        )
        assert moved.json()["success"]
        queued = emu.dispatcher.pending
        assert queued >= 1 and emu.deliver_webhooks() == queued
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(queued)]
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert any(app["id"] in line for line in lines), lines
    assert "rejected a delivery: signature mismatch" in err
    assert proc.returncode == 0  # Ctrl-C is how a receiver stops: a clean exit


@pytest.mark.slow
def test_ctrl_c_stops_the_receiver_cleanly() -> None:
    with _listener() as (proc, _):
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert proc.returncode == 0  # Ctrl-C is how a receiver stops: a clean exit
    assert "interrupted" not in err and "Traceback" not in err
