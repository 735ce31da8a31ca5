"""Signed, expiring download URLs for file handles, served by the emulator itself.

``file.info`` answers a short-lived URL (Ashby hands out signed storage URLs);
``GET /_emulator/files/<id>?expires=<unix>&sig=<hmac>`` serves the bytes with a
``Content-Disposition`` filename, and answers 403 with an S3-style XML error
once the URL has expired or when the signature does not match.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from urllib.parse import parse_qs, quote

from .state import Organisation, Row

__all__ = ["FileServer"]


def _s3_error(code: str, message: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>{code}</Code><Message>{message}</Message></Error>'
    ).encode()


def placeholder_content(row: Row) -> bytes:
    """Deterministic stand-in bytes for a generated file: a tiny, valid-looking PDF."""
    text = f"Resume on file {row['name']} (emulated)"
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n"
        + f"% {text}\n".encode()
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


class FileServer:
    """Mints and checks the signed URLs of one emulator."""

    def __init__(self, base_url: Callable[[], str], clock: Callable[[], float], ttl: float = 3600.0) -> None:
        self.base_url = base_url
        self.clock = clock
        self.ttl = ttl
        self._key = os.urandom(32)

    def _sig(self, file_id: str, expires: int) -> str:
        return hmac.new(self._key, f"{file_id}:{expires}".encode(), hashlib.sha256).hexdigest()

    def url(self, row: Row) -> str:
        expires = int(self.clock() + self.ttl)
        return f"{self.base_url()}/_emulator/files/{row['id']}?expires={expires}&sig={self._sig(row['id'], expires)}"

    def serve(self, org: Organisation, file_id: str, query: str) -> tuple[int, list[tuple[str, str]], bytes]:
        """Status, headers and body for a GET of a file URL."""
        xml = [("content-type", "application/xml")]
        q = parse_qs(query)
        try:
            expires = int(q["expires"][0])
            sig = q["sig"][0]
        except (KeyError, ValueError, IndexError):
            return 403, xml, _s3_error("AccessDenied", "Query-string authentication requires expires and sig")
        if not hmac.compare_digest(sig, self._sig(file_id, expires)):
            return 403, xml, _s3_error("SignatureDoesNotMatch", "The request signature we calculated does not match")
        if self.clock() > expires:
            return 403, xml, _s3_error("AccessDenied", "Request has expired")
        row = org["file"].get(file_id)
        if row is None:
            return 404, xml, _s3_error("NoSuchKey", "The specified key does not exist.")
        content = row["content"] if row["content"] is not None else placeholder_content(row)
        name = row["name"]
        ascii_name = name.encode("ascii", "replace").decode().replace('"', "'")
        headers = [
            ("content-type", row["contentType"]),
            ("content-disposition", f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"),
        ]
        return 200, headers, content
