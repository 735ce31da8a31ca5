"""The CLI's config file: named profiles of ``api_key``/``base_url``, read and written safely.

The file lives at ``$XDG_CONFIG_HOME/ashby/config.toml`` (``~/.config/ashby/config.toml``
by default)::

    [default]
    api_key = "..."

    [work]
    api_key = "..."
    base_url = "https://api.ashbyhq.com"

:func:`save_profile` writes it as ``ashby login`` does: the directory ``0700``, the
file ``0600``, through a temporary file renamed over the old one, so a crash never
leaves half a file and no other user can read a key for even a moment.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from .._exceptions import AshbyConfigError

__all__ = [
    "DEFAULT_PROFILE",
    "PROFILE_KEYS",
    "config_path",
    "load_profile",
    "read_profiles",
    "remove_profile",
    "save_profile",
]

DEFAULT_PROFILE = "default"
PROFILE_KEYS = ("api_key", "base_url")
_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def config_path() -> Path:
    """``$XDG_CONFIG_HOME/ashby/config.toml`` (``~/.config`` when the variable is unset or empty)."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "ashby" / "config.toml"


def _parse_toml(text: str) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib

        return tomllib.loads(text)
    return _parse_simple_toml(text)  # pragma: no cover - Python 3.10


def _parse_simple_toml(text: str) -> dict[str, Any]:
    """The subset of TOML a profile file needs: ``[name]`` tables of ``key = "string"`` lines.

    Python 3.10 has no ``tomllib``; this avoids a dependency for a few lines of config.
    Double-quoted values take TOML's escapes (the ones :func:`save_profile` writes).
    """
    data: dict[str, Any] = {}
    table = data
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            table = data.setdefault(line[1:-1].strip().strip('"'), {})
            continue
        key, sep, value = line.partition("=")
        value = value.strip()
        if not sep or len(value) < 2 or value[0] not in "\"'" or value[-1] != value[0]:
            raise ValueError(f'line {number}: expected key = "string"')
        if value[0] == '"':
            try:
                table[key.strip()] = json.loads(value)
            except ValueError:
                raise ValueError(f"line {number}: bad escape in a string") from None
        else:
            table[key.strip()] = value[1:-1]
    return data


def read_profiles(path: Path | None = None) -> dict[str, dict[str, str]]:
    """Every profile of the config file (``{}`` when there is no file).

    Raises :class:`AshbyConfigError` naming the file when it cannot be read or parsed,
    or a profile holds something other than ``api_key``/``base_url`` strings.
    """
    path = path or config_path()
    if not path.is_file():
        return {}
    try:
        data = _parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise AshbyConfigError(f"cannot read {path}: {exc}") from None
    profiles: dict[str, dict[str, str]] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise AshbyConfigError(f"{path}: {name!r} must be a [profile] table of api_key/base_url")
        unknown = set(table) - set(PROFILE_KEYS)
        if unknown:
            raise AshbyConfigError(f"profile [{name}] in {path}: unknown keys {sorted(unknown)} (api_key, base_url)")
        if not all(isinstance(v, str) for v in table.values()):
            raise AshbyConfigError(f"profile [{name}] in {path}: values must be strings")
        profiles[name] = dict(table)
    return profiles


def load_profile(name: str, path: Path | None = None) -> dict[str, str]:
    """The ``api_key``/``base_url`` of profile ``name``; raises :class:`AshbyConfigError` saying what to fix."""
    path = path or config_path()
    if not path.is_file():
        raise AshbyConfigError(
            f"profile {name!r} asked for, but there is no config file at {path}: "
            f"create it with `ashby login --profile {name}`"
        )
    profiles = read_profiles(path)
    if name not in profiles:
        known = ", ".join(sorted(profiles)) or "none"
        raise AshbyConfigError(
            f"no profile [{name}] in {path} (profiles there: {known}); add it with `ashby login --profile {name}`"
        )
    return profiles[name]


def check_name(name: str) -> str:
    """``name`` when it can be a profile name (letters, digits, ``_``, ``-``); else :class:`AshbyConfigError`."""
    if not _NAME.match(name):
        raise AshbyConfigError(f"profile name {name!r}: use letters, digits, '_' and '-' only")
    return name


def _render(profiles: dict[str, dict[str, str]]) -> str:
    lines = ["# Written by `ashby login`: profiles of API keys (keep this file private).", ""]
    for name, table in profiles.items():
        lines.append(f"[{name}]")
        for key in PROFILE_KEYS:
            if table.get(key):
                # A JSON string with ensure_ascii=False is a valid TOML basic string.
                lines.append(f"{key} = {json.dumps(table[key], ensure_ascii=False)}")
        lines.append("")
    return "\n".join(lines)


def _write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, readable by its owner only (directory 0700, file 0600)."""
    import tempfile

    directory = path.parent
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(directory, 0o700)  # an existing directory may have been created looser
    fd, temporary = tempfile.mkstemp(prefix=".config.", suffix=".tmp", dir=directory)  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def save_profile(name: str, values: dict[str, str], path: Path | None = None) -> Path:
    """Store ``values`` (``api_key``, optional ``base_url``) as profile ``name``, keeping the other profiles.

    Returns the file's path. Raises :class:`AshbyConfigError` for a bad name or an unreadable file.
    """
    path = path or config_path()
    profiles = read_profiles(path)
    profiles[check_name(name)] = {k: v for k, v in values.items() if k in PROFILE_KEYS and v}
    _write_private(path, _render(profiles))
    return path


def remove_profile(name: str, path: Path | None = None) -> bool:
    """Delete profile ``name`` from the file; ``False`` when it was not there."""
    path = path or config_path()
    profiles = read_profiles(path)
    if name not in profiles:
        return False
    del profiles[name]
    _write_private(path, _render(profiles))
    return True
