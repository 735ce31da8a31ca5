"""resources/files.py: signed URLs, downloads, safe file names."""

from __future__ import annotations

import pytest

from ashby_sdk import AshbyClient, AshbyNotFoundError
from ashby_sdk.resources.files import safe_filename


def test_url_and_download(client: AshbyClient) -> None:
    candidate = next(c for c in client.candidates.list() if c.resume_handle)
    url = client.files.get_url(file_handle=candidate.resume_handle)  # type: ignore[arg-type]
    assert url.startswith("http")
    content, filename = client.files.download(candidate.resume_handle)  # type: ignore[arg-type]
    assert content and filename == safe_filename(filename) and "/" not in filename
    assert candidate.resume_file is not None and candidate.resume_file.handle == candidate.resume_handle


def test_unknown_handle(client: AshbyClient) -> None:
    with pytest.raises(AshbyNotFoundError):
        client.files.get_url("no-such-handle")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("resume.pdf", "resume.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32.dll", "system32.dll"),
        ("/abs/path/cv.docx", "cv.docx"),
        (".hidden", "hidden"),
        ("..", "download"),
        ("", "download"),
        (None, "download"),
        ("a%2F..%2Fb.txt", "b.txt"),
        ("bad\x00name\n.pdf", "badname.pdf"),
    ],
)
def test_safe_filename(given: str | None, expected: str) -> None:
    assert safe_filename(given) == expected
