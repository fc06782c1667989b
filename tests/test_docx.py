"""The Word (.docx) reader: structure as Markdown, paragraph locations, bad input."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

from scrlint.cli import main
from scrlint.document import BlockKind, Document
from scrlint.document.docx import read_docx
from scrlint.document.model import Origin
from scrlint.document.readers import is_report_file, parse_bytes, reader_for
from scrlint.engine import Engine
from scrlint.errors import InputError
from tests.conftest import FIXTURES, markdown_to_docx

LIMIT = 10 * 1024 * 1024
GOOD = FIXTURES / "reports" / "lcspr@2023" / "good.md"


def _bytes(word: WordDocument) -> bytes:
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _read(word: WordDocument) -> Document:
    return read_docx("draft.docx", _bytes(word), LIMIT)


def _structure(document: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, b.text) for b in document.blocks()]


def test_headings_lists_and_tables_become_markdown() -> None:
    word = docx.Document()
    word.add_heading("Review of Child A", 0)
    word.add_heading("Introduction", 1)
    word.add_paragraph("Child A is *seven* and lives with her mother | father.")
    word.add_heading("Findings", 2)
    word.add_paragraph("Agencies met.", style="List Number")
    word.add_paragraph("Plans were made.", style="List Number")
    word.add_paragraph("One point.", style="List Bullet")
    word.add_paragraph("3. Not a list, just text that starts with a number.")
    word.add_heading("Action plan", 1)
    table = word.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Action", "Owner"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["1", "Revise | audit", "Head of service"], strict=True
    ):
        cell.text = text
    document = _read(word)
    assert document.kind == "docx"
    assert [(s.level, s.title) for s in document.sections()] == [
        (1, "Review of Child A"),
        (1, "Introduction"),
        (2, "Findings"),
        (1, "Action plan"),
    ]
    blocks = _structure(document)
    assert ("paragraph", "Child A is *seven* and lives with her mother | father.") in blocks
    items = [b for b in document.blocks(BlockKind.LIST_ITEM)]
    assert [(b.text, b.ordinal) for b in items] == [
        ("Agencies met.", "1"),
        ("Plans were made.", "2"),
        ("One point.", None),
    ]
    assert ("paragraph", "3. Not a list, just text that starts with a number.") in blocks
    cells = [(b.text, b.header) for b in document.blocks(BlockKind.TABLE_CELL)]
    assert cells[:3] == [("Recommendation", True), ("Action", True), ("Owner", True)]
    assert ("Revise | audit", False) in cells


def test_bold_and_numbered_lines_are_headings_when_no_heading_styles() -> None:
    word = docx.Document()
    word.add_paragraph().add_run("Serious Case Review: Child B").bold = True
    word.add_paragraph("1. Introduction")
    word.add_paragraph("This review looks at the help given to Child B and her family.")
    word.add_paragraph().add_run("Key findings").bold = True
    para = word.add_paragraph()
    para.add_run("Partly bold ").bold = True
    para.add_run("sentence text")
    document = _read(word)
    assert [(s.level, s.title) for s in document.sections()] == [
        (2, "Serious Case Review: Child B"),
        (2, "1. Introduction"),
        (2, "Key findings"),
    ]
    assert ("paragraph", "Partly bold sentence text") in _structure(document)


def test_bold_lines_are_not_headings_when_heading_styles_are_used() -> None:
    word = docx.Document()
    word.add_heading("Introduction", 1)
    word.add_paragraph().add_run("Important").bold = True
    document = _read(word)
    assert [s.title for s in document.sections()] == ["Introduction"]
    assert ("paragraph", "Important") in _structure(document)


def _tracked(paragraph_element: object, tag: str, text: str) -> None:
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    change.append(run)
    paragraph_element.append(change)  # type: ignore[attr-defined]


def test_tracked_changes_read_as_accepted_and_comments_ignored() -> None:
    word = docx.Document()
    word.add_heading("Analysis", 1)
    paragraph = word.add_paragraph("The plan was ")
    _tracked(paragraph._p, "w:del", "never ")
    _tracked(paragraph._p, "w:ins", "reviewed ")
    paragraph.add_run("in May.")
    commented = word.add_paragraph("Agencies shared information.")
    word.add_comment(commented.runs, text="Check this date", author="Editor")
    document = _read(word)
    blocks = _structure(document)
    assert ("paragraph", "The plan was reviewed in May.") in blocks
    assert ("paragraph", "Agencies shared information.") in blocks
    assert not any("Check this date" in text for _kind, text in blocks)


def test_a_list_that_starts_again_keeps_its_number() -> None:
    word = docx.Document()
    word.add_heading("Recommendations", 1)
    for text in ("First.", "Second."):
        word.add_paragraph(text, style="List Number")
    word.add_paragraph("The panel agreed two more.")
    later = [word.add_paragraph(text, style="List Number") for text in ("Third.", "Fourth.")]
    numbering = word.part.numbering_part.element
    num = OxmlElement("w:num", {qn("w:numId"): "90"})
    num.append(OxmlElement("w:abstractNumId", {qn("w:val"): _abstract_of_list_number(word)}))
    override = OxmlElement("w:lvlOverride", {qn("w:ilvl"): "0"})
    override.append(OxmlElement("w:startOverride", {qn("w:val"): "3"}))
    num.append(override)
    numbering.append(num)
    for paragraph in later:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = 90
    source = _read(word).source
    assert "1. First.\n\n2. Second." in source
    assert "3. Third.\n\n4. Fourth." in source


def _abstract_of_list_number(word: WordDocument) -> str:
    style_num = word.styles["List Number"].element.pPr.numPr.numId.val
    numbering = word.part.numbering_part.element
    return next(
        n.find(qn("w:abstractNumId")).get(qn("w:val"))
        for n in numbering.iterchildren(qn("w:num"))
        if n.get(qn("w:numId")) == str(style_num)
    )


NESTED = """\
# Review of Child A

## Recommendations

1. The partnership will audit 40 strategy discussions by June 2025 and report to the board.
   - The audit will include health.
   - Schools will be asked to take part.
2. The ICB will train every GP practice in the area by March 2025.
"""


def _nested_word(by_style: bool) -> WordDocument:
    """NESTED in Word: sub-items one level down by numbering level, or by "List Bullet 2"."""
    word = docx.Document()
    word.add_heading("Review of Child A", 1)
    word.add_heading("Recommendations", 2)
    first = (
        "The partnership will audit 40 strategy discussions by June 2025 and report to the board."
    )
    word.add_paragraph(first, style="List Number")
    for text in ("The audit will include health.", "Schools will be asked to take part."):
        if by_style:
            word.add_paragraph(text, style="List Bullet 2")
        else:
            item = word.add_paragraph(text, style="List Number")
            item._p.get_or_add_pPr().get_or_add_numPr().get_or_add_ilvl().val = 1
    word.add_paragraph(
        "The ICB will train every GP practice in the area by March 2025.", style="List Number"
    )
    return word


@pytest.mark.parametrize("by_style", [False, True], ids=["numbering-level", "list-style"])
def test_nested_list_items_stay_under_their_item(
    engine: Engine, by_style: bool, tmp_path: Path
) -> None:
    document = _read(_nested_word(by_style))
    items = [b for b in document.blocks(BlockKind.LIST_ITEM)]
    assert [b.text for b in items][1:3] == [
        "The audit will include health.",
        "Schools will be asked to take part.",
    ]
    markdown = tmp_path / "nested.md"
    markdown.write_text(NESTED, encoding="utf-8")
    draft = tmp_path / "nested.docx"
    _nested_word(by_style).save(draft)
    expected = {(f.code, f.section) for f in engine.check_file(markdown).findings}
    assert {(f.code, f.section) for f in engine.check_file(draft).findings} == expected
    assert re.search(r"\n   (?:-|1\.) The audit will include health\.", document.source)


def test_quote_style_paragraphs_are_block_quotations() -> None:
    word = docx.Document()
    word.add_heading("The child's experience", 1)
    word.add_paragraph("Child A told her teacher:")
    word.add_paragraph("I don't want to go home when it is dark.", style="Quote")
    word.add_paragraph("Nobody listens to me.", style="Intense Quote")
    assert _structure(_read(word))[1:] == [
        ("paragraph", "Child A told her teacher:"),
        ("blockquote", "I don't want to go home when it is dark."),
        ("blockquote", "Nobody listens to me."),
    ]


def _add_notes(word: WordDocument, kind: str, notes: dict[str, str]) -> None:
    """Give ``word`` a footnotes or endnotes part holding ``notes`` (id -> text)."""
    separator = (
        f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
    )
    bodies = "".join(
        f'<w:{kind} w:id="{key}"><w:p><w:r><w:{kind}Ref/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>'
        for key, text in notes.items()
    )
    xml = f"<w:{kind}s {nsdecls('w')}>{separator}{bodies}</w:{kind}s>"
    content_type = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    part = Part(PackURI(f"/word/{kind}s.xml"), content_type, xml.encode(), word.part.package)
    word.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def _cite(paragraph: Paragraph, kind: str, key: str) -> None:
    paragraph.add_run()._r.append(OxmlElement(f"w:{kind}Reference", {qn("w:id"): key}))


def test_footnotes_and_endnotes_follow_the_paragraph_that_cites_them() -> None:
    word = docx.Document()
    word.add_heading("Analysis", 1)  # paragraph 1
    cited = word.add_paragraph("Agencies shared information late.")  # paragraph 2
    _cite(cited, "footnote", "2")
    cited.add_run(" The plan drifted.")
    _cite(cited, "endnote", "1")
    word.add_paragraph("The next paragraph.")
    _add_notes(word, "footnote", {"2": "The chronology gives the dates."})
    _add_notes(word, "endnote", {"1": "Agency reports, March 2021."})
    document = _read(word)
    assert _structure(document)[1:] == [
        ("paragraph", "Agencies shared information late. The plan drifted."),
        ("paragraph", "The chronology gives the dates."),
        ("paragraph", "Agency reports, March 2021."),
        ("paragraph", "The next paragraph."),
    ]
    assert document.origins is not None
    note = document.source.index("chronology gives")
    assert document.origins.locate(note) == Origin(34, paragraph=2)  # at the footnote mark
    after = document.source.index("next paragraph")
    assert document.origins.locate(after) == Origin(5, paragraph=3)


def test_a_table_nested_in_a_cell_is_counted_once() -> None:
    word = docx.Document()
    table = word.add_table(rows=1, cols=2)  # paragraphs 1 and 2 (the nested table's)
    table.cell(0, 0).text = ""
    table.cell(0, 0).paragraphs[0]._p.getparent().remove(table.cell(0, 0).paragraphs[0]._p)
    table.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "Inner note."
    table.cell(0, 1).text = "Outer."  # paragraph 3
    word.add_paragraph("After the table.")  # paragraph 4
    document = _read(word)
    assert document.origins is not None
    place = document.origins.locate(document.source.index("After the table"))
    assert place == Origin(1, paragraph=4)


def test_locations_are_paragraph_and_character() -> None:
    word = docx.Document()
    word.add_heading("Introduction", 1)  # paragraph 1
    word.add_paragraph("")  # paragraph 2, empty but counted
    word.add_paragraph("The *plan* was agreed.")  # paragraph 3
    document = _read(word)
    assert document.origins is not None
    offset = document.source.index("was agreed")
    assert document.origins.locate(offset) == Origin(12, paragraph=3)
    assert document.origins.locate(document.source.index("Introduction")) == Origin(1, paragraph=1)
    assert document.origins.locate(0) == Origin(1, paragraph=1)  # the "# " of the heading


def test_text_output_names_paragraph_locations(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(markdown_to_docx(GOOD.read_text(encoding="utf-8")))
    result = CliRunner().invoke(main, ["check", "--format", "concise", str(draft)])
    lines = [line for line in result.output.splitlines() if line.startswith(str(draft))]
    assert lines, result.output
    assert all(re.match(rf"^{re.escape(str(draft))}:¶\d+:\d+: ", line) for line in lines)


def test_code_frames_number_the_paragraph_not_the_markdown_line(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Practice", 1)  # paragraph 1
    word.add_paragraph("")  # paragraph 2
    word.add_paragraph("The CIN plan was closed.")  # paragraph 3: CIN is not defined
    draft = tmp_path / "draft.docx"
    word.save(draft)
    output = CliRunner().invoke(main, ["check", "--select", "RDB007", str(draft)]).output
    assert f"{draft}:¶3:5: RDB007" in output
    assert re.search(r"^ ¶3 \| The CIN plan was closed\.$", output, re.MULTILINE), output
    assert not re.search(r"^ \d+ \|", output, re.MULTILINE)


def test_json_gives_paragraph_and_character_for_word_documents(tmp_path: Path) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(markdown_to_docx(GOOD.read_text(encoding="utf-8")))
    result = CliRunner().invoke(main, ["check", "--format", "json", str(draft)])
    findings = json.loads(result.output)["files"][0]["findings"]
    assert findings
    for finding in findings:
        start, end = finding["start"], finding["end"]
        assert start["paragraph"] >= 1 and start["character"] >= 1
        assert (end["paragraph"], end["character"]) >= (start["paragraph"], start["character"])
    markdown = CliRunner().invoke(main, ["check", "--format", "json", str(GOOD)])
    assert "paragraph" not in json.loads(markdown.output)["files"][0]["findings"][0]["start"]


def _encrypted() -> bytes:
    # Enough of an OLE compound file for the check: the signature and a directory entry name.
    return (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le")
    )


def _bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    return out.getvalue()


def _broken_xml() -> bytes:
    source = io.BytesIO(_bytes(docx.Document()))
    out = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w") as broken:
        for item in original.infolist():
            data = original.read(item.filename)
            broken.writestr(
                item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data
            )
    return out.getvalue()


BAD = {
    "encrypted.docx": (_encrypted, "password-protected"),
    "old.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as .docx"),
    "text.docx": (lambda: b"just some text", "not a zip archive"),
    "broken.docx": (_broken_xml, "not a valid Word document"),
    "bomb.docx": (_bomb, "zip bomb"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_word_files_are_one_line_errors_and_the_batch_goes_on(
    name: str, tmp_path: Path
) -> None:
    make, expected = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(make())
    good = tmp_path / "good.docx"
    good.write_bytes(markdown_to_docx("# Review\n\n## Introduction\n\nChild A is seven.\n"))
    result = CliRunner().invoke(main, ["check", "--format", "concise", str(bad), str(good)])
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if str(bad) in line]
    assert len(errors) == 1 and expected in errors[0], result.output
    assert "Traceback" not in result.output
    assert f"{good}:¶" in result.output


def test_an_old_doc_file_says_to_save_as_docx() -> None:
    with pytest.raises(InputError, match=r"save the file as \.docx"):
        reader_for("draft.doc")


def test_docx_files_are_reports_and_read_from_bytes() -> None:
    assert is_report_file("a/draft.DOCX")
    data = markdown_to_docx("# Review\n\nText.\n")
    document, warnings = parse_bytes("draft.docx", data, reader_for("draft.docx"))
    assert document.kind == "docx" and warnings == []
    with pytest.raises(InputError, match="read from their bytes"):
        reader_for("draft.docx")("draft.docx", "text")


def test_a_folder_check_skips_the_lock_file_word_keeps_beside_an_open_draft(
    tmp_path: Path,
) -> None:
    (tmp_path / "draft.docx").write_bytes(markdown_to_docx("# Review\n\nText.\n"))
    (tmp_path / "~$draft.docx").write_bytes(b"\x0bJane Smith" + b"\x00" * 150)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(tmp_path / "draft.docx")]
    assert "~$" not in result.output


def test_a_draft_saved_by_libreoffice_reads_as_its_markdown(engine: Engine, tmp_path: Path) -> None:
    """LibreOffice writes lists its own way: each item may get its own numbering instance of a
    shared list definition, counting on from the one before unless it starts again."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    report = FIXTURES / "reports" / "overview@2010" / "good.md"  # two lists: 1-3, then 4-6
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(report.with_suffix(".docx"), source / "good.docx")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path),
            str(source / "good.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    resaved = engine.check_file(tmp_path / "good.docx")
    assert resaved.error is None
    assert {(f.code, f.section) for f in resaved.findings} == {
        (f.code, f.section) for f in engine.check_file(report).findings
    }
    document = read_docx("good.docx", (tmp_path / "good.docx").read_bytes(), LIMIT)
    assert "\n4. All agencies represented" in document.source
