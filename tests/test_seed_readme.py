"""Every example of the seed package's README, executed as written, against a real local emulator server.

The examples live in ``docs/seed-interface.md``; each ``name="..."`` placeholder
is replaced by a real id of the emulated organisation. The client is built by
the examples themselves from ``ASHBY_API_KEY``/``ASHBY_BASE_URL`` in the
environment, so the environment route is what is exercised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ashby_sdk import AshbyClient
from ashby_sdk.emulator import Emulator

DOC = Path(__file__).resolve().parent.parent / "docs" / "seed-interface.md"
BLOCKS = re.findall(r"^## (.+?)\n.*?```python\n(.*?)```", DOC.read_text(), flags=re.S | re.M)
PLACEHOLDER = re.compile(r'(\w+)="\.\.\."')
KEY = "your-api-key"  # the README builds one client from the environment and one with this literal key


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, dict[str, str]]]:
    from ashby_sdk.emulator.server import serve_in_thread

    emu = Emulator(seed=11, candidates=80, api_key=KEY)
    with serve_in_thread(emu) as url:
        yield url, _ids(AshbyClient(api_key=KEY, base_url=url, rate_limit=None))


def _ids(client: AshbyClient) -> dict[str, str]:
    """Ids that make every example meaningful: a job with a 3+ stage funnel and an active application in it."""
    for job in client.jobs.list(status=["Open"]):
        stages = client.interview_stages.list_for_job(job.id)
        if len(stages) < 3 or not client.job_postings.list(job_id=job.id):
            continue
        for app in client.applications.list(job_id=job.id):
            candidate = client.candidates.get(app.candidate_id)  # type: ignore[arg-type]
            if app.status == "Active" and candidate.resume_handle and client.feedback.list_for_application(app.id):
                break
        else:
            continue
        break
    else:
        raise AssertionError("the emulated organisation has no job usable by the examples")
    target = next(s for s in stages if s.id != app.current_interview_stage.id and s.type != "Archived")  # type: ignore[union-attr]
    handle = candidate.resume_handle
    return {
        "job_id": job.id,
        "application_id": app.id,
        "candidate_id": candidate.id,
        "interview_stage_id": target.id,
        "stage_id": stages[0].id,
        "file_handle": handle,
        "posting_id": client.job_postings.list(job_id=job.id)[0].id,
        "department_id": client.departments.list()[0].id,
        "location_id": client.locations.list()[0].id,
        "user_id": client.users.list()[0].id,
        "custom_field_id": client.custom_fields.list()[0].id,
        "project_id": client.projects.list()[0].id,
        "offer_id": client.offers.list()[0].id,
        "interview_id": client.interviews.list()[0].id,
        "interview_schedule_id": client.interview_schedules.list()[0].id,
    }  # type: ignore[dict-item]


def _run(code: str, ids: dict[str, str], namespace: dict[str, Any]) -> None:
    code = PLACEHOLDER.sub(lambda m: f"{m.group(1)}={ids[m.group(1)]!r}", code)
    exec(compile(code, str(DOC), "exec"), namespace)


def test_every_block_was_found() -> None:
    assert len(BLOCKS) == 15


@pytest.mark.parametrize(("title", "code"), BLOCKS, ids=[t for t, _ in BLOCKS])
def test_example(
    title: str,
    code: str,
    server: tuple[str, dict[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, ids = server
    monkeypatch.setenv("ASHBY_API_KEY", KEY)
    monkeypatch.setenv("ASHBY_BASE_URL", url)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    _run(BLOCKS[0][1], ids, namespace)  # every block builds on the quick start's client and candidate
    if title != BLOCKS[0][0]:
        _run(code, ids, namespace)
    out = capsys.readouterr().out
    assert out or title in ("Pagination", "Files"), "every printing example printed something"
    if title.startswith("Quick start"):
        assert namespace["candidate"].email and "Email: " in out
        if namespace["candidate"].resume_handle:
            assert list(tmp_path.iterdir()), "the resume was downloaded"
    if title == "Error handling":
        assert "failed" not in out and "API error" not in out
