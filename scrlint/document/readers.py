"""Choose a reader by file type and turn bytes into a Document, with clear input errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

from scrlint.config import DEFAULT_MAX_FILE_SIZE
from scrlint.document.markdown import read_markdown
from scrlint.document.model import Document
from scrlint.document.text import read_text
from scrlint.errors import InputError

Reader = Callable[[str, str], Document]
# Takes the path, the file's bytes and the configured max-file-size.
BinaryReader = Callable[[str, bytes, int], Document]

READERS: dict[str, Reader] = {
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".txt": read_text,
    ".text": read_text,
}


def _read_docx(path: str, data: bytes, max_file_size: int) -> Document:
    from scrlint.document.docx import read_docx  # lazily: python-docx costs ~40 ms to import

    return read_docx(path, data, max_file_size)


def _read_pdf(path: str, data: bytes, max_file_size: int) -> Document:
    from scrlint.document.pdf import read_pdf  # lazily, as for Word

    return read_pdf(path, data, max_file_size)


# Formats read from their bytes, before any decoding as text.
BINARY_READERS: dict[str, BinaryReader] = {".docx": _read_docx, ".pdf": _read_pdf}
NOT_YET_READABLE = {
    ".doc": "old binary Word documents cannot be read; save the file as .docx or plain text",
}
_BINARY_SAMPLE = 8192


@dataclass
class Decoded:
    """Text decoded from a file, with any warning about how it was decoded."""

    text: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes) -> Decoded:
    """Decode report bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Raises:
        InputError: the bytes are binary, not decodable, or hold no text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            decoded = Decoded(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise InputError(
                "starts with a UTF-16 byte order mark but is not valid UTF-16"
            ) from None
    elif b"\x00" in data[:_BINARY_SAMPLE]:
        raise InputError("binary file, not a text report")
    else:
        try:
            decoded = Decoded(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            try:
                decoded = Decoded(
                    data.decode("cp1252"),
                    [
                        "not valid UTF-8; decoded as Windows-1252 (cp1252). "
                        "Save it as UTF-8 to be sure"
                    ],
                )
            except UnicodeDecodeError:
                raise InputError("not valid UTF-8 or Windows-1252 text") from None
    if not decoded.text.strip():
        raise InputError("the file is empty")
    return decoded


def reader_for(path: str, default: Reader = read_markdown) -> Reader:
    """Return the reader for ``path``'s extension; unknown extensions use ``default``.

    Raises:
        InputError: the file type cannot be read yet.
    """
    suffix = PurePath(path).suffix.lower()
    if suffix in NOT_YET_READABLE:
        raise InputError(NOT_YET_READABLE[suffix])
    if suffix in BINARY_READERS:
        return _needs_bytes
    return READERS.get(suffix, default)


def _needs_bytes(path: str, source: str) -> Document:
    raise InputError(f"{PurePath(path).suffix} files are read from their bytes, not as text")


def is_report_file(path: str) -> bool:
    """Whether a file found in a folder should be checked."""
    suffix = PurePath(path).suffix.lower()
    return suffix in READERS or suffix in BINARY_READERS


def parse_bytes(
    display_path: str,
    data: bytes,
    reader: Reader,
    max_file_size: int = DEFAULT_MAX_FILE_SIZE,
) -> tuple[Document, list[str]]:
    """Decode and parse one report; a binary format (by ``display_path``) skips decoding.

    Raises:
        InputError: the bytes cannot be decoded or the document cannot be parsed.
    """
    binary = BINARY_READERS.get(PurePath(display_path).suffix.lower())
    if binary is not None:
        return binary(display_path, data, max_file_size), []
    decoded = decode(data)
    return reader(display_path, decoded.text), decoded.warnings
