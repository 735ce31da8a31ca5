"""file.info URLs: served by the emulator, signed, expiring."""

from __future__ import annotations

from ashby_sdk.emulator import Emulator

from .conftest import Api, FakeClock


def _url(api: Api, emu: Emulator) -> str:
    handle = next(c for c in emu.org["candidate"] if c["resumeFileHandle"])["resumeFileHandle"]
    url: str = api.ok("file.info", {"fileHandle": handle["handle"]})["url"]
    return url


def test_file_url_is_served_with_a_filename(api: Api, emu: Emulator) -> None:
    url = _url(api, emu)
    assert url.startswith(f"{emu.base_url}/_emulator/files/")
    response = api.http.get(url)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert 'filename="' in response.headers["content-disposition"]


def test_file_url_expires_like_a_signed_url(api: Api, emu: Emulator, clock: FakeClock) -> None:
    url = _url(api, emu)
    clock.advance(3601)
    response = api.http.get(url)
    assert response.status_code == 403
    assert b"<Code>AccessDenied</Code>" in response.content


def test_tampered_signature_is_refused(api: Api, emu: Emulator) -> None:
    url = _url(api, emu)
    response = api.http.get(url[:-4] + "0000")
    assert response.status_code == 403
    assert b"SignatureDoesNotMatch" in response.content


def test_unknown_handle(api: Api) -> None:
    assert api.error("file.info", {"fileHandle": "nope"}) == "file_not_found"
