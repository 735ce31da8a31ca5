"""``file.info``: signed download URLs for file handles, and downloads."""

from __future__ import annotations

import mimetypes
import os
import re
import secrets
import unicodedata
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal, TypeAlias, Union
from urllib.parse import unquote, urlsplit

import httpx

from .._base_client import FileTuple
from .._exceptions import AshbyAPIError, AshbyArgumentError
from .._resource import APIResource, AsyncAPIResource
from .._validation import check_id
from ..types import FileInfo, FileUploadHandle

if TYPE_CHECKING:
    from .._request_options import RequestOptions, Unpack

__all__ = ["AsyncFiles", "FileInput", "Files", "NewFile", "file_part", "safe_filename", "safe_target"]

_DISPOSITION = re.compile(r"filename\*?=(?:UTF-8'')?\"?([^\";]+)\"?", re.IGNORECASE)


def safe_filename(name: str | None, default: str = "download") -> str:
    """A file name that cannot leave the directory it is written to.

    Server-sent names are untrusted: path separators, ``..``, control
    characters and leading dots are removed.
    """
    if not name:
        return default
    name = unicodedata.normalize("NFC", unquote(name))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*')
    name = name.strip().lstrip(".").strip()
    return name[:255] or default


def filename_from(response: httpx.Response) -> str:
    match = _DISPOSITION.search(response.headers.get("content-disposition", ""))
    if match:
        return safe_filename(match.group(1))
    return safe_filename(urlsplit(str(response.url)).path)


FileInput: TypeAlias = Union[str, "os.PathLike[str]", bytes, IO[bytes]]
"""What an upload takes: a path, the bytes, or a binary file object (read from its current position)."""


@contextmanager
def file_part(value: FileInput, filename: str | None = None, content_type: str | None = None) -> Iterator[FileTuple]:
    """A multipart part for ``value``; a path is opened (and closed afterwards), never read whole here."""
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        try:
            if not str(value) or not path.is_file():
                raise FileNotFoundError(2, "no such file")
            handle = path.open("rb")
        except OSError as exc:
            shown = f"{str(value)!r:.80}"
            reason = exc.strerror or str(exc)
            raise AshbyArgumentError(
                f"cannot upload {shown}: {reason} (give a file's path, bytes or a file object)"
            ) from None
        with handle:
            yield _part(handle, filename or path.name, content_type)
        return
    if isinstance(value, bytes):
        yield _part(value, filename or "upload", content_type)
        return
    if not hasattr(value, "read"):
        raise AshbyArgumentError(f"a file must be a path, bytes or a binary file object, got {type(value).__name__}")
    yield _part(value, filename or Path(str(getattr(value, "name", "upload"))).name, content_type)


def _part(content: bytes | IO[bytes], filename: str, content_type: str | None) -> FileTuple:
    kind = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    return (filename, content, kind)


def safe_target(directory: str | os.PathLike[str], name: str | None) -> Path:
    """Where to write a download named ``name`` (untrusted) inside ``directory``: never outside it.

    The directory is resolved; the file name is made safe (:func:`safe_filename`)
    and not resolved, so a symlink already standing at that name is replaced by
    the download, never written through.
    """
    root = Path(directory).resolve()
    if not root.is_dir():
        raise AshbyArgumentError(f"{root} is not a directory")
    target = root / safe_filename(name)
    if target.parent != root:  # pragma: no cover - safe_filename leaves no separator
        raise AshbyArgumentError(f"refusing to write {name!r} outside {root}")
    return target


_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


class NewFile:
    """A file written through a fresh temporary file beside it, put in place only once complete.

    The temporary file is created new (``O_CREAT | O_EXCL``, never an existing
    path, never through a symlink) in the target's directory, so the final move
    is a rename within one file system. :meth:`commit` puts it in place: without
    ``overwrite`` it refuses to replace anything already at the target (checked
    atomically where the file system has hard links); with it, whatever stands
    there (a symlink included) is replaced, not written through. Anything that
    goes wrong removes the temporary file::

        with NewFile(target) as out:
            out.write(chunk)
            out.commit()
    """

    def __init__(self, target: Path, *, overwrite: bool = False) -> None:
        self.target = target
        self.overwrite = overwrite
        if not overwrite and os.path.lexists(target):
            raise AshbyArgumentError(f"{target} already exists (pass overwrite=True to replace it)")
        for _ in range(100):
            self.partial = target.with_name(f".{target.name[:200]}.{secrets.token_hex(6)}.part")
            try:
                fd = os.open(self.partial, _CREATE, 0o666)
            except FileExistsError:
                continue
            self._file = os.fdopen(fd, "wb")
            return
        raise AshbyArgumentError(f"cannot create a temporary file in {target.parent}")  # pragma: no cover

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)

    def commit(self) -> Path:
        """Put the complete file at the target; returns the target."""
        self._file.close()
        if self.overwrite:
            os.replace(self.partial, self.target)
            return self.target
        try:
            os.link(self.partial, self.target)  # fails if anything (even a dangling symlink) is there
        except FileExistsError:
            raise AshbyArgumentError(f"{self.target} already exists (pass overwrite=True to replace it)") from None
        except OSError:
            # No hard links here (some network or FAT file systems): check, then rename (a small race).
            if os.path.lexists(self.target):
                raise AshbyArgumentError(f"{self.target} already exists (pass overwrite=True to replace it)") from None
            os.replace(self.partial, self.target)
            return self.target
        os.unlink(self.partial)
        return self.target

    def __enter__(self) -> NewFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()
        if os.path.lexists(self.partial):
            os.unlink(self.partial)


# <unasync>
class AsyncFiles(AsyncAPIResource):
    """Files attached to candidates (resumes and others), by file handle."""

    async def info(self, file_handle: str, **options: Unpack[RequestOptions]) -> FileInfo:
        """The signed, short-lived download URL of a file handle (``file.info``)."""
        return await self._call("file.info", {"fileHandle": check_id("file_handle", file_handle)}, FileInfo, **options)

    async def get_url(self, file_handle: str, **options: Unpack[RequestOptions]) -> str:
        """The signed download URL of a file handle. It expires soon: use it right away."""
        url = (await self.info(file_handle, **options)).url
        if not url:
            raise AshbyAPIError("file.info answered without a URL", endpoint="file.info")
        return url

    async def download(self, file_handle: str, **options: Unpack[RequestOptions]) -> tuple[bytes, str]:
        """The file's content and a safe file name for it (two requests: ``file.info``, then the download).

        The content is held in memory; for large files prefer :meth:`download_to` or :meth:`stream`.
        ``options`` apply to both requests (``extra_headers`` and ``extra_body`` only to ``file.info``:
        the download URL is signed and carries no Ashby headers).
        """
        api = self._api_for(options)
        url = await self.get_url(file_handle, **options)
        response = await api.get_file(url)
        return response.content, filename_from(response)

    async def download_to(
        self,
        file_handle: str,
        directory: str | os.PathLike[str],
        *,
        filename: str | None = None,
        overwrite: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Path:
        """Stream a file into ``directory`` chunk by chunk; returns the path written.

        The name is ``filename`` or the one the server sends, made safe: the file never lands outside
        ``directory``. It is written to a fresh temporary file in ``directory`` and moved into place
        once complete (:class:`NewFile`); an existing file of that name is left alone, and
        :class:`AshbyArgumentError` raised, unless ``overwrite=True``.
        """
        api = self._api_for(options)
        url = await self.get_url(file_handle, **options)
        async with api.stream_file(url) as response:
            target = safe_target(directory, filename or filename_from(response))
            with NewFile(target, overwrite=overwrite) as out:
                async for chunk in response.aiter_bytes():
                    out.write(chunk)
                return out.commit()

    async def stream(self, file_handle: str, **options: Unpack[RequestOptions]) -> AsyncIterator[bytes]:
        """The file's bytes, chunk by chunk, without holding the whole file (``async for chunk in ...``)."""
        api = self._api_for(options)
        url = await self.get_url(file_handle, **options)
        async with api.stream_file(url) as response:
            async for chunk in response.aiter_bytes():
                if chunk:
                    yield chunk

    async def create_file_upload_handle(
        self,
        *,
        file_upload_context: Literal["CandidateResume", "CandidateFiles", "ApplicationForm"] | str,
        filename: str,
        content_type: str,
        content_length: int,
        **options: Unpack[RequestOptions],
    ) -> FileUploadHandle:
        """A presigned upload: POST the file to its ``url`` with its ``fields``, then pass its ``handle`` on."""
        return await self._call(
            "file.createFileUploadHandle",
            {
                "fileUploadContext": file_upload_context,
                "filename": filename,
                "contentType": content_type,
                "contentLength": content_length,
            },
            FileUploadHandle,
            **options,
        )


# </unasync>


# <generated by scripts/unasync.py: do not edit>
class Files(APIResource):
    """Files attached to candidates (resumes and others), by file handle."""

    def info(self, file_handle: str, **options: Unpack[RequestOptions]) -> FileInfo:
        """The signed, short-lived download URL of a file handle (``file.info``)."""
        return self._call("file.info", {"fileHandle": check_id("file_handle", file_handle)}, FileInfo, **options)

    def get_url(self, file_handle: str, **options: Unpack[RequestOptions]) -> str:
        """The signed download URL of a file handle. It expires soon: use it right away."""
        url = (self.info(file_handle, **options)).url
        if not url:
            raise AshbyAPIError("file.info answered without a URL", endpoint="file.info")
        return url

    def download(self, file_handle: str, **options: Unpack[RequestOptions]) -> tuple[bytes, str]:
        """The file's content and a safe file name for it (two requests: ``file.info``, then the download).

        The content is held in memory; for large files prefer :meth:`download_to` or :meth:`stream`.
        ``options`` apply to both requests (``extra_headers`` and ``extra_body`` only to ``file.info``:
        the download URL is signed and carries no Ashby headers).
        """
        api = self._api_for(options)
        url = self.get_url(file_handle, **options)
        response = api.get_file(url)
        return response.content, filename_from(response)

    def download_to(
        self,
        file_handle: str,
        directory: str | os.PathLike[str],
        *,
        filename: str | None = None,
        overwrite: bool = False,
        **options: Unpack[RequestOptions],
    ) -> Path:
        """Stream a file into ``directory`` chunk by chunk; returns the path written.

        The name is ``filename`` or the one the server sends, made safe: the file never lands outside
        ``directory``. It is written to a fresh temporary file in ``directory`` and moved into place
        once complete (:class:`NewFile`); an existing file of that name is left alone, and
        :class:`AshbyArgumentError` raised, unless ``overwrite=True``.
        """
        api = self._api_for(options)
        url = self.get_url(file_handle, **options)
        with api.stream_file(url) as response:
            target = safe_target(directory, filename or filename_from(response))
            with NewFile(target, overwrite=overwrite) as out:
                for chunk in response.iter_bytes():
                    out.write(chunk)
                return out.commit()

    def stream(self, file_handle: str, **options: Unpack[RequestOptions]) -> Iterator[bytes]:
        """The file's bytes, chunk by chunk, without holding the whole file (``for chunk in ...``)."""
        api = self._api_for(options)
        url = self.get_url(file_handle, **options)
        with api.stream_file(url) as response:
            for chunk in response.iter_bytes():
                if chunk:
                    yield chunk

    def create_file_upload_handle(
        self,
        *,
        file_upload_context: Literal["CandidateResume", "CandidateFiles", "ApplicationForm"] | str,
        filename: str,
        content_type: str,
        content_length: int,
        **options: Unpack[RequestOptions],
    ) -> FileUploadHandle:
        """A presigned upload: POST the file to its ``url`` with its ``fields``, then pass its ``handle`` on."""
        return self._call(
            "file.createFileUploadHandle",
            {
                "fileUploadContext": file_upload_context,
                "filename": filename,
                "contentType": content_type,
                "contentLength": content_length,
            },
            FileUploadHandle,
            **options,
        )


# </generated>
