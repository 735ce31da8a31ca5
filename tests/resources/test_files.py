"""resources/files.py: signed URLs, downloads, safe file names."""

from __future__ import annotations

from pathlib import Path

import pytest

from ashby_sdk import AshbyArgumentError, AshbyClient, AshbyNotFoundError, AsyncAshbyClient
from ashby_sdk.resources.files import safe_filename, safe_target


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


def test_download_to_streams_into_the_directory(client: AshbyClient, tmp_path: Path) -> None:
    candidate = next(c for c in client.candidates.list() if c.resume_handle)
    content, name = client.files.download(candidate.resume_handle)  # type: ignore[arg-type]
    written = client.files.download_to(candidate.resume_handle, tmp_path)  # type: ignore[arg-type]
    assert written == tmp_path / name and written.read_bytes() == content
    assert not list(tmp_path.glob("*.part"))
    assert b"".join(client.files.stream(candidate.resume_handle)) == content  # type: ignore[arg-type]


@pytest.mark.parametrize("hostile", ["../../escape.pdf", "/etc/passwd", "..", "a/../../b.txt"])
def test_download_to_never_leaves_the_directory(client: AshbyClient, tmp_path: Path, hostile: str) -> None:
    candidate = next(c for c in client.candidates.list() if c.resume_handle)
    inside = tmp_path / "inside"
    inside.mkdir()
    written = client.files.download_to(candidate.resume_handle, inside, filename=hostile)  # type: ignore[arg-type]
    assert written.parent == inside.resolve()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["inside"]


def test_safe_target_refuses_a_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(AshbyArgumentError, match="not a directory"):
        safe_target(tmp_path / "nope", "a.txt")


def test_presigned_upload_handle(client: AshbyClient) -> None:
    upload = client.files.create_file_upload_handle(
        file_upload_context="CandidateResume", filename="cv.pdf", content_type="application/pdf", content_length=3
    )
    assert upload.handle and upload.url and upload.fields


@pytest.mark.anyio
async def test_async_stream(aclient: AsyncAshbyClient, tmp_path: Path) -> None:
    candidate = next(c for c in await aclient.candidates.list() if c.resume_handle)
    chunks = [chunk async for chunk in aclient.files.stream(candidate.resume_handle)]  # type: ignore[arg-type]
    written = await aclient.files.download_to(candidate.resume_handle, tmp_path)  # type: ignore[arg-type]
    assert b"".join(chunks) == written.read_bytes()


def _resume(client: AshbyClient) -> tuple[str, bytes, str]:
    candidate = next(c for c in client.candidates.list() if c.resume_handle)
    content, name = client.files.download(candidate.resume_handle)  # type: ignore[arg-type]
    return candidate.resume_handle, content, name  # type: ignore[return-value]


def test_download_to_never_overwrites_unless_asked(client: AshbyClient, tmp_path: Path) -> None:
    handle, content, name = _resume(client)
    (tmp_path / name).write_bytes(b"mine")
    with pytest.raises(AshbyArgumentError, match="already exists"):
        client.files.download_to(handle, tmp_path)
    assert (tmp_path / name).read_bytes() == b"mine"
    assert client.files.download_to(handle, tmp_path, overwrite=True).read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left behind


def test_download_to_never_writes_through_a_symlink(client: AshbyClient, tmp_path: Path) -> None:
    handle, content, name = _resume(client)
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"precious")
    inside = tmp_path / "inside"
    inside.mkdir()
    (inside / f"{name}.part").symlink_to(outside)  # the old, predictable temporary name
    (inside / name).symlink_to(outside)
    with pytest.raises(AshbyArgumentError, match="already exists"):  # a symlink counts as a file there
        client.files.download_to(handle, inside)
    written = client.files.download_to(handle, inside, overwrite=True)
    assert written == inside.resolve() / name and not written.is_symlink()  # replaced, not followed
    assert written.read_bytes() == content and outside.read_bytes() == b"precious"
    (inside / "dangling.pdf").symlink_to(tmp_path / "nowhere")
    with pytest.raises(AshbyArgumentError, match="already exists"):
        client.files.download_to(handle, inside, filename="dangling.pdf")
    assert not (tmp_path / "nowhere").exists()
