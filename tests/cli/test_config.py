"""Where the key and base URL come from: flags, then ``--profile``, then the environment, then ``.env``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ashby_sdk._exceptions import AshbyConfigError
from ashby_sdk.cli.config import _parse_simple_toml, config_path, load_profile

from .conftest import KEY, Served


def _write_profiles(home: Path, url: str, key: str = KEY) -> None:
    (home / "ashby").mkdir(parents=True)
    (home / "ashby" / "config.toml").write_text(
        f'# profiles\n[emu]\napi_key = "{key}"\nbase_url = "{url}"\n\n[broken]\nbase_url = "http://127.0.0.1:1"\n'
    )


def test_config_path_honours_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path() == tmp_path / "ashby" / "config.toml"
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    assert config_path() == Path.home() / ".config" / "ashby" / "config.toml"


def test_profile_gives_key_and_base_url(served: Served, tmp_path: Path) -> None:
    _write_profiles(tmp_path, served.url)
    env = {"XDG_CONFIG_HOME": str(tmp_path), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": "http://127.0.0.1:1"}
    assert "Ashby emulator key" in served.ok("--profile", "emu", "whoami", env=env).stdout
    assert "Ashby emulator key" in served.ok("whoami", env={**env, "ASHBY_PROFILE": "emu"}).stdout


def test_flags_beat_the_profile_and_the_profile_beats_the_environment(served: Served, tmp_path: Path) -> None:
    _write_profiles(tmp_path, "http://127.0.0.1:1", key="wrong")
    env = {"XDG_CONFIG_HOME": str(tmp_path), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}
    result = served.ok("--profile", "emu", "--api-key", KEY, "--base-url", served.url, "whoami", "--json", env=env)
    assert json.loads(result.stdout)["baseUrl"] == served.url
    refused = served.run("--profile", "emu", "--base-url", served.url, "whoami", env={**env, "ASHBY_API_KEY": KEY})
    assert refused.exit_code == 1 and "check the API key" in refused.stderr


def test_dotenv_comes_last(served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".env").write_text(f"ASHBY_API_KEY={KEY}\nASHBY_BASE_URL={served.url}\n")
    monkeypatch.chdir(tmp_path)
    assert "Ashby emulator key" in served.ok("whoami", env={"ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}).stdout


def test_profile_mistakes_say_what_to_fix(served: Served, tmp_path: Path) -> None:
    missing = served.run("--profile", "emu", "whoami", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert missing.exit_code == 2 and "no config file at" in missing.stderr
    _write_profiles(tmp_path, served.url)
    unknown = served.run("--profile", "nope", "whoami", env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert unknown.exit_code == 2 and "no profile [nope]" in unknown.stderr and "broken, emu" in unknown.stderr


def test_no_key_anywhere_is_a_usage_error(served: Served, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = served.run("candidates", "list", env={"ASHBY_API_KEY": None})
    assert result.exit_code == 2
    assert result.stderr.startswith("error: No Ashby API key") and "--api-key" in result.stderr


def test_the_fallback_parser_reads_what_tomllib_reads(tmp_path: Path) -> None:
    text = '# c\n[work]\napi_key = "k1"\nbase_url = \'https://x\'\n\n["two"]\napi_key = "k2"\n'
    assert _parse_simple_toml(text) == {"work": {"api_key": "k1", "base_url": "https://x"}, "two": {"api_key": "k2"}}
    with pytest.raises(ValueError, match="line 2"):
        _parse_simple_toml("[a]\nkey = bare\n")
    (tmp_path / "c.toml").write_text('[a]\ncolour = "x"\n')
    with pytest.raises(AshbyConfigError, match="unknown keys"):
        load_profile("a", tmp_path / "c.toml")
