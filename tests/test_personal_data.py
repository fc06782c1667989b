"""Personal data is never echoed (issue 5, item 4), and redaction (item 5).

A report with planted identifiers of every kind is checked in every output format; no planted
string may appear in what scrlint writes, in its logs or in its error messages.
``--show-personal-data`` reveals them in the text format only.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrlint.cli import main
from scrlint.formatters import formatters
from tests.conftest import markdown_to_docx

PLANTED = {
    "Kayden": "a first name beside a pseudonym",
    "Okonjo": "a surname",
    "Helen Marsh": "a practitioner",
    "3 July 2016": "a date of birth",
    "943 476 5919": "an NHS number",
    "AB 12 34 56 C": "a National Insurance number",
    "HB4 2QT": "a postcode",
    "14 Alder Close": "a street address",
    "07700 900123": "a phone number",
    "ada.okonjo@example.org": "an email address",
    "Brookfield Primary School": "a school",
    "Elm Tree Surgery": "a GP practice",
    "Bluebell Ward": "a ward",
    "Dravet syndrome": "a rare diagnosis",
}
REPORT = """\
# Local Child Safeguarding Practice Review: Child A

## Contact with Mrs Okonjo

Child A (known as Kayden) was born on 3 July 2016. Her NHS number is 943 476 5919 and her
mother's National Insurance number is AB 12 34 56 C.

Mrs Okonjo lived at 14 Alder Close, Harbury HB4 2QT; her phone number was 07700 900123 and
her email address ada.okonjo@example.org. Child A attended Brookfield Primary School.

Dr Helen Marsh, the GP at Elm Tree Surgery, referred Child A to Bluebell Ward.
There, Dravet syndrome was diagnosed. The CAMHS team should have seen Child A sooner.

## Recommendations

1. Agencies should consider the learning from this review.
"""


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "review.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.output + (result.stderr if result.stderr_bytes else "")


def _leaks(text: str) -> list[str]:
    return [planted for planted in PLANTED if planted in text]


@pytest.mark.parametrize("output_format", sorted(formatters()))
def test_no_output_format_echoes_personal_data(output_format: str, report: Path) -> None:
    code, output = _check(str(report), "--format", output_format, "--profile", "lcspr@2023")
    assert code == 1, output
    assert "ANO0" in output
    assert _leaks(output) == []


@pytest.mark.parametrize("output_format", sorted(formatters()))
def test_no_output_format_echoes_personal_data_from_a_word_draft(
    output_format: str, tmp_path: Path
) -> None:
    """Code frames of a Word draft show its paragraphs rather than Markdown: masked all the same."""
    draft = tmp_path / "review.docx"
    draft.write_bytes(markdown_to_docx(REPORT))
    code, output = _check(str(draft), "--format", output_format, "--profile", "lcspr@2023")
    assert code == 1, output
    assert "ANO0" in output
    assert _leaks(output) == []


def test_identifiers_written_with_markdown_escapes_are_masked_as_shown(tmp_path: Path) -> None:
    """A Word draft's underscores are escaped in the Markdown it is read as, not where shown."""
    draft = tmp_path / "review.docx"
    draft.write_bytes(
        markdown_to_docx(
            "# Review of Child A\n\n## Letters from jane_doe_77@example.com\n\n"
            "Mother rang 07700 900123 and wrote from jane_doe_77@example.com.\n"
        )
    )
    for output_format in ("text", "json"):
        _code, output = _check(str(draft), "--format", output_format, "--select", "ANO")
        assert output.count("ANO009") == 2, output
        assert "jane_doe_77" not in output and "07700 900123" not in output, output


def test_every_planted_identifier_is_found(report: Path) -> None:
    _code, output = _check(str(report), "--format", "json", "--select", "ANO")
    findings = json.loads(output)["files"][0]["findings"]
    source = report.read_text(encoding="utf-8")
    found = {source[f["start"]["offset"] : f["end"]["offset"]] for f in findings}
    assert all(f["personal_data"] for f in findings)
    missed = [p for p in PLANTED if not any(p in text or text in p for text in found)]
    assert missed == []


def test_a_heading_that_holds_a_name_is_masked_in_every_findings_section(report: Path) -> None:
    _code, output = _check(str(report), "--format", "json")
    sections = {f["section"] for f in json.loads(output)["files"][0]["findings"]}
    assert {"Contact with M** O*****"} <= sections and _leaks(str(sections)) == []


def test_the_text_format_shows_personal_data_only_when_asked(report: Path) -> None:
    _code, masked = _check(str(report), "--select", "ANO")
    assert _leaks(masked) == [] and "K*****" in masked
    _code, shown = _check(str(report), "--select", "ANO", "--show-personal-data")
    assert "Kayden" in shown and "943 476 5919" in shown
    _code, machine = _check(str(report), "--format", "json", "--show-personal-data")
    assert _leaks(machine) == []


def test_logs_carry_no_personal_data(report: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        _check(str(report), "--format", "json")
    assert _leaks(caplog.text) == []


def test_redact_replaces_each_identifier_and_keeps_one_placeholder_per_person(
    report: Path, tmp_path: Path
) -> None:
    out, mapping = tmp_path / "redacted.md", tmp_path / "mapping.json"
    result = CliRunner().invoke(main, ["redact", str(report), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert report.read_text(encoding="utf-8") == REPORT, "the input is never modified"
    redacted = out.read_text(encoding="utf-8")
    assert _leaks(redacted) == [] and _leaks(result.output) == []
    assert not mapping.exists(), "the mapping is written only when asked for"
    assert "[NHS number 1]" in redacted and "Child A" in redacted
    again = CliRunner().invoke(main, ["check", str(out), "--select", "ANO"])
    assert again.exit_code == 0, again.output

    CliRunner().invoke(main, ["redact", str(report), "-o", str(out), "--mapping", str(mapping)])
    table = json.loads(mapping.read_text(encoding="utf-8"))
    assert table["[NHS number 1]"] == ["943 476 5919"]
    (okonjo,) = [p for p, texts in table.items() if any("Okonjo" in t for t in texts)]
    assert out.read_text(encoding="utf-8").count(okonjo) == 2, "one placeholder for one person"


def test_redact_writes_a_word_draft_as_markdown_and_never_as_word(tmp_path: Path) -> None:
    draft = tmp_path / "review.docx"
    draft.write_bytes(markdown_to_docx(REPORT))
    as_word = CliRunner().invoke(main, ["redact", str(draft), "-o", str(tmp_path / "r.docx")])
    assert as_word.exit_code == 2 and "name the copy .md" in as_word.output
    assert not (tmp_path / "r.docx").exists()
    out = tmp_path / "review.md"
    result = CliRunner().invoke(main, ["redact", str(draft), "-o", str(out)])
    assert result.exit_code == 0, result.output
    redacted = out.read_text(encoding="utf-8")
    assert _leaks(redacted) == [] and "[NHS number 1]" in redacted


def test_redact_never_overwrites_its_input(report: Path) -> None:
    result = CliRunner().invoke(main, ["redact", str(report), "-o", str(report)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "never overwrites" in result.output
    assert report.read_text(encoding="utf-8") == REPORT


def test_redact_reports_an_unreadable_input_in_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    result = CliRunner().invoke(main, ["redact", str(missing), "-o", str(tmp_path / "o.md")])
    assert result.exit_code == 2
    assert result.output.startswith("scrlint: error:") and result.output.count("\n") == 1
    assert not (tmp_path / "o.md").exists()


@pytest.mark.parametrize(
    ("profile", "severity"),
    [
        ("lcspr@2023", "error"),
        ("exec-summary@2010", "error"),
        ("response@2013", "error"),
        ("imr@2010", "info"),
        ("health-overview@2010", "info"),
        ("rapid-review@2023", "warning"),
        ("generic", "warning"),
    ],
)
def test_the_profile_decides_the_severity(profile: str, severity: str, report: Path) -> None:
    _code, output = _check(str(report), "--format", "json", "--select", "ANO", "--profile", profile)
    levels = {(f["code"], f["severity"]) for f in json.loads(output)["files"][0]["findings"]}
    assert ("ANO004", severity) in levels and ("ANO001", severity) in levels
    assert ("ANO012", "info") in levels


PSEUDONYMOUS = """\
# Local Child Safeguarding Practice Review: Ellie

## Background

Ellie lived with Mother and Mrs Okafor, her grandmother. Ellie told her teacher she was hungry.
"""


def _names_flagged(tmp_path: Path, text: str, config: str = "") -> set[str]:
    report = tmp_path / "review.md"
    report.write_text(text, encoding="utf-8")
    if config:
        (tmp_path / "scrlint.toml").write_text(config, encoding="utf-8")
    _code, output = _check(str(report), "--format", "json", "--select", "ANO001")
    source = report.read_text(encoding="utf-8")
    findings = json.loads(output)["files"][0]["findings"]
    return {source[f["start"]["offset"] : f["end"]["offset"]] for f in findings}


def test_an_undeclared_first_name_is_a_personal_name(tmp_path: Path) -> None:
    assert "Ellie" in _names_flagged(tmp_path, PSEUDONYMOUS)


def test_the_config_declares_pseudonyms(tmp_path: Path) -> None:
    flagged = _names_flagged(tmp_path, PSEUDONYMOUS, 'pseudonyms = ["Ellie"]\n')
    assert "Ellie" not in flagged and any("Okafor" in name for name in flagged)


def test_the_front_matter_declares_pseudonyms(tmp_path: Path) -> None:
    declared = "---\nscrlint:\n  pseudonyms: [Ellie]\n---\n" + PSEUDONYMOUS
    flagged = _names_flagged(tmp_path, declared)
    assert "Ellie" not in flagged and any("Okafor" in name for name in flagged)


def test_front_matter_pseudonyms_must_be_a_list_of_names(tmp_path: Path) -> None:
    report = tmp_path / "review.md"
    report.write_text("---\nscrlint:\n  pseudonyms: Ellie\n---\n" + PSEUDONYMOUS, encoding="utf-8")
    code, output = _check(str(report))
    assert code == 2 and "scrlint.pseudonyms: must be a list of names" in output
    assert _leaks(output) == []


def test_config_show_lists_the_pseudonyms(tmp_path: Path) -> None:
    (tmp_path / "scrlint.toml").write_text('pseudonyms = ["Ellie", "Jay"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["config", "show", str(tmp_path)])
    assert json.loads(result.output)["pseudonyms"] == ["Ellie", "Jay"]
