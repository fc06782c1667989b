"""readers.decode: which encodings are accepted, which warn, and which are input errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scrlint.document.markdown import read_markdown
from scrlint.document.readers import decode, parse_bytes, reader_for
from scrlint.document.text import read_text
from scrlint.errors import InputError
from tests.conftest import FIXTURES

TEXT = "# Review of Child A\n\nThe café’s “note” said 😀 and 𝒜.\n"


def test_utf8_without_bom() -> None:
    decoded = decode(TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert decoded.warnings == []


def test_utf8_with_bom_drops_the_bom() -> None:
    decoded = decode(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert decoded.text == TEXT
    assert not decoded.text.startswith("\ufeff")
    assert decoded.warnings == []


@pytest.mark.parametrize(("bom", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_with_bom(bom: bytes, codec: str) -> None:
    data = bom + TEXT.encode(codec)
    assert b"\x00" in data  # NUL bytes are expected in UTF-16 and must not mean binary
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.warnings == []


def test_utf16_bom_with_a_truncated_body_is_an_error() -> None:
    data = b"\xff\xfe" + "Review".encode("utf-16-le") + b"\x41"  # odd number of bytes
    with pytest.raises(InputError) as caught:
        decode(data)
    _assert_one_line(caught.value)
    assert "UTF-16" in str(caught.value)


def test_cp1252_decodes_with_one_warning() -> None:
    decoded = decode(b"caf\xe9 \x93quoted\x94")
    assert decoded.text == "café “quoted”"
    assert len(decoded.warnings) == 1
    warning = decoded.warnings[0]
    assert "cp1252" in warning and "UTF-8" in warning
    assert "\n" not in warning


def test_cp1252_with_crlf_keeps_the_line_endings() -> None:
    decoded = decode(b"Title\r\n\r\nThe child\x92s school.\r\n")
    assert decoded.text == "Title\r\n\r\nThe child’s school.\r\n"
    assert len(decoded.warnings) == 1


@pytest.mark.parametrize(
    "data",
    [
        b"abc\x00def",
        b"\x00",
        b"PK\x03\x04\x14\x00\x06\x00",  # the start of a .docx (zip)
        b"text " * 100 + b"\x00",
    ],
)
def test_bytes_with_nul_are_a_binary_error(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    _assert_one_line(caught.value)
    assert "binary" in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"\n\n\r\n\t ",
        b"\xef\xbb\xbf",
        b"\xef\xbb\xbf \n",
        b"\xff\xfe",
        b"\xff\xfe \x00",
    ],
)
def test_empty_or_whitespace_only_is_an_error(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    _assert_one_line(caught.value)
    assert "empty" in str(caught.value)


@pytest.mark.parametrize("data", [b"\x81\x8d", b"Report \xc3 \x81 text", b"\x8f\x90\x9d"])
def test_bytes_invalid_in_utf8_and_cp1252_are_an_error(data: bytes) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    _assert_one_line(caught.value)
    assert "UTF-8" in str(caught.value) and "1252" in str(caught.value)


def test_parse_bytes_reads_and_returns_the_decode_warnings() -> None:
    document, warnings = parse_bytes("r.md", b"# Caf\xe9 review\n\nText.\n", read_markdown)
    assert document.title == "Café review"
    assert len(warnings) == 1
    document, warnings = parse_bytes("r.txt", TEXT.encode("utf-8"), read_text)
    assert warnings == []
    assert document.kind == "text"


@pytest.mark.parametrize(
    ("path", "reader"),
    [
        ("r.md", read_markdown),
        ("R.MARKDOWN", read_markdown),
        ("r.txt", read_text),
        ("r.text", read_text),
        ("notes.rst", read_markdown),
    ],
)
def test_reader_for_picks_by_extension(path: str, reader: object) -> None:
    assert reader_for(path) is reader


@pytest.mark.parametrize("path", ["r.DOC"])
def test_unreadable_formats_are_input_errors(path: str) -> None:
    with pytest.raises(InputError) as caught:
        reader_for(path)
    _assert_one_line(caught.value)


def _assert_one_line(error: InputError) -> None:
    message = str(error)
    assert message and "\n" not in message and message == message.strip()
    assert isinstance(error, InputError)


def test_checking_markdown_loads_neither_word_nor_pdf_libraries() -> None:
    """python-docx and PDFium are imported only for a Word or PDF report (~60 ms saved)."""
    script = (
        "import sys; from pathlib import Path; from scrlint.engine import Engine; "
        "Engine().check_file(Path(sys.argv[1])); "
        "print(sorted(m for m in ('docx', 'pypdfium2') if m in sys.modules))"
    )
    report = FIXTURES / "reports" / "generic" / "good.md"
    done = subprocess.run(
        [sys.executable, "-c", script, str(report)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
