"""Every typed method takes the per-call options, and every request it makes carries them.

For each endpoint of the catalogue, its typed method (and its ``iter`` and ``sync`` twins), sync and
async, is called against the emulator with ``extra_headers``, ``extra_body`` and ``timeout``: the header
and the body field must arrive on every request, every page of a list included (lists are walked a few
objects a page), and every request must carry the timeout. ``max_retries=0`` must send a single attempt
into a 503. The methods beyond the naming rule (``get``, ``list_for_job``, the client's conveniences,
``files.download``, ``reports.wait``...) are called the same way, and a keyword no method takes is an
error that names the method, its parameters and the options.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from ashby_sdk import (
    AshbyArgumentError,
    AshbyClient,
    AshbyConfigError,
    AshbyServerError,
    AshbyTimeoutError,
    AsyncAshbyClient,
)
from ashby_sdk._catalogue import ENDPOINTS, Endpoint, method_name, snake
from ashby_sdk._exceptions import AshbyUnexpectedArgumentError
from ashby_sdk.emulator import Emulator
from ashby_sdk.pagination import AsyncPager, Pager

from .conftest import api_requests, make_async_client, make_client
from .emulator.conftest import Api
from .emulator.samples import happy_params

NAMES = sorted(ENDPOINTS)
TIMEOUT = httpx.Timeout(7.5).as_dict()
PAGE = 3
"""Objects a page when a list takes ``limit``: lists of more than three walk several pages."""


def _kwargs(params: dict[str, Any] | tuple[dict[str, Any], Any]) -> dict[str, Any]:
    if isinstance(params, tuple):
        data, files = params
        ((part, (_, content, _)),) = files.items()
        return {**{snake(k): v for k, v in data.items()}, snake(part): content}
    return {snake(k): v for k, v in params.items()}


def _methods(resource: object, endpoint: Endpoint) -> list[str]:
    """The typed methods that call ``endpoint``: the one the naming rule names, its ``iter`` and ``sync`` twins."""
    method = method_name(endpoint.name)[1]
    names = [method]
    if method == "list" and hasattr(resource, "iter"):
        names.append("iter")
    if endpoint.sync:
        names.append("sync" if method == "list" else "sync_" + method.removeprefix("list_"))
    return names


def _options(name: str) -> dict[str, Any]:
    return {"extra_headers": {"X-Trace": name}, "extra_body": {"someNewParam": 1}, "timeout": 7.5}


def _paging(typed: Callable[..., Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"limit": PAGE} if "limit" in inspect.signature(typed).parameters and "limit" not in kwargs else {}


def _drain(result: Any) -> Any:
    """What a typed method answered, every page of a pager fetched."""
    return result.to_list() if isinstance(result, Pager) else result


async def _async_drain(result: Any) -> Any:
    return await (result.to_list() if isinstance(result, AsyncPager) else result)


def _check_sent(emu: Emulator, name: str, before: int, wire: list[httpx.Request], method: str) -> None:
    sent = api_requests(emu, name)[before:]
    assert sent, f"{method} sent no {name}"
    for number, record in enumerate(sent, 1):
        where = f"{method}: request {number} of {len(sent)}"
        assert record.headers.get("x-trace") == name, where  # type: ignore[attr-defined]
        assert record.body.get("someNewParam") in (1, "1"), where  # type: ignore[attr-defined]  # "1": multipart
    assert len(wire) == len(sent)
    assert all(request.extensions["timeout"] == TIMEOUT for request in wire), method


def _prepared(name: str) -> tuple[Emulator, dict[str, Any]]:
    emu = Emulator(seed=7, candidates=12)
    api = Api(emu)
    kwargs = _kwargs(happy_params(emu, api, ENDPOINTS[name]))
    api.http.close()
    return emu, kwargs


@pytest.mark.parametrize("name", NAMES)
def test_the_options_reach_every_request(name: str) -> None:
    emu, kwargs = _prepared(name)
    wire: list[httpx.Request] = []
    http = httpx.Client(transport=emu.transport(), event_hooks={"request": [wire.append]})
    resource_name, method = method_name(name)
    with AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None) as client:
        resource = getattr(client, resource_name)
        emu.faults.add("503", endpoint=name)
        before = len(api_requests(emu, name))
        with pytest.raises(AshbyServerError):
            _drain(getattr(resource, method)(**kwargs, max_retries=0))
        assert len(api_requests(emu, name)) == before + 1, "max_retries=0 is one attempt"
        for each in _methods(resource, ENDPOINTS[name]):
            typed = getattr(resource, each)
            before, wire[:] = len(api_requests(emu, name)), []
            _drain(typed(**kwargs, **_paging(typed, kwargs), **_options(name)))
            _check_sent(emu, name, before, wire, f"{resource_name}.{each}")


@pytest.mark.anyio
@pytest.mark.parametrize("name", NAMES)
async def test_the_options_reach_every_request_async(name: str) -> None:
    emu, kwargs = _prepared(name)
    wire: list[httpx.Request] = []

    async def keep(request: httpx.Request) -> None:
        wire.append(request)

    http = httpx.AsyncClient(transport=emu.async_transport(), event_hooks={"request": [keep]})
    resource_name, method = method_name(name)
    client = AsyncAshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None)
    async with client:
        resource = getattr(client, resource_name)
        emu.faults.add("503", endpoint=name)
        before = len(api_requests(emu, name))
        with pytest.raises(AshbyServerError):
            await _async_drain(getattr(resource, method)(**kwargs, max_retries=0))
        assert len(api_requests(emu, name)) == before + 1, "max_retries=0 is one attempt"
        for each in _methods(resource, ENDPOINTS[name]):
            typed = getattr(resource, each)
            before, wire[:] = len(api_requests(emu, name)), []
            await _async_drain(typed(**kwargs, **_paging(typed, kwargs), **_options(name)))
            _check_sent(emu, name, before, wire, f"{resource_name}.{each}")


def test_a_long_list_carries_the_options_on_each_of_its_pages(emu: Emulator) -> None:
    wire: list[httpx.Request] = []
    http = httpx.Client(transport=emu.transport(), event_hooks={"request": [wire.append]})
    with AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None) as client:
        pager = client.candidates.iter(limit=10, **_options("candidate.list"))
        assert len(list(pager)) == len(emu.org["candidate"]) == 60
        _check_sent(emu, "candidate.list", 0, wire, "candidates.iter")
        assert pager.pages_fetched == 6


# The methods beyond the naming rule: what to call each with (an emulator row's id, mostly).
def _row(emu: Emulator, kind: str, **match: Any) -> dict[str, Any]:
    return next(r for r in emu.org[kind] if all(r.get(k) == v for k, v in match.items()))


def _stage(emu: Emulator) -> tuple[str, str]:
    app = _row(emu, "application", status="Active")
    stages = sorted(
        (s for s in emu.org["interviewStage"] if s["interviewPlanId"] == app["_planId"]),
        key=lambda s: s["orderInInterviewPlan"],
    )
    return app["id"], stages[2]["id"]


Call = Callable[[Emulator, Any], tuple[tuple[Any, ...], dict[str, Any]]]


def _one(kind: str, **match: Any) -> Call:
    return lambda emu, _: ((_row(emu, kind, **match)["id"],), {})


BEYOND: dict[tuple[str, str], Call] = {
    ("jobs", "get"): _one("job"),
    ("applications", "get"): _one("application"),
    ("applications", "get_with_forms"): _one("application"),
    ("candidates", "get"): _one("candidate"),
    ("interview_stages", "get"): _one("interviewStage"),
    ("interview_stages", "list_for_job"): lambda emu, _: ((_row(emu, "application", status="Active")["_jobId"],), {}),
    ("job_postings", "get"): _one("jobPosting"),
    ("job_postings", "get_for_job"): lambda emu, _: ((_row(emu, "jobPosting")["jobId"],), {}),
    ("departments", "get"): _one("department"),
    ("locations", "get"): _one("location"),
    ("users", "get"): _one("user"),
    ("custom_fields", "get"): _one("customField"),
    ("projects", "get"): _one("project"),
    ("offers", "get"): _one("offer"),
    ("interviews", "get"): _one("interview"),
    ("interview_schedules", "get"): _one("interviewSchedule"),
    ("feedback", "list_for_application"): _one("application"),
    ("surveys", "get_for_candidate"): _one("candidate"),
    ("notes", "create"): lambda emu, _: ((_row(emu, "candidate")["id"], "Hello"), {}),
    ("notes", "iter"): _one("candidate"),
    ("notes", "list"): _one("candidate"),
    ("notes", "sync"): _one("candidate"),
    ("files", "get_url"): lambda emu, _: ((_row(emu, "file")["handle"],), {}),
    ("files", "download"): lambda emu, _: ((_row(emu, "file")["handle"],), {}),
    ("files", "stream"): lambda emu, _: ((_row(emu, "file")["handle"],), {}),
    ("files", "download_to"): lambda emu, tmp: ((_row(emu, "file")["handle"], tmp), {}),
    ("reports", "wait"): lambda emu, _: ((), {"report_id": _row(emu, "report")["id"], "poll_interval": 0}),
    ("", "get_job_funnel"): lambda emu, _: ((_row(emu, "application", status="Active")["_jobId"],), {}),
    ("", "get_application_stage"): _one("application"),
    ("", "move_application_to_stage"): lambda emu, _: (_stage(emu), {}),
    ("", "get_job_description"): lambda emu, _: ((_row(emu, "jobPosting")["jobId"],), {}),
    ("", "create_candidate_note"): lambda emu, _: ((_row(emu, "candidate")["id"], "Hello"), {}),
}
"""(client attribute, method) -> its arguments; ``""`` is the client itself."""
PURE = {("surveys", "parse_submission")}
"""Public methods that send nothing."""


def _ruled() -> set[tuple[str, str]]:
    """(client attribute, method) of the methods the catalogue test above calls."""
    ruled = set()
    for name, endpoint in ENDPOINTS.items():
        resource, method = method_name(name)
        ruled |= {(resource, method), (resource, "iter" if method == "list" else method)}
        if endpoint.sync:
            ruled.add((resource, "sync" if method == "list" else "sync_" + method.removeprefix("list_")))
    return ruled


def _public_methods() -> dict[tuple[type, str], set[str]]:
    """Every public method of both clients and of their resources: (class, method) -> the client attributes
    it is reached by (``""``: the client itself)."""
    found: dict[tuple[type, str], set[str]] = {}
    for client_class in (AshbyClient, AsyncAshbyClient):
        client = client_class(api_key="k")
        for attribute, member in vars(client_class).items():
            if hasattr(member, "func"):  # a resource (a cached_property; its class loads on first use)
                cls = type(getattr(client, attribute))
                for method in (m for m in dir(cls) if not m.startswith("_") and callable(getattr(cls, m))):
                    found.setdefault((cls, method), set()).add(attribute)
            elif callable(member) and not attribute.startswith("_"):
                found.setdefault((client_class, attribute), set()).add("")
    return found


NOT_CALLS = {("", "close"), ("", "with_options")}
"""Client methods that make no API call; ``request`` and ``paginate`` are tested in test_request_options.py."""


def test_every_public_method_takes_the_options() -> None:
    for (cls, method), attributes in _public_methods().items():
        if {(a, method) for a in attributes} & (PURE | NOT_CALLS):
            continue
        parameters = inspect.signature(getattr(cls, method)).parameters
        options = parameters.get("options")
        assert options is not None and options.kind is inspect.Parameter.VAR_KEYWORD, f"{cls.__name__}.{method}"


def test_every_method_beyond_the_naming_rule_is_called_below() -> None:
    """A method added later without a line in BEYOND fails here, rather than going untested."""
    ruled, listed = _ruled(), set(BEYOND) | PURE | NOT_CALLS | {("", "request"), ("", "paginate")}
    for (cls, method), attributes in _public_methods().items():
        reached = {(a, method) for a in attributes}
        assert reached & (ruled | listed), f"{cls.__name__}.{method} is not called by any test here"


def _every_request_carries_the_options(emu: Emulator, before: int, wire: list[httpx.Request], what: str) -> None:
    sent = emu.requests.since(before)
    assert sent, f"{what} sent nothing"
    for record in sent:
        assert record.headers.get("x-trace") == what, (what, record.endpoint)
        assert record.body.get("someNewParam") == 1, (what, record.endpoint)
    assert wire and all(request.extensions["timeout"] == TIMEOUT for request in wire), what  # the file GETs too


@pytest.mark.parametrize(("attribute", "method"), sorted(BEYOND))
def test_the_methods_beyond_the_rule_send_the_options(attribute: str, method: str, tmp_path: Path) -> None:
    emu = Emulator(seed=7, candidates=12)
    args, kwargs = BEYOND[attribute, method](emu, tmp_path)
    what = f"{attribute}.{method}"
    wire: list[httpx.Request] = []
    http = httpx.Client(transport=emu.transport(), event_hooks={"request": [wire.append]})
    with AshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None) as client:
        owner = getattr(client, attribute) if attribute else client
        before = emu.requests.total
        options = {"extra_headers": {"X-Trace": what}, "extra_body": {"someNewParam": 1}, "timeout": 7.5}
        result = getattr(owner, method)(*args, **kwargs, **options)
        if isinstance(result, Pager) or inspect.isgenerator(result):
            list(result)
    _every_request_carries_the_options(emu, before, wire, what)


@pytest.mark.anyio
@pytest.mark.parametrize(("attribute", "method"), sorted(BEYOND))
async def test_the_methods_beyond_the_rule_send_the_options_async(attribute: str, method: str, tmp_path: Path) -> None:
    emu = Emulator(seed=7, candidates=12)
    args, kwargs = BEYOND[attribute, method](emu, tmp_path)
    what = f"{attribute}.{method}"
    wire: list[httpx.Request] = []

    async def keep(request: httpx.Request) -> None:
        wire.append(request)

    http = httpx.AsyncClient(transport=emu.async_transport(), event_hooks={"request": [keep]})
    client = AsyncAshbyClient(api_key=emu.api_key, base_url=emu.base_url, http_client=http, rate_limit=None)
    async with client:
        owner = getattr(client, attribute) if attribute else client
        before = emu.requests.total
        options = {"extra_headers": {"X-Trace": what}, "extra_body": {"someNewParam": 1}, "timeout": 7.5}
        result = getattr(owner, method)(*args, **kwargs, **options)
        if isinstance(result, AsyncPager):
            await result.to_list()
        elif inspect.isasyncgen(result):
            _ = [chunk async for chunk in result]
        else:
            await result
    _every_request_carries_the_options(emu, before, wire, what)


def test_a_timeout_holds_for_every_page_of_a_pager_on_a_real_server(emu: Emulator) -> None:
    from ashby_sdk.emulator.server import serve_in_thread

    with serve_in_thread(emu) as url, AshbyClient(api_key=emu.api_key, base_url=url, rate_limit=None) as client:
        pages = client.candidates.iter(limit=20, timeout=0.3, max_retries=0).pages()
        assert len(next(pages).items) == 20
        emu.faults.add("latency", endpoint="candidate.list", delay=1.0)  # the second page is slow
        with pytest.raises(AshbyTimeoutError):
            next(pages)
        assert len(api_requests(emu, "candidate.list")) == 2  # max_retries=0 held for the second page too


def test_a_misspelt_parameter_names_the_method_its_parameters_and_the_options(emu: Emulator) -> None:
    with make_client(emu) as client:
        with pytest.raises(AshbyUnexpectedArgumentError) as info:
            client.jobs.list(stauts=["Open"])  # type: ignore[call-arg]
        message = str(info.value)
        assert message.startswith("Jobs.list() got an unexpected keyword argument 'stauts' (did you mean 'status'?)")
        assert "its parameters are status, limit, max_items, created_after" in message
        assert message.endswith("the options timeout, max_retries, extra_headers, extra_body, idempotent")
        assert isinstance(info.value, TypeError) and isinstance(info.value, AshbyArgumentError)  # as Python's own
        with pytest.raises(AshbyUnexpectedArgumentError, match=r"^Jobs\.iter\(\) .*'stauts'"):
            client.jobs.iter(stauts=["Open"])  # type: ignore[call-arg]  # at once, not on the first page
        with pytest.raises(AshbyUnexpectedArgumentError, match=r"^Candidates\.get\(\) .*did you mean 'extra_headers'"):
            client.candidates.get("c1", extra_header={"X-Trace": "1"})  # type: ignore[call-arg]
        with pytest.raises(AshbyUnexpectedArgumentError, match=r"^Files\.download\(\) .*'max_retries'"):
            client.files.download("h1", retries=0)  # type: ignore[call-arg]
        with pytest.raises(AshbyUnexpectedArgumentError, match=r"^Departments\.list\(\) .*'colour'; its param"):
            client.departments.list(colour="red")  # type: ignore[call-arg]
        with pytest.raises(AshbyConfigError, match="timeout must be positive"):
            client.jobs.list(timeout=0)
        with pytest.raises(AshbyConfigError, match="max_retries"):
            client.jobs.iter(max_retries=-1)
    assert list(emu.requests) == []  # nothing was sent


@pytest.mark.anyio
async def test_a_misspelt_option_of_an_async_convenience_names_the_convenience(emu: Emulator) -> None:
    async with make_async_client(emu) as client:
        with pytest.raises(AshbyUnexpectedArgumentError) as info:
            await client.get_job_funnel("j1", timout=3)  # type: ignore[call-arg]
        assert str(info.value).startswith(
            "AsyncAshbyClient.get_job_funnel() got an unexpected keyword argument 'timout' (did you mean 'timeout'?)"
            "; its parameters are job_id;"
        )
        with pytest.raises(AshbyUnexpectedArgumentError, match=r"^AsyncJobs\.list\(\) "):
            await client.jobs.list(stauts=["Open"])  # type: ignore[call-arg]
    assert list(emu.requests) == []
