"""The emulator over real HTTP (uvicorn in a thread)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import httpx
import pytest

from ashby_sdk.emulator import Emulator
from ashby_sdk.emulator.server import serve_in_thread

pytest.importorskip("uvicorn")

pytestmark = pytest.mark.slow


def test_requests_files_and_drops_over_real_http() -> None:
    emu = Emulator(seed=0, candidates=20)
    with serve_in_thread(emu) as url, httpx.Client(base_url=url, auth=(emu.api_key, "")) as http:
        assert emu.base_url == url
        page = http.post("/candidate.list", json={"limit": 5}).json()
        assert page["success"] is True and len(page["results"]) == 5
        handle = next(c for c in emu.org["candidate"] if c["resumeFileHandle"])["resumeFileHandle"]["handle"]
        file_url = http.post("/file.info", json={"fileHandle": handle}).json()["results"]["url"]
        assert file_url.startswith(url)
        assert http.get(file_url).content.startswith(b"%PDF")
        emu.faults.add("drop", endpoint="candidate.list")
        with pytest.raises(httpx.RemoteProtocolError):
            http.post("/candidate.list", json={})
        assert http.post("/candidate.list", json={"limit": 1}).status_code == 200
    assert emu.base_url == "http://ashby-emulator.localhost"


class _Sink(BaseHTTPRequestHandler):
    received: ClassVar[list[tuple[dict[str, Any], str, bytes]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        _Sink.received.append((json.loads(body), self.headers.get("ashby-signature", ""), body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_webhooks_are_delivered_in_the_background_when_served() -> None:
    sink = HTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    hook_url = f"http://127.0.0.1:{sink.server_address[1]}/hook"
    emu = Emulator(seed=0, candidates=5)
    try:
        with serve_in_thread(emu) as url, httpx.Client(base_url=url, auth=(emu.api_key, "")) as http:
            http.post(
                "/webhook.create",
                json={"webhookType": "applicationSubmit", "requestUrl": hook_url, "secretToken": "abc"},
            )
            for _ in range(200):
                if _Sink.received:
                    break
                threading.Event().wait(0.02)
        payload, signature, body = _Sink.received[0]
        assert payload["action"] == "ping"
        assert signature == "sha256=" + hmac.new(b"abc", body, hashlib.sha256).hexdigest()
    finally:
        sink.shutdown()
        sink.server_close()


def test_run_prints_a_generated_key_but_never_a_chosen_one() -> None:
    import subprocess
    import sys

    code = "from ashby_sdk.cli import main; main()"
    for extra, shown in (([], "ashby_emulator_key_0"), (["--api-key", "chosen-secret-key"], "as given")):
        args = [sys.executable, "-c", code, "emulator", "--port", "0", "--candidates", "5", *extra]
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert proc.stdout is not None
            line = proc.stdout.readline()
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=10)
        assert line.startswith("Ashby emulator listening on http://127.0.0.1:")
        assert shown in line
        assert "chosen-secret-key" not in line + err


def test_a_port_in_use_is_an_oserror_and_leaves_no_socket_behind() -> None:
    import gc

    with serve_in_thread(Emulator(seed=1, candidates=2)) as url:
        port = int(url.rsplit(":", 1)[1])
        with pytest.raises(OSError, match="in use"), serve_in_thread(Emulator(seed=2, candidates=2), port=port):
            pass
        gc.collect()  # an unclosed socket would warn here (ResourceWarning), and warnings are errors
