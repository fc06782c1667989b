"""Suppression comments: ``<!-- scrlint-disable CODE -- reason -->`` and friends.

Forms: ``scrlint-disable``/``scrlint-enable`` (a range), ``scrlint-disable-next-line`` (the next
line with text) and ``scrlint-disable-file``. Codes are rule codes, names or prefixes, separated by
commas or spaces; none means every rule. Text after `` -- `` is the reason, which is required to
suppress an error. Unknown codes, unused suppressions and reasonless error suppressions are
reported as SLT findings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from scrlint.document import Comment, Document
from scrlint.finding import Finding, Severity
from scrlint.registry import Registry

_DIRECTIVE = re.compile(
    r"^scrlint-(?P<verb>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<codes>.*?)(?:\s--\s*(?P<reason>.*))?$",
    re.DOTALL,
)
UNKNOWN_CODE, UNUSED, NO_REASON = "SLT002", "SLT003", "SLT004"
_OWN_CODES = frozenset({UNKNOWN_CODE, UNUSED, NO_REASON})


@dataclass
class Directive:
    """One parsed suppression comment and the source range it covers.

    An ``enable`` that re-enables only some codes of an open range closes it and opens a
    continuation for the rest; a continuation reports its use to the comment it came from.
    """

    comment: Comment
    verb: str
    codes: frozenset[str] | None  # None: every rule
    reason: str
    start: int = 0
    end: int = 0
    excluded: frozenset[str] = frozenset()
    used: bool = False
    reported_no_reason: bool = False
    selectors: tuple[str, ...] = field(default=())
    origin: Directive | None = None

    @property
    def root(self) -> Directive:
        return self.origin.root if self.origin is not None else self

    def covers(self, finding: Finding) -> bool:
        in_range = self.start <= finding.start.offset < self.end
        code = finding.code
        named = self.codes is None or code in self.codes
        return in_range and named and code not in self.excluded

    def continued(
        self, start: int, end: int, codes: frozenset[str] | None, excluded: frozenset[str]
    ) -> Directive:
        """The part of this open range that an ``enable`` left disabled."""
        return Directive(
            self.comment,
            self.verb,
            codes,
            self.reason,
            start,
            end,
            excluded,
            selectors=self.selectors,
            origin=self,
        )


def _enable(
    open_ranges: list[Directive], enable: Directive, at: int, after: int, end_of_text: int
) -> list[Directive]:
    """Close the open ranges ``enable`` touches; return continuations for codes it left out."""
    continuations: list[Directive] = []
    for opened in open_ranges:
        if opened.end != end_of_text:
            continue
        if enable.codes is None:
            opened.end = at
        elif opened.codes is None:
            opened.end = at
            continuations.append(
                opened.continued(after, end_of_text, None, opened.excluded | enable.codes)
            )
        elif opened.codes & enable.codes:
            opened.end = at
            rest = opened.codes - enable.codes
            if rest:
                continuations.append(opened.continued(after, end_of_text, rest, opened.excluded))
    return continuations


@dataclass
class Suppressed:
    """Findings after suppressions, the number hidden, and the SLT findings about comments."""

    findings: list[Finding]
    hidden: int


Report = Callable[[str, str, int, int], Finding | None]


def _next_line_range(document: Document, comment: Comment) -> tuple[int, int]:
    lines = document.lines
    line = document.position(comment.end).line + 1
    while line <= lines.line_count and not lines.line_text(line).strip():
        line += 1
    if line > lines.line_count:
        return len(document.source), len(document.source)
    return lines.line_start(line), lines.line_end(line) + 1


def parse_directives(
    document: Document, registry: Registry, report: Report
) -> tuple[list[Directive], list[Finding]]:
    """Parse the document's scrlint comments into directives with their ranges."""
    directives: list[Directive] = []
    problems: list[Finding] = []
    open_ranges: list[Directive] = []
    end_of_text = len(document.source)
    for comment in document.comments:
        if not comment.text.startswith("scrlint-"):
            continue
        match = _DIRECTIVE.match(comment.text)
        if match is None:
            found = report(
                UNKNOWN_CODE,
                f"Unknown scrlint directive '{comment.text.split()[0]}'; "
                "use scrlint-disable, -enable, -disable-next-line or -disable-file.",
                comment.start,
                comment.end,
            )
            problems.extend([found] if found else [])
            continue
        selectors = tuple(s for s in re.split(r"[\s,]+", match.group("codes").strip()) if s)
        codes: set[str] | None = None if not selectors else set()
        for selector in selectors:
            resolved = registry.resolve(selector)
            if resolved is None:
                found = report(
                    UNKNOWN_CODE,
                    f"'{selector}' in this suppression names no rule.",
                    comment.start,
                    comment.end,
                )
                problems.extend([found] if found else [])
            elif codes is not None:
                codes.update(resolved)
        directive = Directive(
            comment,
            match.group("verb"),
            None if codes is None else frozenset(codes),
            (match.group("reason") or "").strip(),
            selectors=selectors,
        )
        if directive.verb == "enable":
            continuations = _enable(open_ranges, directive, comment.start, comment.end, end_of_text)
            open_ranges.extend(continuations)
            directives.extend(continuations)
            continue
        if directive.codes is not None and not directive.codes:
            continue  # every code was unknown; already reported
        if directive.verb == "disable-file":
            directive.start, directive.end = 0, end_of_text
        elif directive.verb == "disable-next-line":
            directive.start, directive.end = _next_line_range(document, comment)
        else:
            directive.start, directive.end = comment.end, end_of_text
            open_ranges.append(directive)
        directives.append(directive)
    return directives, problems


def apply(
    findings: Iterable[Finding],
    directives: list[Directive],
    enabled: set[str],
    report: Report,
) -> Suppressed:
    """Drop covered findings; report reasonless error suppressions and unused directives."""
    kept: list[Finding] = []
    hidden = 0
    extra: list[Finding] = []
    for finding in findings:
        covering = [d for d in directives if finding.code not in _OWN_CODES and d.covers(finding)]
        if not covering:
            kept.append(finding)
            continue
        with_reason = [d for d in covering if d.reason]
        if finding.severity is Severity.ERROR and not with_reason:
            kept.append(finding)
            for directive in (d.root for d in covering):
                directive.used = True
                if not directive.reported_no_reason:
                    directive.reported_no_reason = True
                    found = report(
                        NO_REASON,
                        f"Suppressing the error {finding.code} needs a "
                        "reason: add ' -- why' to the comment.",
                        directive.comment.start,
                        directive.comment.end,
                    )
                    extra.extend([found] if found else [])
            continue
        for directive in with_reason or covering:
            directive.root.used = True
        hidden += 1
    for directive in directives:
        if directive.origin is not None:
            continue
        relevant = directive.codes is None or bool(directive.codes & enabled)
        if not directive.used and relevant:
            found = report(
                UNUSED,
                f"This suppression ({directive.verb} "
                f"{' '.join(directive.selectors) or 'all rules'}) silences nothing.",
                directive.comment.start,
                directive.comment.end,
            )
            extra.extend([found] if found else [])
    return Suppressed(kept + extra, hidden)
