"""The PDF reader: structure as Markdown, page and line locations, bad input."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF
from PIL import Image

from scrlint.cli import main
from scrlint.document import BlockKind, Document
from scrlint.document.model import Origin
from scrlint.document.pdf import read_pdf
from scrlint.document.readers import is_report_file
from scrlint.engine import Engine
from scrlint.errors import InputError
from tests.conftest import FIXTURES, markdown_to_docx
from tests.test_docx import NESTED

LIMIT = 10 * 1024 * 1024
GOOD = FIXTURES / "reports" / "lcspr@2023" / "good.md"
BODY = (
    "Agencies met often but did not share what they knew about the family, and the plan "
    "that was made in the spring was not reviewed when the situation at home changed."
)


class _Report(FPDF):
    """A report with a running header and a page-numbered footer on every page."""

    def header(self) -> None:
        self.set_font("Helvetica", "", 9)
        self.cell(0, 6, "Northby Safeguarding Partnership - Child Z review", align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def _heading(pdf: FPDF, text: str, size: float) -> None:
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, size * 0.5, text)
    pdf.ln(3)


def _paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5, text)
    pdf.ln(4)


def _report() -> bytes:
    pdf = _Report()
    pdf.add_page()
    _heading(pdf, "Review of Child Z", 20)
    _paragraph(pdf, "Published by the partnership.")
    _heading(pdf, "Contents", 14)
    pdf.set_font("Times", "", 11)
    for entry, page in [("1. Introduction", 2), ("2. Findings", 2), ("3. Action plan", 3)]:
        pdf.cell(0, 6, f"{entry} {'.' * 60} {page}", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    _heading(pdf, "1. Introduction", 14)
    _paragraph(pdf, BODY)
    _paragraph(pdf, "3 agencies took part in the review, which used a systems approach.")
    _heading(pdf, "2. Findings", 14)
    _heading(pdf, "2.1 Sharing information between the school and the health visiting service", 12)
    _paragraph(pdf, "The findings are:")
    for item in ["- The school knew of the injury.", "- The GP was not told.", "1. First point."]:
        _paragraph(pdf, item)
    pdf.set_font("Times", "", 11)
    for line in ["The plan was multi-", "agency in name only * and # were", "both used."]:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    _heading(pdf, "3. Action plan", 14)
    pdf.set_font("Times", "", 10)
    with pdf.table(col_widths=(30, 60, 40, 30)) as table:
        for row in [
            ("Recommendation", "Action", "Lead", "Timescale"),
            ("1", "Revise the exclusion procedure", "Director of education", "March 2025"),
            ("2", "Audit | review the referrals", "Head of service", "June 2025"),
        ]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def _read(data: bytes) -> Document:
    return read_pdf("report.pdf", data, LIMIT)


@pytest.fixture(scope="module")
def report() -> Document:
    return _read(_report())


def test_headings_come_from_font_size_bold_and_numbering(report: Document) -> None:
    assert report.kind == "pdf"
    assert [(s.level, s.title) for s in report.sections()] == [
        (1, "Review of Child Z"),
        (2, "Contents"),
        (2, "1. Introduction"),
        (2, "2. Findings"),
        (3, "2.1 Sharing information between the school and the health visiting service"),
        (2, "3. Action plan"),
    ]


def test_paragraphs_lists_and_hyphens(report: Document) -> None:
    blocks = [(b.kind, b.text) for b in report.blocks()]
    assert (BlockKind.PARAGRAPH, BODY) in blocks  # wrapped lines joined into one paragraph
    # prose that begins with a number is not a heading
    assert (
        BlockKind.PARAGRAPH,
        "3 agencies took part in the review, which used a systems approach.",
    ) in blocks
    items = [(b.text, b.ordinal) for b in report.blocks(BlockKind.LIST_ITEM)]
    assert items == [
        ("The school knew of the injury.", None),
        ("The GP was not told.", None),
        ("First point.", "1"),
    ]
    # a hyphen at a line end is kept, the next line joined without a space; * and # stay text
    expected = "The plan was multi-agency in name only * and # were both used."
    assert (BlockKind.PARAGRAPH, expected) in blocks


def test_headers_footers_and_page_numbers_are_removed(report: Document) -> None:
    text = " ".join(b.text for b in report.blocks())
    assert "Northby Safeguarding Partnership" not in text
    assert "Page" not in text and "of 3" not in text


def test_contents_page_entries_are_contents_not_headings(report: Document) -> None:
    contents = next(s for s in report.sections() if s.title == "Contents")
    assert contents.is_contents
    entries = [b.text for b in contents.blocks]
    assert entries == ["1. Introduction", "2. Findings", "3. Action plan"]
    assert all(b.kind is BlockKind.CONTENTS for b in contents.blocks)


def test_ruled_table_becomes_a_table_with_a_header(report: Document) -> None:
    cells = [(b.text, b.header) for b in report.blocks(BlockKind.TABLE_CELL)]
    assert cells[:4] == [
        ("Recommendation", True),
        ("Action", True),
        ("Lead", True),
        ("Timescale", True),
    ]
    assert ("Audit | review the referrals", False) in cells
    assert ("Director of education", False) in cells


def test_locations_are_page_line_and_character(report: Document) -> None:
    assert report.origins is not None
    offset = report.source.index("Introduction", report.source.index("## 1"))
    # page 2: the running header is line 1, the heading line 2
    assert report.origins.locate(offset) == Origin(4, page=2, line=2)
    offset = report.source.index("did not share")
    assert report.origins.locate(offset) == Origin(24, page=2, line=3)


def _soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def _libreoffice_pdf(markdown: str, folder: Path) -> Path:
    word = folder / "report.docx"
    word.write_bytes(markdown_to_docx(markdown))
    subprocess.run(
        [_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(word)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return folder / "report.pdf"


def test_findings_in_a_pdf_are_placed_by_page_line_and_character() -> None:
    pdf = GOOD.with_suffix(".pdf")  # LibreOffice's export, from fixtures/make_documents.py
    result = CliRunner().invoke(main, ["check", "--format", "concise", str(pdf)])
    lines = [line for line in result.output.splitlines() if line.startswith(str(pdf))]
    assert lines and all(re.match(rf"^{re.escape(str(pdf))}:p\d+:\d+:\d+: ", x) for x in lines)
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(pdf)]).output)
    start = data["files"][0]["findings"][0]["start"]
    assert start["page"] >= 1 and start["pageLine"] >= 1 and start["character"] >= 1


def test_nested_list_items_stay_nested_by_their_indent(engine: Engine, tmp_path: Path) -> None:
    pdf = _libreoffice_pdf(NESTED, tmp_path)
    document = engine.check_file(pdf)
    markdown = tmp_path / "nested.md"
    markdown.write_text(NESTED, encoding="utf-8")
    expected = {(f.code, f.section) for f in engine.check_file(markdown).findings}
    assert {(f.code, f.section) for f in document.findings} == expected
    source = read_pdf("nested.pdf", pdf.read_bytes(), LIMIT).source
    assert re.search(r"\n {3}- The audit will include health\.\n\n {3}- Schools", source), source
    assert "\n2. The ICB will train" in source


def _image_only() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    picture = io.BytesIO()
    Image.new("RGB", (200, 100), "white").save(picture, format="PNG")
    pdf.image(picture, x=10, y=10, w=100)
    return bytes(pdf.output())


def _encrypted(user_password: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 10, "Introduction to the review of Child Z.")
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def test_a_pdf_with_only_an_owner_password_is_read() -> None:
    document = _read(_encrypted(""))
    assert [b.text for b in document.blocks()] == ["Introduction to the review of Child Z."]


def _garbled() -> bytes:
    data = bytearray(_report())
    for index in range(400, len(data), 7):
        data[index] = (data[index] * 31 + 7) % 256
    return bytes(data)


BAD = {
    "scanned.pdf": (_image_only, "no text layer"),
    "locked.pdf": (lambda: _encrypted("user-secret"), "password-protected"),
    "truncated.pdf": (lambda: _report()[:900], "not a valid PDF"),
    "garbled.pdf": (_garbled, "PDF"),
    "text.pdf": (lambda: b"just some text", "not a PDF file"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_pdfs_are_one_line_errors_and_the_batch_goes_on(name: str, tmp_path: Path) -> None:
    make, expected = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(make())
    good = tmp_path / "good.pdf"
    good.write_bytes(_report())
    result = CliRunner().invoke(main, ["check", "--format", "concise", str(bad), str(good)])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if str(bad) in line]
    assert len(errors) == 1 and expected in errors[0], result.output
    assert "Traceback" not in result.output
    assert f"{good}:p" in result.output


def test_more_text_than_the_size_limit_is_refused() -> None:
    with pytest.raises(InputError, match="max-file-size"):
        read_pdf("report.pdf", _report(), 100)


def test_pdf_files_are_reports() -> None:
    assert is_report_file("a/report.PDF")


def _grid_with_broken_words() -> bytes:
    """A ruled table whose narrow first column breaks a long word, as a word processor does."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Times", "", 11)
    width = pdf.get_string_width("Recommen") + 2
    columns = [20, 20 + width, 20 + width + 50]
    rows = [40, 55, 70]
    for x in columns:
        pdf.line(x, rows[0], x, rows[-1])
    for y in rows:
        pdf.line(columns[0], y, columns[-1], y)
    for x, y, text in [
        (21, 42, "Recommen"),
        (21, 47, "dation"),
        (columns[1] + 1, 42, "Lead"),
        (columns[1] + 1, 47, "officer"),
        (21, 57, "1"),
        (columns[1] + 1, 57, "Head of service"),
    ]:
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)
    return bytes(pdf.output())


def test_a_word_broken_at_a_cell_border_is_joined() -> None:
    document = _read(_grid_with_broken_words())
    cells = [(b.text, b.header) for b in document.blocks(BlockKind.TABLE_CELL)]
    assert cells == [
        ("Recommendation", True),
        ("Lead officer", True),  # a short word is a whole word
        ("1", False),  # a number in a table at the top of the page is not a page number
        ("Head of service", False),
    ]


def _long_report() -> bytes:
    pdf = _Report()
    pdf.add_page()
    _heading(pdf, "1. Background", 14)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Early years", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "BI", 11)
    pdf.cell(0, 6, "The first home", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(230)
    _paragraph(pdf, " ".join([BODY] * 4))  # runs over the page break
    _heading(pdf, "2. Actions", 14)
    pdf.set_font("Times", "", 10)
    with pdf.table(col_widths=(30, 60)) as table:  # repeats its header row on each page
        for row in [("Number", "Action"), *((str(n), f"Action {n}") for n in range(1, 41))]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    return bytes(pdf.output())


def test_italic_paragraphs_over_pages_and_tables_over_pages() -> None:
    document = _read(_long_report())
    assert [(s.level, s.title) for s in document.sections()] == [
        (1, "1. Background"),
        (2, "Early years"),
        (3, "The first home"),  # bold italic ranks below bold
        (1, "2. Actions"),
    ]
    assert (BlockKind.PARAGRAPH, " ".join([BODY] * 4)) in [
        (b.kind, b.text) for b in document.blocks()
    ]
    cells = [(b.text, b.header) for b in document.blocks(BlockKind.TABLE_CELL)]
    assert cells[:2] == [("Number", True), ("Action", True)]
    assert [text for text, _header in cells[2::2]] == [str(n) for n in range(1, 41)]


def test_code_frames_show_the_page_line_and_mask_a_name_it_breaks(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    _heading(pdf, "Review of Child Z", 20)
    _heading(pdf, "Contact with the family", 14)
    pdf.set_font("Times", "", 11)
    for line in [
        "The health visitor phoned Mother on 07700 900123 and wrote to Ada",
        "Okonjo, the maternal aunt, about the CIN plan.",
    ]:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    report = tmp_path / "review.pdf"
    report.write_bytes(bytes(pdf.output()))
    output = CliRunner().invoke(main, ["check", "--select", "ANO,RDB007", str(report)]).output
    frames = re.findall(r"^ (p\d+:\d+) \| (.*)$", output, re.MULTILINE)
    assert ("p1:3", "The health visitor phoned Mother on 0**** 9***** and wrote to A**") in frames
    assert ("p1:4", "O*****, the maternal aunt, about the CIN plan.") in frames, output
