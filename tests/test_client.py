"""The client's configuration: key and base URL resolution, options, copies, closing, and the key kept secret."""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

import httpx
import pytest

from ashby_sdk import AshbyAuthError, AshbyClient, AshbyConfigError, AsyncAshbyClient
from ashby_sdk._config import ApiKey
from ashby_sdk.emulator import Emulator

from .conftest import api_requests, make_client

SECRET = "sk_live_SECRET_DO_NOT_LEAK_123"


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("ASHBY_API_KEY", raising=False)
    monkeypatch.delenv("ASHBY_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_key_from_argument_env_and_dotenv(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert AshbyClient(api_key="k1")._api.settings.api_key.get_secret_value() == "k1"
    monkeypatch.setenv("ASHBY_API_KEY", "k2")
    assert AshbyClient()._api.settings.api_key.get_secret_value() == "k2"
    monkeypatch.delenv("ASHBY_API_KEY")
    (clean_env / ".env").write_text("# comment\nASHBY_API_KEY='k3'\nASHBY_BASE_URL=http://localhost:9/\n")
    client = AshbyClient()
    assert client._api.settings.api_key.get_secret_value() == "k3"
    assert client.base_url == "http://localhost:9"
    assert "ASHBY_API_KEY" not in os.environ  # read, never exported


def test_missing_key_is_a_clear_error(clean_env: Path) -> None:
    with pytest.raises(AshbyConfigError, match="ASHBY_API_KEY"):
        AshbyClient()
    with pytest.raises(AshbyConfigError, match="non-empty"):
        AshbyClient(api_key="   ")


def test_base_url_from_argument_env_default(clean_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert AshbyClient(api_key="k").base_url == "https://api.ashbyhq.com"
    monkeypatch.setenv("ASHBY_BASE_URL", "http://127.0.0.1:8787/")
    assert AshbyClient(api_key="k").base_url == "http://127.0.0.1:8787"
    assert AshbyClient(api_key="k", base_url="https://proxy.example").base_url == "https://proxy.example"
    with pytest.raises(AshbyConfigError, match="http"):
        AshbyClient(api_key="k", base_url="ftp://nope")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_retries", -1),
        ("max_retries", "3"),
        ("timeout", "slow"),
        ("rate_limit", 0),
        ("http_client", object()),
        ("retry_delay", 0),
        ("retry_delay", 9),
        ("retry_delay", "fast"),
    ],
)
def test_bad_options_are_config_errors(option: str, value: object) -> None:
    with pytest.raises(AshbyConfigError, match=option.split("_")[0]):
        AshbyClient(api_key="k", **{option: value})  # type: ignore[arg-type]


def test_async_client_needs_async_http_client() -> None:
    with pytest.raises(AshbyConfigError, match="AsyncClient"):
        AsyncAshbyClient(api_key="k", http_client=httpx.Client())  # type: ignore[arg-type]


def test_with_options_copies_and_shares_the_pool(emu: Emulator) -> None:
    client = make_client(emu, max_retries=3)
    copy = client.with_options(max_retries=0, timeout=5)
    assert copy.max_retries == 0 and client.max_retries == 3
    assert copy.timeout.read == 5
    assert copy._api.http is client._api.http
    assert copy.jobs.list()  # works over the shared pool
    copy.close()
    assert not client._api.http.is_closed  # the copy never closes what it does not own


def test_retry_delay_sets_the_first_backoff_and_copies_keep_it(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="ashby_sdk")
    client = make_client(emu, max_retries=2, retry_delay=0.05)
    assert client.retry_delay == 0.05 and client.with_options(timeout=5).retry_delay == 0.05
    assert client.with_options(retry_delay=1).retry_delay == 1.0 and AshbyClient(api_key="k").retry_delay == 0.5
    emu.faults.add("503", endpoint="job.list", times=2)  # no Retry-After: the client's own backoff
    assert client.jobs.list()
    delays = [float(r.getMessage().split(" in ")[1].split(" s")[0]) for r in caplog.records if "retrying" in r.msg]
    assert len(delays) == 2
    assert 0.75 * 0.05 <= delays[0] <= 0.05 and 0.75 * 0.1 <= delays[1] <= 0.1  # jittered, doubling


def test_a_copy_keeps_the_pool_of_a_discarded_original(emu: Emulator) -> None:
    import gc

    copy = AshbyClient(api_key=emu.api_key, base_url="http://127.0.0.1:9").with_options(max_retries=0)
    gc.collect()
    assert not copy._api.http.is_closed


def test_close_closes_only_an_owned_pool() -> None:
    with AshbyClient(api_key="k") as owned:
        copy = owned.with_options(timeout=5)
    assert owned._api._http is None  # never used: no pool was ever made
    for closed in (owned, copy):
        with pytest.raises(AshbyConfigError, match="client is closed"):
            closed.jobs.list()
    with AshbyClient(api_key="k") as used:
        pool = used._api.http  # made on first use, then shared by copies
        assert used.with_options(timeout=5)._api.http is pool
    assert pool.is_closed
    mine = httpx.Client()
    with AshbyClient(api_key="k", http_client=mine):
        pass
    assert not mine.is_closed
    mine.close()


def test_basic_auth_on_the_wire(emu: Emulator) -> None:
    with make_client(emu) as client:
        assert client.jobs.list()
    wrong = AshbyClient(
        api_key="not-the-key", base_url=emu.base_url, http_client=httpx.Client(transport=emu.transport())
    )
    before = len(api_requests(emu, "job.list"))
    with pytest.raises(AshbyAuthError) as info:
        wrong.jobs.list()
    assert info.value.status_code in (401, 403)
    assert len(api_requests(emu, "job.list")) == before + 1  # 401 is not retried


def test_the_key_never_shows(emu: Emulator, caplog: pytest.LogCaptureFixture) -> None:
    key = ApiKey(SECRET)
    assert SECRET not in repr(key) and SECRET not in str(key) and SECRET not in f"{key}"
    assert pickle.loads(pickle.dumps(key)) == key
    client = AshbyClient(api_key=SECRET, base_url=emu.base_url, http_client=httpx.Client(transport=emu.transport()))
    encoded = key.authorization.split()[1]
    texts = [repr(client), str(vars(client)), repr(client._api.settings), str(vars(client._api))]
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(AshbyAuthError) as info:
            client.candidates.list()
        texts += [str(info.value), repr(info.value), str(info.value.body), caplog.text]
    request = client._api.http.build_request("POST", "http://x", headers={"Authorization": key.authorization})
    texts.append(repr(request.headers))
    for text in texts:
        assert SECRET not in text
        assert encoded not in text


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8787",
        "http://localhost:8787/",
        "http://[::1]:8787",
        "http://emulator.localhost",
        "https://x.io",
    ],
)
def test_http_is_accepted_for_this_machine_and_https_anywhere(clean_env: Path, url: str) -> None:
    assert AshbyClient(api_key="k", base_url=url).base_url == url.rstrip("/")


def test_plain_http_to_another_host_is_refused_unless_opted_in(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for url in ("http://proxy.internal:8080", "http://10.0.0.5", "http://api.ashbyhq.com"):
        with pytest.raises(AshbyConfigError, match="clear text") as info:
            AshbyClient(api_key=SECRET, base_url=url)
        assert "allow_insecure_http=True" in str(info.value) and SECRET not in str(info.value)
    assert AshbyClient(api_key="k", base_url="http://10.0.0.5", allow_insecure_http=True).base_url == "http://10.0.0.5"
    monkeypatch.setenv("ASHBY_BASE_URL", "http://10.0.0.5")
    with pytest.raises(AshbyConfigError, match="clear text"):
        AshbyClient(api_key="k")
    monkeypatch.setenv("ASHBY_ALLOW_INSECURE_HTTP", "1")
    assert AshbyClient(api_key="k").base_url == "http://10.0.0.5"
    safe = AshbyClient(api_key="k", base_url="https://api.ashbyhq.com", allow_insecure_http=False)
    with pytest.raises(AshbyConfigError, match="clear text"):
        safe.with_options(base_url="http://10.0.0.5")  # the copy keeps the client's refusal
    with pytest.raises(AshbyConfigError, match="clear text"):
        AsyncAshbyClient(api_key="k", base_url="http://10.0.0.5", allow_insecure_http=False)


def test_a_dotenv_base_url_only_goes_with_a_dotenv_key(
    clean_env: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A .env in the working directory cannot send a key given by other means to its own host."""
    (clean_env / ".env").write_text("ASHBY_BASE_URL=https://attacker.example\n")
    with caplog.at_level(logging.WARNING, logger="ashby_sdk"):
        assert AshbyClient(api_key="k").base_url == "https://api.ashbyhq.com"
        monkeypatch.setenv("ASHBY_API_KEY", "k2")
        assert AshbyClient().base_url == "https://api.ashbyhq.com"
    assert "ignoring ASHBY_BASE_URL" in caplog.text
    monkeypatch.setenv("ASHBY_BASE_URL", "https://proxy.example")  # the environment is the user's own
    assert AshbyClient(api_key="k").base_url == "https://proxy.example"
    monkeypatch.delenv("ASHBY_API_KEY")
    monkeypatch.delenv("ASHBY_BASE_URL")
    (clean_env / ".env").write_text("ASHBY_API_KEY=k3\nASHBY_BASE_URL=https://eu.proxy.example\n")
    assert AshbyClient().base_url == "https://eu.proxy.example"  # key and URL from the same file
    (clean_env / ".env").write_text("ASHBY_API_KEY=k3\nASHBY_BASE_URL=http://10.0.0.5\n")
    with pytest.raises(AshbyConfigError, match="clear text"):
        AshbyClient()
