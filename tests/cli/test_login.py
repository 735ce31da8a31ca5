"""``ashby login``/``logout``: keys stored in profiles, checked first, private, written atomically, never shown."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from ashby_sdk.cli.profiles import read_profiles

from .conftest import KEY, Served


def _env(home: Path) -> dict[str, str | None]:
    return {"XDG_CONFIG_HOME": str(home), "ASHBY_API_KEY": None, "ASHBY_BASE_URL": None}


def _config(home: Path) -> Path:
    return home / "ashby" / "config.toml"


def test_login_stores_a_checked_key_readable_by_its_owner_only(served: Served, tmp_path: Path) -> None:
    (tmp_path / "ashby").mkdir(mode=0o755)  # a directory made earlier, too open
    result = served.ok("login", "--api-key", KEY, "--base-url", served.url, env=_env(tmp_path))
    assert "Saved the key (Ashby emulator key) as profile [default]" in result.stderr
    assert KEY not in result.stdout + result.stderr
    assert stat.S_IMODE(_config(tmp_path).stat().st_mode) == 0o600
    assert stat.S_IMODE(_config(tmp_path).parent.stat().st_mode) == 0o700
    assert read_profiles(_config(tmp_path)) == {"default": {"api_key": KEY, "base_url": served.url}}
    report = json.loads(served.ok("whoami", "--json", env=_env(tmp_path)).stdout)  # no flag, no variable
    assert report["keyFrom"].startswith("profile [default]") and report["baseUrl"] == served.url


def test_login_reads_the_key_from_standard_input_and_keeps_other_profiles(served: Served, tmp_path: Path) -> None:
    served.ok("login", "--profile", "one", "--api-key", KEY, "--base-url", served.url, env=_env(tmp_path))
    before = _config(tmp_path).stat().st_ino
    result = served.ok("login", "--base-url", served.url, "--profile", "two", input=f"{KEY}\n", env=_env(tmp_path))
    assert "Use it with --profile two" in result.stderr
    assert set(read_profiles(_config(tmp_path))) == {"one", "two"}
    assert _config(tmp_path).stat().st_ino != before  # replaced by a rename, never rewritten in place
    assert [p.name for p in _config(tmp_path).parent.iterdir()] == ["config.toml"]  # no temporary file left


def test_a_key_ashby_refuses_is_not_saved(served: Served, tmp_path: Path) -> None:
    result = served.run("login", "--api-key", "wrong", "--base-url", served.url, env=_env(tmp_path))
    assert result.exit_code == 1 and "refused this key" in result.stderr and "nothing was saved" in result.stderr
    assert not _config(tmp_path).exists()


def test_an_unreachable_server_saves_nothing_unless_told(served: Served, tmp_path: Path) -> None:
    args = ("login", "--api-key", KEY, "--base-url", "http://127.0.0.1:1")
    result = served.run(*args, env=_env(tmp_path))
    assert result.exit_code == 1 and "--no-verify" in result.stderr and not _config(tmp_path).exists()
    served.ok(*args, "--no-verify", env=_env(tmp_path))
    assert read_profiles(_config(tmp_path))["default"]["api_key"] == KEY


def test_login_mistakes_are_usage_errors(served: Served, tmp_path: Path) -> None:
    bad_name = served.run("login", "--profile", "a b", "--api-key", KEY, env=_env(tmp_path))
    assert bad_name.exit_code == 2 and "profile name" in bad_name.stderr
    no_key = served.run("login", "--base-url", served.url, input="", env=_env(tmp_path))
    assert no_key.exit_code == 2 and "no key given" in no_key.stderr


def test_logout_removes_a_profile(served: Served, tmp_path: Path) -> None:
    served.ok("login", "--api-key", KEY, "--base-url", served.url, "--profile", "work", env=_env(tmp_path))
    assert "Removed profile [work]" in served.ok("logout", "--profile", "work", env=_env(tmp_path)).stderr
    assert read_profiles(_config(tmp_path)) == {}
    again = served.run("logout", "--profile", "work", env=_env(tmp_path))
    assert again.exit_code == 2 and "nothing to remove" in again.stderr
