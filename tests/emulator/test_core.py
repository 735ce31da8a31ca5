"""The Emulator object: snapshot/restore/reset, control endpoints, adapters, lazy imports."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from ashby_sdk.emulator import Emulator

from .conftest import Api


def test_snapshot_and_restore(api: Api, emu: Emulator) -> None:
    snap = emu.snapshot()
    before = api.all("candidate.list")[0]
    api.ok("candidate.create", {"name": "Temporary"})
    assert len(api.all("candidate.list")[0]) == len(before) + 1
    emu.restore(snap)
    assert api.all("candidate.list")[0] == before
    # A restore is applied twice as well as once.
    api.ok("candidate.create", {"name": "Again"})
    emu.restore(snap)
    assert api.all("candidate.list")[0] == before


def test_restore_expires_outstanding_tokens(api: Api, emu: Emulator) -> None:
    snap = emu.snapshot()
    _, token = api.all("candidate.list")
    emu.restore(snap)
    assert api.error("candidate.list", {"syncToken": token}) == "sync_token_expired"


def test_reset_regenerates_from_the_seed(api: Api, emu: Emulator) -> None:
    before = api.all("candidate.list")[0]
    api.ok("candidate.create", {"name": "Gone After Reset"})
    emu.faults.add("500", times=5)
    emu.reset()
    assert emu.requests == []
    assert api.all("candidate.list")[0] == before


def test_control_snapshot_restore_reset(api: Api) -> None:
    snap = api.http.post("/_emulator/snapshot").json()
    assert snap["ok"] is True
    api.ok("candidate.create", {"name": "Temp"})
    count = len(api.all("candidate.list")[0])
    assert api.http.post("/_emulator/restore", json={"snapshotId": snap["snapshotId"]}).json() == {"ok": True}
    assert len(api.all("candidate.list")[0]) == count - 1
    assert api.http.post("/_emulator/restore", json={"snapshotId": "nope"}).status_code == 400
    assert api.http.post("/_emulator/reset").json() == {"ok": True}
    assert api.http.post("/_emulator/nope").status_code == 400


@pytest.mark.anyio
async def test_async_transport(emu: Emulator) -> None:
    async with httpx.AsyncClient(
        base_url=emu.base_url, transport=emu.async_transport(), auth=(emu.api_key, "")
    ) as http:
        response = await http.post("/candidate.list", json={"limit": 3})
        assert len(response.json()["results"]) == 3
        emu.faults.add("drop")
        with pytest.raises(httpx.RemoteProtocolError):
            await http.post("/candidate.list", json={})


@pytest.mark.anyio
async def test_asgi_app_through_httpx(emu: Emulator) -> None:
    transport = httpx.ASGITransport(app=emu.asgi_app)
    async with httpx.AsyncClient(base_url=emu.base_url, transport=transport, auth=(emu.api_key, "")) as http:
        response = await http.post("/job.list", json={})
        assert response.json()["success"] is True
        assert response.headers["content-length"] == str(len(response.content))


def test_importing_the_emulator_does_not_import_uvicorn() -> None:
    code = "import sys, ashby_sdk.emulator; print('uvicorn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_public_names() -> None:
    import types

    import ashby_sdk.emulator as module

    for name in module.__all__:  # the names load on first use (PEP 562)
        assert getattr(module, name) is not None
    public = {
        n
        for n, v in vars(module).items()
        if n[0].isalpha() and not isinstance(v, types.ModuleType) and n != "annotations"
    }
    assert set(module.__all__) == public
