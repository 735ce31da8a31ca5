"""Where the key and base URL come from, and that the base URL travels with the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ashby_sdk._exceptions import AshbyConfigError
from ashby_sdk.cli.config import State
from ashby_sdk.cli.profiles import _parse_simple_toml, config_path, load_profile, read_profiles

from .conftest import KEY, Served

UNREACHABLE = "http://127.0.0.1:1"


def _write_profiles(home: Path, url: str, key: str = KEY, default: str = "") -> None:
    (home / "ashby").mkdir(parents=True, exist_ok=True)
    (home / "ashby" / "config.toml").write_text(
        f'# profiles\n[emu]\napi_key = "{key}"\nbase_url = "{url}"\n\n[broken]\nbase_url = "{UNREACHABLE}"\n' + default
    )


def _whoami(served: Served, *args: str, env: dict[str, str | None]) -> dict[str, str]:
    result = served.ok(*args, "whoami", "--json", env=env)
    report: dict[str, str] = json.loads(result.stdout)
    return report


def test_config_path_honours_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "ashby" / "config.toml"
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    assert config_path() == Path.home() / ".config" / "ashby" / "config.toml"


def test_profile_gives_key_and_base_url(served: Served, tmp_path: Path) -> None:
    _write_profiles(tmp_path, served.url)
    env = {"XDG_CONFIG_HOME": str(tmp_path), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": UNREACHABLE}
    report = _whoami(served, "--profile", "emu", env=env)
    assert report["keyFrom"].startswith("profile [emu] in ") and report["baseUrl"] == served.url
    assert _whoami(served, env={**env, "ASHBY_PROFILE": "emu"})["baseUrl"] == served.url


def test_flags_beat_the_profile_and_the_profile_beats_the_environment(served: Served, tmp_path: Path) -> None:
    _write_profiles(tmp_path, UNREACHABLE, key="wrong")
    env = {"XDG_CONFIG_HOME": str(tmp_path), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}
    report = _whoami(served, "--profile", "emu", "--api-key", KEY, "--base-url", served.url, env=env)
    assert (report["keyFrom"], report["baseUrlFrom"]) == ("the --api-key option", "the --base-url option")
    refused = served.run("--profile", "emu", "--base-url", served.url, "whoami", env={**env, "ASHBY_API_KEY": KEY})
    assert refused.exit_code == 1 and "check the API key" in refused.stderr


def test_a_key_from_the_environment_takes_the_environments_base_url(served: Served) -> None:
    report = _whoami(served, env={})
    assert report["keyFrom"] == "the ASHBY_API_KEY environment variable"
    assert report["baseUrlFrom"] == "the ASHBY_BASE_URL environment variable"
    assert KEY not in json.dumps(report)


def test_dotenv_gives_key_and_url_together(served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(f"ASHBY_API_KEY={KEY}\nASHBY_BASE_URL={served.url}\n")
    monkeypatch.chdir(tmp_path)
    report = _whoami(served, env={"ASHBY_API_KEY": None, "ASHBY_BASE_URL": None})
    assert report["keyFrom"] == f"ASHBY_API_KEY in {tmp_path / '.env'}" and report["baseUrl"] == served.url


def test_a_dotenv_base_url_never_receives_a_key_from_elsewhere(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cloned repository's .env points the base URL at a server of its author's: the user's own key
    # (from the environment or a profile) must not follow it.
    (tmp_path / ".env").write_text("ASHBY_BASE_URL=http://attacker.invalid\n")
    monkeypatch.chdir(tmp_path)
    assert _whoami(served, env={})["baseUrl"] == served.url
    _write_profiles(tmp_path / "home", served.url)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "home"), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}
    assert _whoami(served, "--profile", "emu", env=env)["baseUrl"] == served.url


def test_a_profiles_key_ignores_the_environments_base_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ashby").mkdir()
    (tmp_path / "ashby" / "config.toml").write_text(f'[nourl]\napi_key = "{KEY}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("ASHBY_BASE_URL", "http://elsewhere.invalid")
    monkeypatch.delenv("ASHBY_API_KEY", raising=False)
    found = State(profile="nourl").credentials()
    assert (found.base_url, found.url_source) == ("https://api.ashbyhq.com", "Ashby's default")
    assert KEY not in repr(found)
    flagged = State(api_key=KEY).credentials()  # a key typed on the command line takes the ambient URL
    assert flagged.base_url == "http://elsewhere.invalid"


def test_a_dotenv_base_url_is_not_paired_with_the_environments_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text("ASHBY_BASE_URL=http://attacker.invalid\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("ASHBY_API_KEY", KEY)
    monkeypatch.delenv("ASHBY_BASE_URL", raising=False)
    monkeypatch.delenv("ASHBY_PROFILE", raising=False)
    found = State().credentials()
    assert found.key_source == "the ASHBY_API_KEY environment variable"
    assert found.base_url == "https://api.ashbyhq.com"


def test_the_default_profile_comes_last(served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _write_profiles(tmp_path, UNREACHABLE, default=f'[default]\napi_key = "{KEY}"\nbase_url = "{served.url}"\n')
    env: dict[str, str | None] = {"XDG_CONFIG_HOME": str(tmp_path), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}
    report = _whoami(served, env=env)
    assert report["keyFrom"] == f"profile [default] in {tmp_path / 'ashby' / 'config.toml'}"
    assert _whoami(served, env={**env, "ASHBY_API_KEY": KEY, "ASHBY_BASE_URL": served.url})["keyFrom"].startswith(
        "the ASHBY_API_KEY"
    )


def test_no_key_anywhere_gives_command_line_advice(
    served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = served.run("candidates", "list", env={"ASHBY_API_KEY": None})
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: no Ashby API key")
    for advice in ("ashby login", "--api-key", "ASHBY_API_KEY"):
        assert advice in result.stderr
    assert "api_key=" not in result.stderr  # Python advice belongs to the SDK's message, not here


def test_profile_mistakes_say_what_to_fix(served: Served, tmp_path: Path) -> None:
    missing = served.run("--profile", "emu", "whoami", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert missing.exit_code == 2 and "no config file at" in missing.stderr and "ashby login" in missing.stderr
    _write_profiles(tmp_path, served.url)
    unknown = served.run("--profile", "nope", "whoami", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert unknown.exit_code == 2 and "no profile [nope]" in unknown.stderr and "broken, emu" in unknown.stderr


def test_the_fallback_parser_reads_what_tomllib_reads(tmp_path: Path) -> None:
    text = '# c\n[work]\napi_key = "k1"\nbase_url = \'https://x\'\n\n["two"]\napi_key = "k\\"2\\\\"\n'
    assert _parse_simple_toml(text) == {"work": {"api_key": "k1", "base_url": "https://x"}, "two": {"api_key": 'k"2\\'}}
    with pytest.raises(ValueError, match="line 2"):
        _parse_simple_toml("[a]\nkey = bare\n")
    (tmp_path / "c.toml").write_text('[a]\ncolour = "x"\n')
    with pytest.raises(AshbyConfigError, match="unknown keys"):
        load_profile("a", tmp_path / "c.toml")
    (tmp_path / "d.toml").write_text('[a]\napi_key = "x"\nbroken')
    with pytest.raises(AshbyConfigError, match=r"cannot read .*d\.toml"):
        read_profiles(tmp_path / "d.toml")
