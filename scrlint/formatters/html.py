"""A self-contained HTML page for people: each report's grade and scorecard, its findings by
section with each rule's explanation a click away, and the document with the findings
highlighted.

One file with inline CSS and a little inline JavaScript (``html_page.html``, package data), so
that it can be mailed or archived and opened offline. The document text is shown with every
personal-data span masked, as the text format's code frames are, unless
``--show-personal-data`` was given; so is every other occurrence of the run's personal data,
wherever it would appear (a rule's explanation quotes the kinds of name it looks for).
Deterministic: no timestamps, findings in source order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape
from importlib import resources
from string import Template
from typing import TextIO

from scrlint.engine import FileResult
from scrlint.finding import Finding, Severity
from scrlint.formatters.common import plural
from scrlint.grade import DimensionScore
from scrlint.personal_data import mask, masked, personal_texts
from scrlint.report import RunReport
from scrlint.rule import RuleMeta

_NO_SECTION = "Before the first heading"


@dataclass(frozen=True)
class _Page:
    """What every part of the page needs: the rules' docs, and the personal data to hide."""

    rules: Mapping[str, RuleMeta]
    personal: list[str] | None  # None: --show-personal-data

    def text(self, value: str) -> str:
        """``value`` escaped for HTML, with the run's personal data masked."""
        return escape(value if self.personal is None else masked(value, self.personal))


def write_html(report: RunReport, out: TextIO, color: bool) -> None:
    """Write the page; ``color`` is ignored (the page always has its colours)."""
    page = _Page({meta.code: meta for meta in report.rules}, run_personal_texts(report))
    body = [_header(report)]
    body.append("<main>")
    for number, result in enumerate(report.checked, 1):
        body.append(_file(result, f"r{number}", page))
    body.append("</main>")
    body.append(_footer(report))
    out.write(
        _template().substitute(
            title=escape(_title(report)), version=escape(report.version), body="\n".join(body)
        )
    )


def run_personal_texts(report: RunReport) -> list[str] | None:
    """Every personal text any report of the run holds, longest first (None: show them)."""
    if report.reveal_personal_data:
        return None
    texts = {
        text
        for result in report.checked
        if result.lines is not None
        for text in personal_texts(result.findings, result.lines.text)
    }
    return sorted(texts, key=lambda text: (-len(text), text))


def _template() -> Template:
    text = resources.files("scrlint.formatters").joinpath("html_page.html").read_text("utf-8")
    return Template(text)


def _title(report: RunReport) -> str:
    paths = [r.path for r in report.results]
    return "scrlint: " + (paths[0] if len(paths) == 1 else plural(len(paths), "report"))


def _header(report: RunReport) -> str:
    counts = report.counts()
    parts = [plural(counts[s], str(s)) for s in (Severity.ERROR, Severity.WARNING)]
    parts.append(f"{counts[Severity.INFO]} info")
    found = plural(sum(counts.values()), "finding")
    summary = f"{plural(len(report.checked), 'report')} checked: {found} ({', '.join(parts)})"
    suppressed = sum(r.suppressed for r in report.checked)
    if suppressed:
        summary += f"; {suppressed} suppressed"
    return (
        f"<header><h1>{escape(_title(report))}</h1>"
        f'<p class="summary">{escape(summary)}.</p></header>'
    )


def _footer(report: RunReport) -> str:
    """Files that could not be checked, and run warnings; messages are masked by the engine."""
    items = [
        f'<li class="problems">{escape(r.path)}: {escape(r.error or "")}</li>'
        for r in report.failed
    ]
    items += [f"<li>warning: {escape(w)}</li>" for w in report.warnings]
    listed = f"<ul>{''.join(items)}</ul>" if items else ""
    return f"<footer>{listed}<p>Written by scrlint {escape(report.version)}.</p></footer>"


def _file(result: FileResult, prefix: str, page: _Page) -> str:
    parts = [f'<article class="report" id="{prefix}">', f"<h2>{escape(result.path)}</h2>"]
    parts.append(_scorecard(result))
    parts.append(_findings(result.findings, prefix, page))
    if result.lines is not None:
        source = result.lines.text
        if page.personal is not None:
            source = masked_source(source, result.findings, page.personal)
        marked = highlight(source, result.findings, prefix, page.text)
        parts.append("<h3>Document</h3>")
        parts.append(f'<pre class="document">{marked}</pre>')
    parts.append("</article>")
    return "\n".join(parts)


def _scorecard(result: FileResult) -> str:
    """The grade and how it was reached, worded as in the text format's scorecard."""
    grade = result.grade
    band = str(grade.band)
    weakest = min(grade.dimensions, key=lambda d: d.score)
    parts = ['<section class="scorecard">']
    if result.profile is not None:
        choice = result.profile
        parts.append(
            f'<p class="profile">Profile <code>{escape(choice.profile.id)}</code> '
            f"({escape(choice.source)})</p>"
        )
    parts.append(
        f'<p class="grade">Graded <span class="band band-{band}" data-band="{band}">{band}</span>'
        f' <span class="score">{grade.score}/100</span></p>'
        f'<p class="how">70% the mean of the dimensions, 30% the weakest '
        f"({escape(weakest.name)} at {weakest.score}).</p>"
    )
    if grade.limited_by:
        limits = "".join(f"<li>capped at inadequate by {escape(r)}</li>" for r in grade.limited_by)
        parts.append(f'<ul class="limits">{limits}</ul>')
    rows = "".join(_dimension_row(d) for d in grade.dimensions)
    parts.append(f'<table class="dimensions"><tbody>{rows}</tbody></table>')
    parts.append("</section>")
    return "\n".join(parts)


def _dimension_row(dimension: DimensionScore) -> str:
    counts = [
        plural(n, str(s)) if s is not Severity.INFO else f"{n} info"
        for s, n in (
            (Severity.ERROR, dimension.errors),
            (Severity.WARNING, dimension.warnings),
            (Severity.INFO, dimension.infos),
        )
        if n
    ]
    return (
        f'<tr data-dimension="{escape(dimension.name)}"><th scope="row">{escape(dimension.name)}'
        f'</th><td class="score">{dimension.score}</td><td><meter min="0" max="100" low="50" '
        f'high="70" optimum="100" value="{dimension.score}"></meter></td>'
        f'<td class="counts">{escape(", ".join(counts))}</td></tr>'
    )


def group_by_section(findings: Iterable[Finding]) -> dict[str, list[tuple[int, Finding]]]:
    """The findings, numbered in source order, under their sections in order of first
    appearance (a report reads top to bottom)."""
    groups: dict[str, list[tuple[int, Finding]]] = {}
    for number, finding in enumerate(findings, 1):
        groups.setdefault(finding.section or _NO_SECTION, []).append((number, finding))
    return groups


def _findings(findings: list[Finding], prefix: str, page: _Page) -> str:
    if not findings:
        return '<h3>Findings</h3><p class="findings none">No findings.</p>'
    parts = ["<h3>Findings</h3>"]
    for section, numbered in group_by_section(findings).items():
        parts.append(f'<section class="group"><h4>{page.text(section)}</h4><ol class="findings">')
        parts += [_finding(f, f"{prefix}-{n}", page) for n, f in numbered]
        parts.append("</ol></section>")
    return "\n".join(parts)


def _finding(finding: Finding, ident: str, page: _Page) -> str:
    severity = str(finding.severity)
    where = f"line {finding.start.line}, column {finding.start.column}"
    return (
        f'<li class="finding sev-{severity}" id="{ident}" data-code="{escape(finding.code)}">'
        f'<code class="code">{escape(finding.code)}</code> '
        f'<span class="severity">{severity}</span> '
        f'<span class="message">{page.text(finding.message)}</span> '
        f'<a class="where" href="#{ident}-m">{where}</a>'
        f"{_explanation(finding, page)}</li>"
    )


def _explanation(finding: Finding, page: _Page) -> str:
    """The rule's documentation, folded: what it checks, why, what it cannot see, guidance."""
    title = f"{finding.code} {finding.name}"
    meta = page.rules.get(finding.code)
    if meta is None:
        cited = f"<p>Guidance: {page.text(finding.citation)}</p>" if finding.citation else ""
        return f"<details><summary>About {escape(title)}</summary>{cited}</details>"
    about = [
        f"<p>{page.text(meta.summary)}</p>",
        f"<p><strong>Why it matters.</strong> {page.text(meta.rationale)}</p>",
        f"<p><strong>What it cannot see.</strong> {page.text(meta.limitations)}</p>",
    ]
    if meta.guidance:
        cites = "".join(
            f"<li>{escape(c.source)} [{escape(c.label)}]: {page.text(c.text)}</li>"
            for c in meta.guidance
        )
        about.append(f"<p><strong>Guidance</strong></p><ul>{cites}</ul>")
    return (
        f"<details><summary>About {escape(title)}</summary>"
        f'<div class="about">{"".join(about)}</div></details>'
    )


def masked_source(source: str, findings: list[Finding], personal: list[str]) -> str:
    """The source with each personal-data span, and every occurrence of a ``personal`` text,
    masked.

    Masking keeps the length, so the findings' offsets still point at the right text. Spans
    are masked by offset first, so that overlapping identifiers are all covered.
    """
    chars = source
    for finding in findings:
        if finding.personal_data:
            start, end = finding.start.offset, finding.end.offset
            chars = chars[:start] + mask(chars[start:end]) + chars[end:]
    return masked(chars, personal)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    ident: str
    finding: Finding


def highlight(
    source: str, findings: list[Finding], prefix: str, text: Callable[[str], str] = escape
) -> str:
    """The escaped source with one ``<mark>`` per finding, nested where spans nest; ``text``
    escapes (and masks) the messages shown in the marks' titles.

    A span that crosses the end of another is split: its first piece carries the id and the
    code, the later pieces only ``data-finding`` (so that counting ``mark[data-code]`` counts
    findings). An empty span becomes an empty mark that shows its code.
    """
    size = len(source)
    spans = [
        _Span(
            min(f.start.offset, size),
            min(max(f.end.offset, f.start.offset), size),
            f"{prefix}-{n}",
            f,
        )
        for n, f in enumerate(findings, 1)
    ]
    opening = sorted(spans, key=lambda s: (s.start, -s.end, s.ident))
    bounds = sorted({0, size} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    position = 0
    waiting = 0
    for bound in bounds:
        out.append(escape(source[position:bound]))
        position = bound
        reopen: list[_Span] = []
        while any(s.end == bound for s in stack):
            span = stack.pop()
            out.append("</mark>")
            if span.end != bound:
                reopen.append(span)
        for span in reversed(reopen):
            out.append(_open(span, text, first=False))
            stack.append(span)
        while waiting < len(opening) and opening[waiting].start == bound:
            span = opening[waiting]
            waiting += 1
            out.append(_open(span, text, first=True))
            if span.end == bound:
                out.append("</mark>")
            else:
                stack.append(span)
    return "".join(out)


def _open(span: _Span, text: Callable[[str], str], first: bool) -> str:
    finding = span.finding
    classes = f"sev-{finding.severity}" + (" point" if span.start == span.end else "")
    if not first:
        return f'<mark class="{classes} cont" data-finding="{span.ident}">'
    title = text(f"{finding.code} {finding.severity}: {finding.message}")
    return (
        f'<mark class="{classes}" id="{span.ident}-m" data-finding="{span.ident}" '
        f'data-code="{escape(finding.code)}" title="{title}">'
    )
