"""resources/reports.py: generate, poll (wait) and synchronous."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError, AsyncAshbyClient
from ashby_sdk.emulator import Emulator

from ..conftest import api_requests


def _report_id(emu: Emulator) -> str:
    return str(next(iter(emu.org["report"]))["id"])


def test_wait_starts_then_polls(emu: Emulator, client: AshbyClient) -> None:
    report = client.reports.wait(report_id=_report_id(emu), poll_interval=0)
    assert report.status == "complete" and report.report_data is not None
    assert report.report_data.data[0] == report.report_data.column_names
    bodies = [r.body for r in api_requests(emu, "report.generate")]
    assert "requestId" not in bodies[0] and bodies[1]["requestId"] == report.request_id  # type: ignore[index]


def test_synchronous_without_headers(emu: Emulator, client: AshbyClient) -> None:
    report = client.reports.synchronous(report_id=_report_id(emu), include_headers_in_data=False)
    assert report.report_data is not None
    assert report.report_data.data[0] != report.report_data.column_names
    with pytest.raises(AshbyNotFoundError):
        client.reports.synchronous(report_id="00000000-0000-4000-8000-000000000000")


@pytest.mark.anyio
async def test_async_wait(emu: Emulator, aclient: AsyncAshbyClient) -> None:
    report = await aclient.reports.wait(report_id=_report_id(emu), poll_interval=0)
    assert report.done


def test_wait_gives_up_after_max_wait(emu: Emulator, client: AshbyClient) -> None:
    """``max_wait`` bounds the polling; ``timeout`` is the per-call option, as on every method."""
    from ashby_sdk import AshbyTimeoutError

    with pytest.raises(AshbyTimeoutError, match="not ready after 0 s"):
        client.reports.wait(report_id=_report_id(emu), poll_interval=0, max_wait=0, timeout=5)
    assert len(api_requests(emu, "report.generate")) == 1  # started, never polled
