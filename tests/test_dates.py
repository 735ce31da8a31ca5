"""Dates as dates: every date parameter takes a datetime, a date, an ISO 8601 string or epoch milliseconds,
with one rule for naive datetimes (UTC), and sends what Ashby takes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyError
from ashby_sdk._catalogue import ENDPOINTS, method_name, snake
from ashby_sdk._dates import parse_moment, to_date, to_epoch_ms, to_iso
from ashby_sdk._resource import epoch_ms, iso_time
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

NEW_YEAR_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z


@pytest.fixture
def far_from_utc() -> Iterator[None]:
    """Run with the machine's local time far from UTC, where a local-time reading would show."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.usefixtures("far_from_utc")
def test_a_naive_datetime_is_utc_for_both_kinds_of_parameter() -> None:
    naive = datetime(2024, 1, 1)
    assert naive.timestamp() * 1000 != NEW_YEAR_MS  # the machine's local time is not UTC here
    assert to_epoch_ms(naive) == epoch_ms(naive) == NEW_YEAR_MS
    assert to_iso(naive) == iso_time(naive) == "2024-01-01T00:00:00.000Z"


def test_every_form_of_a_moment_means_the_same() -> None:
    plus_two = timezone(timedelta(hours=2))
    for moment in (
        datetime(2024, 1, 1, tzinfo=timezone.utc),
        datetime(2024, 1, 1, 2, tzinfo=plus_two),
        date(2024, 1, 1),
        "2024-01-01",
        "2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00.000Z",
        "2024-01-01T02:00:00+02:00",
        "2024-01-01T02:00+0200",
        "2024-01-01 00:00:00",
        NEW_YEAR_MS,
    ):
        assert to_epoch_ms(moment) == NEW_YEAR_MS, moment
        assert parse_moment(to_iso(moment)) == datetime(2024, 1, 1, tzinfo=timezone.utc), moment


def test_milliseconds_are_kept_and_strings_are_sent_as_given() -> None:
    assert to_epoch_ms(datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=timezone.utc)) == NEW_YEAR_MS + 123
    assert to_iso("2024-01-01T09:30:00.1234567+05:30") == "2024-01-01T09:30:00.1234567+05:30"
    assert to_iso(NEW_YEAR_MS) == "2024-01-01T00:00:00.000Z"
    assert to_date(datetime(2024, 5, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))) == "2024-05-02"
    assert to_date(date(2024, 5, 1)) == "2024-05-01"


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", "2024-01-01T25:00:00Z", "", True, 1.7e12, [2024], None])
def test_what_is_not_a_moment_is_refused(bad: Any) -> None:
    with pytest.raises(AshbyArgumentError, match="created_after"):
        to_epoch_ms(bad, "created_after")
    with pytest.raises(AshbyArgumentError):
        to_iso(bad)


DATE_PARAMS = sorted((e.name, p.name) for e in ENDPOINTS.values() for p in e.params if p.format)
CHECKED_DATE_PARAMS = [(e, p) for e, p in DATE_PARAMS if ENDPOINTS[e].param(p).format != "date"]  # type: ignore[union-attr]
"""Openings' target dates are plain strings in the definition: a string is sent as given, unchecked."""
WIRE = {"epoch-ms": NEW_YEAR_MS, "date-time": "2024-01-01T00:00:00.000Z", "date": "2024-01-01"}


def _call(emu: Emulator, name: str, **kwargs: Any) -> list[Any]:
    """The requests the typed method of ``name`` sent, called with valid arguments and ``kwargs``."""
    api = Api(emu)
    params = happy_params(emu, api, ENDPOINTS[name])
    api.http.close()
    assert isinstance(params, dict)
    before = len(api_requests(emu, name))
    resource, method = method_name(name)
    with make_client(emu, max_retries=0) as client:
        try:
            result = getattr(getattr(client, resource), method)(
                **{**{snake(k): v for k, v in params.items()}, **kwargs}
            )
            if hasattr(result, "first_page"):
                result.first_page()
        except AshbyArgumentError:
            raise
        except AshbyError:
            pass  # the emulator's answer is not under test here
    return api_requests(emu, name)[before:]


def test_every_date_parameter_is_described() -> None:
    assert len(DATE_PARAMS) >= 25
    for name, param in DATE_PARAMS:
        described = ENDPOINTS[name].param(param)
        assert described is not None and "ISO 8601" in described.description, (name, param)


@pytest.mark.parametrize(("name", "param"), DATE_PARAMS)
def test_every_date_parameter_takes_a_date(name: str, param: str) -> None:
    emu = Emulator(seed=5, candidates=10)
    spec = ENDPOINTS[name].param(param)
    assert spec is not None
    sent = _call(emu, name, **{spec.python_name: date(2024, 1, 1)})
    assert sent and sent[0].body[param] == WIRE[spec.format]


@pytest.mark.parametrize(("name", "param"), CHECKED_DATE_PARAMS)
def test_a_date_parameter_refuses_what_is_not_a_date_before_sending(name: str, param: str) -> None:
    spec = ENDPOINTS[name].param(param)
    assert spec is not None
    emu = Emulator(seed=5, candidates=10)
    with pytest.raises(AshbyArgumentError, match=spec.python_name):
        _call(emu, name, **{spec.python_name: "next tuesday"})
    assert not [r for r in api_requests(emu, name) if r.body.get(param) == "next tuesday"]  # type: ignore[attr-defined]


@pytest.mark.usefixtures("far_from_utc")
def test_created_after_filters_on_the_utc_moment(emu: Emulator, client: AshbyClient) -> None:
    newest = max(client.candidates.list(), key=lambda c: c.created_at or datetime.min.replace(tzinfo=timezone.utc))
    assert newest.created_at is not None
    naive = newest.created_at.astimezone(timezone.utc).replace(tzinfo=None) - timedelta(seconds=1)
    found = client.candidates.list(created_after=naive)
    assert newest.id in {c.id for c in found}
    assert api_requests(emu, "candidate.list")[-1].body["createdAfter"] == to_epoch_ms(  # type: ignore[attr-defined]
        naive.replace(tzinfo=timezone.utc)
    )
