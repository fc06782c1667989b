"""``scrlint annotate``: a copy of a Word draft with a comment on each finding's text."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from scrlint import annotate
from scrlint.cli import main
from scrlint.document import BlockKind
from scrlint.document.docx import read_docx
from scrlint.document.docx_body import body_paragraphs, text_pieces
from scrlint.engine import Engine
from scrlint.finding import Finding, Position, Severity
from scrlint.plugins import LoadedPlugins
from tests.conftest import markdown_to_docx
from tests.test_docx import _tracked

_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
TITLE = "Review of Child A"


def _draft() -> bytes:
    """A draft with a phrase split across plain, bold and tracked-insertion runs, a tab, a
    tracked deletion, a table and a reviewer's comment."""
    word = docx.Document()
    word.add_heading(TITLE, 0)
    word.add_heading("Introduction", 1)
    visit = word.add_paragraph("The nurse\tmet the mother ")
    _tracked(visit._p, "w:del", "twice ")
    visit.add_run("in or")
    visit.add_run("der t").bold = True
    visit.add_run("o plan the visit, and ")
    _tracked(visit._p, "w:ins", "prior")
    visit.add_run(" to the meeting she rang the health visitor.")
    noted = word.add_paragraph("The family moved house in the spring.")
    word.add_comment(noted.runs, text="Check this date", author="Editor", initials="ED")
    word.add_heading("Action plan", 1)
    table = word.add_table(rows=2, cols=2)
    for cell, text in zip(table.rows[0].cells, ["Agency", "Action"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["Health", "Staff met in order to agree the plan."], strict=True
    ):
        cell.text = text
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _texts(word: WordDocument) -> list[str]:
    return ["".join(t for _n, t in text_pieces(p)) for p in body_paragraphs(word.element.body)]


def _commented(word: WordDocument) -> dict[int, str]:
    """Each comment's id and the text between its range start and end, as the reader reads it."""
    texts: dict[int, str] = {}
    opened: set[int] = set()
    for paragraph in body_paragraphs(word.element.body):
        pieces = dict(text_pieces(paragraph))
        for element in paragraph.iter():
            if element.tag == qn("w:commentRangeStart"):
                opened.add(int(element.get(qn("w:id"))))
            elif element.tag == qn("w:commentRangeEnd"):
                opened.discard(int(element.get(qn("w:id"))))
            elif element in pieces:
                for number in opened:
                    texts[number] = texts.get(number, "") + pieces[element]
    return texts


def _annotate(draft: Path, reviewed: Path) -> Any:
    return CliRunner().invoke(main, ["annotate", str(draft), "-o", str(reviewed)])


def _findings(draft: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["check", "--format", "json", str(draft)])
    return list(json.loads(result.output)["files"][0]["findings"])


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes, Any]:
    folder = tmp_path_factory.mktemp("annotate")
    draft, reviewed = folder / "draft.docx", folder / "draft.reviewed.docx"
    original = _draft()
    draft.write_bytes(original)
    return draft, reviewed, original, _annotate(draft, reviewed)


def test_one_comment_per_finding_on_exactly_the_flagged_text(
    annotated: tuple[Path, Path, bytes, Any],
) -> None:
    draft, reviewed, _original, result = annotated
    findings = _findings(draft)
    assert result.exit_code == 0, result.output
    assert f"scrlint: added {len(findings)} comments to {reviewed}" in result.output
    word = docx.Document(str(reviewed))
    ours = [c for c in word.comments if c.author == "scrlint"]
    assert len(ours) == len(findings) and {c.initials for c in ours} == {"SL"}
    paragraphs = _texts(docx.Document(str(draft)))
    commented = _commented(word)
    flagged: list[str] = []
    for comment, finding in zip(ours, findings, strict=True):
        assert comment.text.startswith(finding["message"])
        assert f"{finding['code']} {finding['name']} ({finding['severity']})" in comment.text
        start, end = finding["start"], finding["end"]
        if start["paragraph"] == end["paragraph"]:
            text = paragraphs[start["paragraph"] - 1]
            expected = text[start["character"] - 1 : end["character"] - 1]
            assert commented[comment.comment_id] == expected, finding["code"]
            flagged.append(expected)
    # planted across plain, bold and inserted runs, after a tab and a deletion, and in a table
    assert flagged.count("in order to") == 2 and "prior to" in flagged
    # findings about the whole report sit on its title
    whole = [c for c in ours if c.text.split("\n")[1].startswith("CHV001")]
    assert [commented[c.comment_id] for c in whole] == [TITLE]
    assert "Check this date" not in json.dumps(findings)


def test_the_comment_gives_the_rules_one_line_summary(
    annotated: tuple[Path, Path, bytes, Any],
) -> None:
    _draft_path, reviewed, _original, _result = annotated
    word = docx.Document(str(reviewed))
    wordy = next(c for c in word.comments if "RDB002" in c.text)
    assert wordy.text.split("\n")[2] == "A wordy phrase has a plainer alternative."


def test_the_text_formatting_and_the_original_are_unchanged(
    annotated: tuple[Path, Path, bytes, Any],
) -> None:
    draft, reviewed, original, _result = annotated
    assert draft.read_bytes() == original
    before, after = docx.Document(io.BytesIO(original)), docx.Document(str(reviewed))
    assert _texts(after) == _texts(before)
    bold = ["".join(r.text for r in p.runs if r.bold) for p in after.paragraphs]
    assert "der t" in bold
    # a word processor drops the space at either end of a split run's text unless told not to
    spaced = [t for t in after.element.body.iter(qn("w:t")) if t.text != (t.text or "").strip()]
    assert {t.get(_SPACE) for t in spaced} == {"preserve"}


def test_the_drafts_own_comments_are_kept(annotated: tuple[Path, Path, bytes, Any]) -> None:
    _draft_path, reviewed, _original, _result = annotated
    word = docx.Document(str(reviewed))
    theirs = [c for c in word.comments if c.author == "Editor"]
    assert [c.text for c in theirs] == ["Check this date"]
    assert _commented(word)[theirs[0].comment_id] == "The family moved house in the spring."


def _soffice(source: Path, target: str, folder: Path) -> Path:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs libreoffice-writer-nogui")
    profile = folder / "profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    converted = folder / "out" / f"{source.stem}.{target}"
    assert done.returncode == 0 and converted.is_file(), done.stderr
    return converted


def test_libreoffice_opens_the_copy_with_the_comments_in_place(
    annotated: tuple[Path, Path, bytes, Any], tmp_path: Path
) -> None:
    draft, reviewed, _original, _result = annotated
    odt = _soffice(reviewed, "odt", tmp_path)
    with zipfile.ZipFile(odt) as archive:
        content = etree.fromstring(archive.read("content.xml"))
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    dc = "http://purl.org/dc/elements/1.1/"
    creators = [a.findtext(f"{{{dc}}}creator") for a in content.iter(f"{{{office}}}annotation")]
    assert creators.count("scrlint") == len(_findings(draft))
    assert creators.count("Editor") == 1
    # the range of a wordy-phrase comment is still exactly the phrase
    ranges = _odt_ranges(content, office)
    assert "in order to" in ranges.values() and "prior to" in ranges.values()


def _odt_ranges(content: etree._Element, office: str) -> dict[str, str]:
    """Each named annotation's text, from its office:annotation to its office:annotation-end."""
    texts: dict[str, str] = {}
    opened: set[str] = set()

    def walk(node: etree._Element) -> None:
        for child in node:
            if child.tag == f"{{{office}}}annotation":
                opened.add(child.get(f"{{{office}}}name", ""))
            elif child.tag == f"{{{office}}}annotation-end":
                opened.discard(child.get(f"{{{office}}}name", ""))
            else:
                for name in opened:
                    texts[name] = texts.get(name, "") + (child.text or "")
                walk(child)
            for name in opened:
                texts[name] = texts.get(name, "") + (child.tail or "")

    walk(content)
    return texts


def test_an_empty_draft_gets_its_comments_on_an_empty_run(tmp_path: Path) -> None:
    draft, reviewed = tmp_path / "empty.docx", tmp_path / "empty.reviewed.docx"
    docx.Document().save(str(draft))
    result = _annotate(draft, reviewed)
    assert result.exit_code == 0, result.output
    word = docx.Document(str(reviewed))
    assert len(word.comments) == len(_findings(draft)) > 0
    assert _texts(word) == [""]


def test_a_finding_with_no_characters_covers_its_paragraph() -> None:
    data = markdown_to_docx("# Review\n\n## Introduction\n\nChild A is seven.\n")
    document = read_docx("draft.docx", data, 10**7)
    assert document.origins is not None
    word = docx.Document(io.BytesIO(data))
    paragraphs = list(body_paragraphs(word.element.body))
    at = document.source.index("is seven")
    place = Position(at, 1, 1, 0)
    finding = Finding("RDB002", "wordy-phrase", Severity.INFO, "m", place, place, "readability")
    first, last = annotate._anchor(word, paragraphs, document.origins, finding)
    runs = list(paragraphs[2].iter(qn("w:r")))
    assert (first, last) == (runs[0], runs[-1])


@pytest.mark.parametrize(
    ("name", "output", "expected"),
    [
        ("draft.md", "out.docx", "annotate writes Word comments; give it a .docx file"),
        ("draft.docx", "draft.docx", "is the input; annotate never overwrites it"),
        ("broken.docx", "out.docx", "not a valid Word document (.docx)"),
        ("missing.docx", "out.docx", "missing.docx: no such file"),
        ("draft.docx", "no/folder/out.docx", "out.docx: cannot write"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    name: str, output: str, expected: str, tmp_path: Path
) -> None:
    (tmp_path / "draft.md").write_text("# Review\n\nChild A is seven.\n", encoding="utf-8")
    (tmp_path / "draft.docx").write_bytes(markdown_to_docx("# Review\n\nChild A is seven.\n"))
    (tmp_path / "broken.docx").write_bytes(b"just some text")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = _annotate(tmp_path / name, tmp_path / output)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 1 and lines[0].startswith("scrlint: error: ") and expected in lines[0]
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_a_draft_changed_during_the_check_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(markdown_to_docx("# Review\n\nChild A is seven.\n"))
    check_paths = Engine.check_paths

    def check_then_overwrite(self: Engine, *args: Any) -> Any:
        results = list(check_paths(self, *args))
        draft.write_bytes(b"saved over")
        return iter(results)

    monkeypatch.setattr(Engine, "check_paths", check_then_overwrite)
    result = _annotate(draft, tmp_path / "out.docx")
    assert result.exit_code == 2
    assert re.search(r"not a valid Word document \(\.docx\) any more$", result.output.strip())
    assert not (tmp_path / "out.docx").exists()


def test_paragraphs_are_numbered_as_the_reader_numbers_them() -> None:
    word = docx.Document()
    word.add_heading("Review", 1)
    word.add_paragraph("")
    controlled = word.add_paragraph("Inside a content control.")
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    controlled._p.addprevious(sdt)
    sdt.append(content)
    content.append(controlled._p)
    table = word.add_table(rows=3, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Row {r} cell {c}."
    properties = OxmlElement("w:trPr")
    properties.append(OxmlElement("w:del"))
    table.rows[1]._tr.insert(0, properties)  # a deleted row: not read, not counted
    table.cell(2, 1).add_paragraph("A second paragraph in the cell.")
    word.add_paragraph("After the table.")
    out = io.BytesIO()
    word.save(out)
    document = read_docx("draft.docx", out.getvalue(), 10**7)
    assert document.origins is not None
    texts = _texts(word)
    seen = []
    for block in document.blocks():
        origin = document.origins.locate(block.source_span()[0])
        assert origin is not None and origin.paragraph is not None
        text = texts[origin.paragraph - 1]
        if block.kind is BlockKind.TABLE_CELL and origin.paragraph == len(texts) - 2:
            text += " " + texts[origin.paragraph]  # the cell's two paragraphs, one block
        assert text[origin.character - 1 :] == block.text
        seen.append(origin.paragraph)
    assert seen == [1, 3, 4, 5, 6, 7, 9]
    assert len(texts) == 9 and "Row 1 cell 0." not in texts


def test_a_plugin_that_failed_to_load_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "draft.docx"
    draft.write_bytes(markdown_to_docx("# Review\n\nChild A is seven.\n"))
    broken = LoadedPlugins(failures={"broken": "plugin broken failed to load"})
    monkeypatch.setattr("scrlint.engine.load_plugins", lambda: broken)
    result = _annotate(draft, tmp_path / "out.docx")
    assert result.exit_code == 0
    assert "scrlint: warning: plugin broken failed to load" in result.output.splitlines()
