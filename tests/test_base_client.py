"""The transport layer against the emulator's wire: envelope, errors, retries, Retry-After, drops, timeouts, logs."""

from __future__ import annotations

import logging
import time

import httpx
import pytest

from ashby_sdk import (
    AshbyAPIError,
    AshbyClient,
    AshbyConnectionError,
    AshbyInvalidInputError,
    AshbyNotFoundError,
    AshbyRateLimitError,
    AshbyServerError,
    AshbyTimeoutError,
)
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_async_client, make_client

MISSING = "00000000-0000-4000-8000-000000000000"


def test_business_error_at_http_200_is_typed(client: AshbyClient) -> None:
    with pytest.raises(AshbyNotFoundError) as info:
        client.candidates.get(MISSING)
    error = info.value
    assert isinstance(error, AshbyAPIError)  # the seed's catch-all still catches it
    assert error.status_code == 200
    assert error.code and error.code.endswith("not_found")
    assert error.code in error.errors
    assert error.request_id
    assert error.endpoint == "candidate.info"
    assert "candidate.info" in str(error) and error.request_id in str(error)


def test_invalid_input_from_the_server_is_typed(client: AshbyClient) -> None:
    # `candidateId` is not what candidate.info takes (it takes `id`): Ashby says invalid_input.
    with pytest.raises(AshbyInvalidInputError):
        client.request("candidate.info", {"candidateId": MISSING})


def test_5xx_is_retried_then_succeeds(emu: Emulator, client: AshbyClient) -> None:
    emu.faults.add("500", endpoint="job.list", times=2, retry_after=0)
    assert client.jobs.list()
    assert [r.status_code for r in api_requests(emu, "job.list")] == [500, 500, 200]


def test_5xx_retries_run_out(emu: Emulator) -> None:
    emu.faults.add("502_html", endpoint="job.list", times=10, retry_after=0)
    with make_client(emu, max_retries=2) as client, pytest.raises(AshbyServerError) as info:
        client.jobs.list()
    assert len(api_requests(emu, "job.list")) == 3
    assert info.value.status_code == 502
    assert "<html" not in str(info.value).lower()  # an HTML page is summarised, not dumped


def test_retry_after_is_honoured(emu: Emulator, client: AshbyClient, caplog: pytest.LogCaptureFixture) -> None:
    emu.faults.add("429", endpoint="job.list", times=1, retry_after=1)
    started = time.monotonic()
    with caplog.at_level(logging.DEBUG, logger="ashby_sdk"):
        client.jobs.list()
    assert time.monotonic() - started >= 1.0
    assert "retrying job.list in 1.00 s after HTTP 429" in caplog.text


def test_rate_limit_error_after_retries(emu: Emulator) -> None:
    emu.faults.add("429", endpoint="job.list", times=10, retry_after=0)
    with make_client(emu, max_retries=1) as client, pytest.raises(AshbyRateLimitError) as info:
        client.jobs.list()
    assert info.value.retry_after == 0
    assert len(api_requests(emu, "job.list")) == 2


def test_dropped_read_is_retried(emu: Emulator, client: AshbyClient) -> None:
    emu.faults.add("drop", endpoint="job.list", times=2)
    assert client.jobs.list()
    assert len(api_requests(emu, "job.list")) == 3


def test_dropped_write_is_not_repeated(emu: Emulator, client: AshbyClient) -> None:
    """A create whose answer was lost may have landed: it must not be sent twice."""
    emu.faults.add("drop", endpoint="candidate.create", after_handler=True)
    with pytest.raises(AshbyConnectionError):
        client.candidates.create(name="Ada Lovelace", email="ada@example.com")
    assert len(api_requests(emu, "candidate.create")) == 1
    assert len(client.candidates.search(email="ada@example.com")) == 1


def test_5xx_on_a_non_idempotent_write_is_not_retried(emu: Emulator, client: AshbyClient) -> None:
    candidate = client.candidates.list(limit=1)[0]
    emu.faults.add("503", endpoint="candidate.createNote", retry_after=0)
    with pytest.raises(AshbyServerError):
        client.notes.create(candidate.id, "hello")
    assert len(api_requests(emu, "candidate.createNote")) == 1


def test_idempotent_write_is_retried(emu: Emulator, client: AshbyClient) -> None:
    department = client.departments.list()[0]
    emu.faults.add("drop", endpoint="department.update")  # flagged idempotent: organisation metadata
    renamed = client.departments.update(department_id=department.id, name="Research")
    assert renamed.name == "Research"
    assert len(api_requests(emu, "department.update")) == 2


def test_connection_refused_is_retried_then_raised(caplog: pytest.LogCaptureFixture) -> None:
    client = AshbyClient(api_key="k", base_url="http://127.0.0.1:9", max_retries=1, rate_limit=None)
    with caplog.at_level(logging.DEBUG, logger="ashby_sdk"), pytest.raises(AshbyConnectionError) as info:
        client.jobs.list()
    assert "2 attempt(s)" in str(info.value)
    assert caplog.text.count("retrying job.list") == 1


def test_timeouts_over_a_real_server(emu: Emulator) -> None:
    from ashby_sdk.emulator.server import serve_in_thread

    emu.faults.add("latency", endpoint="job.list", times=2, delay=1.0)
    with serve_in_thread(emu) as url:
        client = AshbyClient(api_key=emu.api_key, base_url=url, timeout=0.2, max_retries=1, rate_limit=None)
        with pytest.raises(AshbyTimeoutError):
            client.jobs.list()
        client.close()


def test_debug_log_names_endpoint_status_time_attempt(client: AshbyClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="ashby_sdk"):
        client.departments.list()
    assert any(
        r.getMessage().startswith("POST department.list -> 200 in ") and "(attempt 1/" in r.getMessage()
        for r in caplog.records
    )


def test_not_an_envelope_is_an_api_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[1, 2, 3])

    client = AshbyClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with pytest.raises(AshbyAPIError, match="not an Ashby envelope"):
        client.jobs.list()


@pytest.mark.anyio
async def test_async_client_retries_the_same_way(emu: Emulator) -> None:
    emu.faults.add("503", endpoint="candidate.list", times=1, retry_after=0)
    emu.faults.add("drop", endpoint="candidate.list", times=1)
    async with make_async_client(emu) as client:
        candidates = await client.candidates.list()
    assert len(candidates) == len(emu.org["candidates"])
    assert [r.status_code for r in api_requests(emu, "candidate.list")][:2] != [200, 200]


def test_the_escape_hatch_refuses_what_json_cannot_carry(emu: Emulator, client: AshbyClient) -> None:
    from ashby_sdk import AshbyArgumentError

    # A parameter the catalogue does not describe is passed through, but it must still be JSON.
    for value in (b"raw bytes", float("nan"), {"nested": object()}):
        with pytest.raises(AshbyArgumentError, match=r"candidate\.update: newField"):
            client.request("candidate.update", {"candidateId": MISSING, "newField": value})
    assert api_requests(emu, "candidate.update") == []


def test_the_request_id_is_read_from_ashbys_header(emu: Emulator) -> None:
    emu.faults.add("502_html", endpoint="job.list")  # an HTML page: the header is the only place it is
    with make_client(emu, max_retries=0) as client, pytest.raises(AshbyServerError) as info:
        client.jobs.list()
    assert info.value.request_id == api_requests(emu, "job.list")[0].request_id  # type: ignore[attr-defined]
    assert info.value.request_id and info.value.request_id in str(info.value)


def _answering(body: object, status: int = 200) -> AshbyClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body, headers={"x-ashby-request-id": "01REQ"})

    return AshbyClient(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)), max_retries=0)


def test_errors_that_are_objects_read_as_parameter_and_message() -> None:
    body = {
        "success": False,
        "errors": [
            {"message": "must be a string", "parameter": "sourceId"},
            {"message": "is not a known id", "parameter": "applicationId", "code": "application_not_found"},
        ],
        "errorInfo": {"code": "invalid_input", "message": "Invalid input"},
    }
    with pytest.raises(AshbyInvalidInputError) as info:
        _answering(body).request("application.changeSource", {"applicationId": "a", "sourceId": 1})
    error = info.value
    assert error.errors == ["sourceId: must be a string", "applicationId: is not a known id"]
    assert error.error_details[0] == {"message": "must be a string", "parameter": "sourceId"}
    assert error.code == "invalid_input" and error.request_id == "01REQ"
    text = str(error)
    assert "Invalid input: sourceId: must be a string; applicationId: is not a known id" in text
    assert "{" not in text  # no dict reprs


def test_plain_string_errors_keep_their_meaning() -> None:
    with pytest.raises(AshbyNotFoundError) as info:
        _answering({"success": False, "errors": ["candidate_not_found"]}).request("candidate.info", {"id": "x"})
    assert info.value.code == "candidate_not_found" and info.value.errors == ["candidate_not_found"]
    assert info.value.error_details == [{"message": "candidate_not_found"}]
    with pytest.raises(AshbyAPIError) as other:
        _answering({"success": False, "errors": [{"message": "Something odd"}]}).request("candidate.info", {"id": "x"})
    assert str(other.value).startswith("candidate.info: Something odd")
