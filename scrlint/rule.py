"""The Rule API: a rule's identity and docs are fields; its behaviour is one ``check`` method.

Python rules subclass :class:`Rule` and set ``meta``; YAML rules are instances of a kind class
built from a pack file. Both look the same to the registry, the engine and the docs.
"""

from __future__ import annotations

import abc
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from scrlint.errors import PackError
from scrlint.finding import Finding, Fix, Severity, fingerprint

if TYPE_CHECKING:
    from scrlint.config import Config
    from scrlint.document import Document
    from scrlint.nlp import NlpLayer
    from scrlint.profiles.detect import ProfileChoice
    from scrlint.profiles.model import Profile

CODE_RE = re.compile(r"^[A-Z]{3}[0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

FAMILIES: Mapping[str, str] = {
    "STR": "structure",
    "IND": "independence",
    "FAM": "family-involvement",
    "CHV": "child-voice",
    "ANA": "analysis",
    "REC": "recommendations",
    "RDB": "readability",
    "ANO": "anonymisation",
    "TIM": "timescales",
    "CIT": "citations",
    "EQD": "equality",
    "SLT": "scrlint",
}
DIMENSIONS = (
    "structure",
    "independence",
    "child-focus",
    "family-involvement",
    "analysis",
    "recommendations",
    "readability",
    "publication-readiness",
    "tool",
)
NLP_NEEDS = frozenset({"tokens", "sentences", "pos", "parse", "ents"})


@dataclass(frozen=True)
class Citation:
    """A source in ``reference/domain.md`` (e.g. S38) and what the rule takes from it."""

    source: str
    text: str
    label: str = "U"  # evidence label: C, C-sec, C-local, U


@dataclass(frozen=True)
class Example:
    """A short document that must make the rule fire (bad) or stay quiet (good)."""

    text: str
    profile: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Option:
    """A rule option: its default, what it means, and a JSON Schema for its value."""

    default: Any
    description: str
    schema: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Measured:
    """Precision and recall on the rule's labelled set (``fixtures/labelled/<CODE>.yml``).

    A test re-measures them, so the figures in the docs cannot go stale.
    """

    precision: float
    recall: float
    positives: int
    negatives: int

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.2f}, recall {self.recall:.2f} on "
            f"{self.positives} positive and {self.negatives} near-miss negative passages"
        )


@dataclass(frozen=True)
class RuleMeta:
    """Everything about a rule except its behaviour."""

    code: str
    name: str
    severity: Severity
    dimension: str
    summary: str
    rationale: str
    limitations: str
    guidance: tuple[Citation, ...] = ()
    bad: tuple[Example, ...] = ()
    good: tuple[Example, ...] = ()
    options: Mapping[str, Option] = field(default_factory=dict)
    needs: frozenset[str] = frozenset()
    default_enabled: bool = True
    origin: str = "builtin"
    measured: Measured | None = None

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def family_name(self) -> str:
        return FAMILIES.get(self.family, self.family.lower())

    def validate(self, where: str) -> None:
        """Check the fields' shapes.

        Raises:
            PackError: naming ``where`` (a file or class) and the bad field.
        """
        problems = []
        if not CODE_RE.fullmatch(self.code):
            problems.append(f"code {self.code!r} must be three capitals and three digits")
        if not NAME_RE.fullmatch(self.name):
            problems.append(f"name {self.name!r} must be kebab-case")
        if self.dimension not in DIMENSIONS:
            problems.append(f"dimension {self.dimension!r} must be one of {', '.join(DIMENSIONS)}")
        if not self.needs <= NLP_NEEDS:
            problems.append(f"needs {sorted(self.needs - NLP_NEEDS)} are not NLP components")
        if problems:
            raise PackError(f"{where}: " + "; ".join(problems))


class Rule(abc.ABC):
    """Base of every rule. Subclasses set ``meta`` (Python rules) or receive it (YAML kinds)."""

    meta: ClassVar[RuleMeta]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        meta = cls.__dict__.get("meta")
        if meta is not None:
            meta.validate(f"{cls.__module__}.{cls.__qualname__}")

    @abc.abstractmethod
    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        """Yield the findings of this rule in ``ctx.document``."""


@dataclass
class RuleContext:
    """What one rule sees while checking one document."""

    meta: RuleMeta
    document: Document
    profile: Profile
    options: Mapping[str, Any]
    severity: Severity
    nlp: NlpLayer | None = None
    profile_choice: ProfileChoice | None = None
    config: Config | None = None  # the document's settings beyond rule options (e.g. glossary)

    def language(self) -> NlpLayer:
        """The NLP layer, for rules that declare ``needs``.

        Raises:
            NlpUnavailable: there is none (the engine reports the rule as skipped instead).
        """
        if self.nlp is None:
            from scrlint.nlp import NlpUnavailable

            raise NlpUnavailable("no NLP layer was given to this check")
        return self.nlp

    def finding(
        self,
        message: str,
        start: int,
        end: int,
        *,
        anchor: str | None = None,
        fix: Fix | None = None,
        citation: str = "",
        personal_data: bool = False,
    ) -> Finding:
        """Build a finding of this rule over source offsets [start, end).

        ``anchor`` is the text the fingerprint is computed from; by default the source lines
        the finding covers, so that the fingerprint survives lines moving above it.
        """
        document = self.document
        first = document.position(start)
        last = document.position(max(start, end))
        if anchor is None:
            lines = document.lines
            anchor = document.source[lines.line_start(first.line) : lines.line_end(last.line)]
        section = document.section_at(start)
        return Finding(
            code=self.meta.code,
            name=self.meta.name,
            severity=self.severity,
            message=message,
            start=first,
            end=last,
            dimension=self.meta.dimension,
            section=section.path if section is not None else "",
            fingerprint=fingerprint(self.meta.code, anchor),
            citation=citation or _first_citation(self.meta),
            fix=fix,
            personal_data=personal_data,
        )


def _first_citation(meta: RuleMeta) -> str:
    return meta.guidance[0].source if meta.guidance else ""
