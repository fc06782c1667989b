"""The grade: a score per dimension, an overall score and the Ofsted-style band (DESIGN §4).

Each dimension starts at 100 and loses points for its findings: an error costs 30, a warning
12, a piece of advice (info) 1, at most 10 in all, so that style advice never sinks a report.
The overall score is 70% the mean of the dimensions and 30% the weakest one: a report is only
as good as its weakest part, partly. Bands: outstanding from 85, good from 70, adequate from
50, else inadequate. A limiting finding — identifying personal data in a report meant for
publication, no independence statement, an author who admits involvement — caps the grade at
inadequate whatever the score. Calibrated on the fixture reports (tests/test_grade.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import IntEnum

from scrlint.finding import Finding, Severity

DIMENSIONS = (
    "structure",
    "independence",
    "child-focus",
    "family-involvement",
    "analysis",
    "recommendations",
    "readability",
    "publication-readiness",
)
COST = {Severity.ERROR: 30, Severity.WARNING: 12, Severity.INFO: 1}
MAX_INFO_COST = 10
WEAKEST_SHARE = 0.3


class Band(IntEnum):
    """The grade, worst first, so that comparisons mean 'at least as good'."""

    INADEQUATE = 1
    ADEQUATE = 2
    GOOD = 3
    OUTSTANDING = 4

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Band:
        try:
            return cls[text.upper()]
        except KeyError:
            raise ValueError(f"unknown grade {text!r}") from None


_FLOORS = ((85, Band.OUTSTANDING), (70, Band.GOOD), (50, Band.ADEQUATE))
# Errors that cap the grade, with the reason shown. ANO is a family: its findings are errors
# only in reports meant for publication.
_LIMITING = {
    "ANO": "identifying personal data in a report meant for publication",
    "IND001": "no statement of the author's independence",
    "IND002": "the author says they were involved in the case",
}


@dataclass(frozen=True)
class DimensionScore:
    name: str
    score: int
    errors: int = 0
    warnings: int = 0
    infos: int = 0


@dataclass(frozen=True)
class Grade:
    """How one report grades, with what it takes to explain it."""

    band: Band
    score: int
    dimensions: tuple[DimensionScore, ...]
    limited_by: tuple[str, ...] = field(default=())  # "reason (CODE, ...)" per limiting reason

    def as_dict(self) -> dict[str, object]:
        return {
            "grade": str(self.band),
            "score": self.score,
            "dimensions": {d.name: d.score for d in self.dimensions},
            "limited_by": list(self.limited_by),
        }


def grade(findings: Iterable[Finding]) -> Grade:
    """Grade a report by its (unsuppressed) findings."""
    found = list(findings)
    dimensions = tuple(
        _dimension(name, [f for f in found if f.dimension == name]) for name in DIMENSIONS
    )
    scores = [d.score for d in dimensions]
    mean = sum(scores) / len(scores)
    score = round((1 - WEAKEST_SHARE) * mean + WEAKEST_SHARE * min(scores))
    band = next((b for floor, b in _FLOORS if score >= floor), Band.INADEQUATE)
    codes: dict[str, list[str]] = {}
    for finding in found:
        if (reason := _limit(finding)) is not None and finding.code not in codes.get(reason, []):
            codes.setdefault(reason, []).append(finding.code)
    limited_by = tuple(f"{reason} ({', '.join(sorted(c))})" for reason, c in codes.items())
    return Grade(Band.INADEQUATE if limited_by else band, score, dimensions, limited_by)


def _dimension(name: str, findings: list[Finding]) -> DimensionScore:
    counts = {s: sum(f.severity is s for f in findings) for s in Severity}
    cost = (
        COST[Severity.ERROR] * counts[Severity.ERROR]
        + COST[Severity.WARNING] * counts[Severity.WARNING]
        + min(MAX_INFO_COST, COST[Severity.INFO] * counts[Severity.INFO])
    )
    return DimensionScore(
        name,
        max(0, 100 - cost),
        counts[Severity.ERROR],
        counts[Severity.WARNING],
        counts[Severity.INFO],
    )


def _limit(finding: Finding) -> str | None:
    if finding.severity is not Severity.ERROR:
        return None
    return _LIMITING.get(finding.code) or _LIMITING.get(finding.code[:3])
