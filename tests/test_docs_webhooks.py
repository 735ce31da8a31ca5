"""The receivers in docs/webhooks.md, executed: a signed delivery is accepted, a tampered one refused."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from ashby_sdk.webhooks import sign

DOC = Path(__file__).resolve().parent.parent / "docs" / "webhooks.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(), flags=re.S)
BODY = (
    b'{"action": "candidateStageChange",'
    b' "data": {"application": {"id": "a1", "currentInterviewStage": {"title": "Onsite"}}}}'
)


def _namespace(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(code, str(DOC), "exec"), namespace)
    return namespace


def test_the_doc_has_both_receivers() -> None:
    assert len(BLOCKS) == 2


def test_wsgi_receiver(capsys: pytest.CaptureFixture[str]) -> None:
    app = _namespace(BLOCKS[0])["app"]
    with httpx.Client(transport=httpx.WSGITransport(app=app), base_url="http://receiver") as http:
        good = http.post("/hook", content=BODY, headers={"Ashby-Signature": sign(BODY, "whsec_example")})
        bad = http.post(
            "/hook", content=BODY.replace(b"a1", b"a2"), headers={"Ashby-Signature": sign(BODY, "whsec_example")}
        )
        unsigned = http.post("/hook", content=BODY)
    assert good.status_code == 200 and "moved a1 to Onsite" in capsys.readouterr().out
    assert bad.status_code == 401 and "mismatch" in bad.text
    assert unsigned.status_code == 401 and "missing" in unsigned.text


@pytest.mark.anyio
async def test_asgi_receiver() -> None:
    app = _namespace(BLOCKS[1])["asgi_app"]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://receiver") as http:
        good = await http.post("/hook", content=BODY, headers={"Ashby-Signature": sign(BODY, "whsec_example")})
        wrong = await http.post("/hook", content=BODY, headers={"Ashby-Signature": sign(BODY, "other")})
    assert good.status_code == 200
    assert wrong.status_code == 401
