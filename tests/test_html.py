"""The HTML report (issue 6, item 5): a self-contained page with the grade and scorecard, the
findings by section with each rule's explanation, and the document with findings highlighted.

The browser test opens the page in headless Chromium (Debian's ``chromium`` and
``chromium-driver``; .ci/run installs them) and saves a screenshot under
build/test-artefacts/.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrlint.cli import main
from scrlint.document.lines import LineIndex
from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.formatters.html import group_by_section, highlight, write_html
from scrlint.report import RunReport
from scrlint.rule import Citation, RuleMeta
from tests.conftest import ROOT

FLAWED = "fixtures/reports/lcspr@2018/flawed.md"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTEFACTS = ROOT / "build" / "test-artefacts"


def _finding(
    lines: LineIndex,
    start: int,
    end: int,
    code: str = "REC001",
    *,
    section: str = "",
    message: str = "A message.",
    severity: Severity = Severity.WARNING,
    personal_data: bool = False,
) -> Finding:
    return Finding(
        code=code,
        name="a-rule",
        severity=severity,
        message=message,
        start=lines.position(start),
        end=lines.position(end),
        dimension="recommendations",
        section=section,
        personal_data=personal_data,
    )


def _page(report: RunReport) -> str:
    out = io.StringIO()
    write_html(report, out, False)
    return out.getvalue()


class _Tags(HTMLParser):
    """The start tags of a page with their attributes, and whether every element closes."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] in {"pre", "mark"}:
            self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.open == [], "every element is closed"
    return parser


def _marks(parser: _Tags) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parser.tags if tag == "mark"]


def test_markup_in_the_source_messages_and_sections_is_escaped() -> None:
    source = '# A & B <i>\n\n<script>alert("x")</script> and "quotes".\n'
    lines = LineIndex(source)
    start = source.index("<script>")
    finding = _finding(
        lines, start, start + 8, section="A & B <i>", message='Say "who" <b>does</b> it.'
    )
    page = _page(RunReport([FileResult("a<b>.md", [finding], lines=lines)]))
    parser = _parse(page)
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "<i>" not in page and "A &amp; B &lt;i&gt;" in page
    assert "&lt;b&gt;does&lt;/b&gt;" in page and "a&lt;b&gt;.md" in page
    assert "".join(parser.text) == source, "the document text survives highlighting"
    scripts = [tag for tag, _ in parser.tags if tag == "script"]
    assert len(scripts) == 1, "only the page's own script"


def test_personal_data_is_masked_everywhere_unless_revealed() -> None:
    source = "# Review\n\nJane Smith visited. Later Jane Smith moved; see 12 Oak Road.\n"
    lines = LineIndex(source)
    first = source.index("Jane Smith")
    road = source.index("12 Oak Road")
    findings = [
        _finding(lines, first, first + 10, "ANO001", personal_data=True),
        _finding(lines, road, road + 11, "ANO007", personal_data=True),
        _finding(lines, first, len(source) - 1, "RDB001"),
    ]
    result = FileResult("review.md", findings, lines=lines)
    page = _page(RunReport([result]))
    assert "Jane" not in page and "Smith" not in page and "Oak Road" not in page
    assert page.count("J*** S****") == 2 and "1* O** R***" in page
    shown = _page(RunReport([result], reveal_personal_data=True))
    assert shown.count("Jane Smith") == 2 and "12 Oak Road" in shown


def test_the_runs_personal_data_is_masked_in_other_reports_and_rule_explanations() -> None:
    flagged = LineIndex("Jane Smith visited.\n")
    other = LineIndex("Jane Smith again.\n")
    meta = RuleMeta(
        code="ANO001",
        name="personal-name",
        severity=Severity.ERROR,
        dimension="publication-readiness",
        summary="A personal name.",
        rationale="'Child A (Jane Smith)' undoes a pseudonym.",
        limitations="None.",
    )
    results = [
        FileResult("a.md", [_finding(flagged, 0, 10, "ANO001", personal_data=True)], lines=flagged),
        FileResult("b.md", [_finding(other, 11, 16, "ANO001")], lines=other),
    ]
    page = _page(RunReport(results, rules=(meta,)))
    assert "Jane Smith" not in page
    assert page.count("J*** S****") == 4, "two documents and two explanations"


def test_findings_are_grouped_by_section_in_order_of_first_appearance() -> None:
    source = "x" * 40
    lines = LineIndex(source)
    findings = [
        _finding(lines, 0, 1, section=""),
        _finding(lines, 2, 3, section="Analysis"),
        _finding(lines, 4, 5, section="Recommendations"),
        _finding(lines, 6, 7, section="Analysis"),
    ]
    groups = group_by_section(findings)
    assert list(groups) == ["Before the first heading", "Analysis", "Recommendations"]
    assert [n for n, _ in groups["Analysis"]] == [2, 4]
    page = _page(RunReport([FileResult("r.md", findings, lines=lines)]))
    headings = re.findall(r"<h4>(.*?)</h4>", page)
    assert headings == ["Before the first heading", "Analysis", "Recommendations"]
    ids = [attrs["id"] for tag, attrs in _parse(page).tags if tag == "li"]
    assert ids == ["r1-1", "r1-2", "r1-4", "r1-3"], "numbered in source order, listed by section"


def test_highlights_nest_split_where_they_cross_and_mark_empty_spans() -> None:
    source = "0123456789abcdefghij"
    lines = LineIndex(source)
    findings = [
        _finding(lines, 0, 10, "AAA001"),
        _finding(lines, 0, 4, "BBB001"),
        _finding(lines, 5, 15, "CCC001"),
        _finding(lines, 18, 18, "DDD001"),
    ]
    parser = _parse(f"<pre>{highlight(source, findings, 'r1')}</pre>")
    assert "".join(parser.text) == source
    marks = _marks(parser)
    assert [m["data-code"] for m in marks if "data-code" in m] == [
        "AAA001",
        "BBB001",
        "CCC001",
        "DDD001",
    ]
    pieces = [m for m in marks if "data-code" not in m]
    assert [(m["data-finding"], m["class"]) for m in pieces] == [("r1-3", "sev-warning cont")]
    assert marks[-1]["class"] == "sev-warning point"


def test_the_scorecard_and_each_rule_explanation_are_on_the_page() -> None:
    source = "# Review\n\nNothing.\n"
    lines = LineIndex(source)
    finding = _finding(lines, 11, 18, "IND001", severity=Severity.ERROR)
    meta = RuleMeta(
        code="IND001",
        name="no-independence-statement",
        severity=Severity.ERROR,
        dimension="independence",
        summary="Says who is independent.",
        rationale="Readers must trust the review.",
        limitations="Cannot judge real independence.",
        guidance=(Citation("S38", "Reviewers should be independent.", "C"),),
    )
    result = FileResult("review.md", [finding], lines=lines)
    page = _page(RunReport([result], rules=(meta,)))
    grade = result.grade
    assert f'data-band="{grade.band}"' in page and f"{grade.score}/100" in page
    assert "capped at inadequate by no statement of the author&#x27;s independence" in page
    assert page.count("<tr data-dimension=") == len(grade.dimensions)
    assert "<details><summary>About IND001 a-rule</summary>" in page
    for text in ("Readers must trust the review.", "Cannot judge real", "S38 [C]: Reviewers"):
        assert text in page


def _check(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 1, result.output
    return result.output


def test_the_page_is_self_contained_and_deterministic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    _check(FLAWED, "--format", "html", "-o", str(first))
    _check(FLAWED, "--format", "html", "-o", str(second))
    page = first.read_text(encoding="utf-8")
    assert page == second.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"""(src|href)=["'](?!#)""", page), "no external assets or links"
    assert str(ROOT) not in page, "no absolute paths the user did not pass"
    _parse(page)


def _json_expectations() -> tuple[str, int]:
    """The grade and the number of findings with a span in the text, from the json format."""
    source = (ROOT / FLAWED).read_text(encoding="utf-8")
    (result,) = json.loads(_check(FLAWED, "--format", "json"))["files"]
    spans = [
        f
        for f in result["findings"]
        if 0 <= f["start"]["offset"] <= f["end"]["offset"] <= len(source)
    ]
    return result["grade"]["grade"], len(spans)


@pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
    reason="needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
)
def test_the_page_in_headless_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    monkeypatch.chdir(ROOT)
    page = tmp_path / "report.html"
    _check(FLAWED, "--format", "html", "-o", str(page))
    grade, spans = _json_expectations()

    options = webdriver.ChromeOptions()
    for argument in ("--headless", "--no-sandbox", "--disable-gpu"):
        options.add_argument(argument)
    options.add_argument("--disable-background-networking")
    options.add_argument("--window-size=1280,1000")
    options.binary_location = CHROMIUM
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    try:
        driver.get(page.as_uri())
        assert driver.find_element(By.CSS_SELECTOR, ".grade .band").text.lower() == grade
        assert len(driver.find_elements(By.CSS_SELECTOR, "mark[data-code]")) == spans

        details = driver.find_elements(By.CSS_SELECTOR, "li.finding details")[0]
        about = details.find_element(By.CSS_SELECTOR, ".about")
        assert not about.is_displayed()
        details.find_element(By.TAG_NAME, "summary").click()
        assert details.get_attribute("open") is not None and about.is_displayed()
        assert "Why it matters" in about.text

        mark = driver.find_elements(By.CSS_SELECTOR, "mark[data-code]")[1]
        driver.execute_script("arguments[0].scrollIntoView()", mark)
        mark.click()
        assert driver.execute_script("return location.hash") == "#" + str(
            mark.get_attribute("data-finding")
        ), "a highlight links to its finding"

        driver.execute_script("window.scrollTo(0, 0)")
        height = driver.execute_script("return document.body.scrollHeight")
        driver.set_window_size(1280, min(int(height), 12000))
        shot = tmp_path / "html-report.png"
        assert driver.save_screenshot(str(shot))
    finally:
        driver.quit()
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(shot, ARTEFACTS / "html-report.png")
    assert shot.stat().st_size > 10_000
