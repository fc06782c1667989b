"""The same report in Markdown, Word and PDF gives the same findings (issue 7, item 5).

Every fixture report has a .docx twin written from it by fixtures/make_documents.py and a .pdf
exported from that .docx by LibreOffice; both are committed. The findings of the three are
compared by rule code and section; their positions differ by nature. A fixture edited without
running the script again fails here, as does a reader that loses structure.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from scrlint.engine import Engine, FileResult
from tests.conftest import FIXTURES, markdown_to_docx

REPORTS = sorted((FIXTURES / "reports").glob("*/*.md"))
TWINS = [".docx", ".pdf"]


@cache
def _findings(engine: Engine, path: Path) -> frozenset[tuple[str, str]]:
    """The profile the report is checked as, and its findings' codes and sections."""
    result: FileResult = engine.check_file(path)
    assert result.error is None, f"{path.name}: {result.error}"
    assert result.profile is not None
    return frozenset(
        [("profile", result.profile.profile.id), *((f.code, f.section) for f in result.findings)]
    )


def _name(report: Path) -> str:
    return f"{report.parent.name}/{report.stem}"


def test_every_fixture_report_has_its_word_and_pdf_twins() -> None:
    missing = [
        str(report.with_suffix(suffix).relative_to(FIXTURES))
        for report in REPORTS
        for suffix in TWINS
        if not report.with_suffix(suffix).is_file()
    ]
    assert not missing, f"run fixtures/make_documents.py: missing {missing}"
    assert len(REPORTS) >= 20


@pytest.mark.parametrize("report", REPORTS, ids=_name)
def test_the_word_twin_is_what_the_script_writes_from_the_markdown_now(report: Path) -> None:
    """The committed .docx is byte-identical to a fresh conversion, so it is never stale."""
    written = markdown_to_docx(report.read_text(encoding="utf-8"))
    assert report.with_suffix(".docx").read_bytes() == written, (
        f"{_name(report)}.docx is stale: run fixtures/make_documents.py {report.name}"
    )


@pytest.mark.parametrize("suffix", TWINS)
@pytest.mark.parametrize("report", REPORTS, ids=_name)
def test_markdown_word_and_pdf_give_the_same_findings(
    engine: Engine, report: Path, suffix: str
) -> None:
    expected = _findings(engine, report)
    found = _findings(engine, report.with_suffix(suffix))
    assert len(expected) > 1, "a fixture with no findings would prove nothing"
    assert found == expected, (
        f"missing from {suffix}: {sorted(expected - found)}; extra: {sorted(found - expected)}"
    )
