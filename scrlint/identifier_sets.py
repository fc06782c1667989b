"""Labelled identifier sets (``fixtures/anonymisation``) and the ANO rules measured on them.

Each passage lists every identifier it holds, by exact text and kind; a passage with none is a
near miss. Every ANO rule runs on every passage; a finding counts for the kind its message
names, and it is right when it overlaps a labelled identifier of that kind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from scrlint.config import Config
from scrlint.engine import Engine, Overrides
from scrlint.finding import Finding
from scrlint.identifiers import Kind

PASSAGE_PATH = "passage.md"


@dataclass(frozen=True)
class LabelledIdentifier:
    text: str
    kind: Kind


@dataclass(frozen=True)
class Passage:
    """One labelled passage, placed under a heading in a small report."""

    text: str
    identifiers: tuple[LabelledIdentifier, ...]
    profile: str
    section: str
    note: str = ""

    @property
    def prefix(self) -> str:
        return f"# Review report\n\n## {self.section}\n\n"

    def document(self) -> str:
        return f"{self.prefix}{self.text.strip()}\n"

    def spans(self) -> list[tuple[int, int, Kind]]:
        """Every occurrence of every labelled identifier, in document offsets."""
        body, start = self.text.strip(), len(self.prefix)
        found = []
        for identifier in self.identifiers:
            at = body.find(identifier.text)
            if at < 0:
                raise ValueError(f"{identifier.text!r} is not in its passage")
            while at >= 0:
                found.append((start + at, start + at + len(identifier.text), identifier.kind))
                at = body.find(identifier.text, at + 1)
        return found


def load_passages(path: Path) -> list[Passage]:
    """Read one labelled file.

    Raises:
        ValueError: the file is malformed (an unknown kind, a label not in its passage).
    """
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    passages = []
    for item in data["items"]:
        labelled = tuple(
            LabelledIdentifier(str(i["text"]), Kind(i["kind"])) for i in item["identifiers"]
        )
        passage = Passage(
            text=str(item["text"]),
            identifiers=labelled,
            profile=item.get("profile", data["profile"]),
            section=item.get("section", data.get("section", "Background")),
            note=item.get("note", ""),
        )
        passage.spans()  # every label must be in its passage
        passages.append(passage)
    return passages


def finding_kind(finding: Finding) -> Kind | None:
    """The kind an ANO finding's message names (messages open with the kind)."""
    message = finding.message.lower()
    return next((k for k in Kind if message.startswith(k.description.lower())), None)


@dataclass
class KindScore:
    """One kind's counts: labels found and missed, findings right and wrong."""

    labels: int = 0
    found: int = 0
    findings: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.labels if self.labels else 1.0


def measure_passages(
    passages: list[Passage], engine: Engine, codes: tuple[str, ...] = ("ANO",)
) -> tuple[dict[Kind, KindScore], int]:
    """Score the ANO rules per kind; also return how many near-miss passages there were."""
    scores: dict[Kind, KindScore] = {kind: KindScore() for kind in Kind}
    for passage in passages:
        overrides = Overrides(profile=passage.profile, select=codes)
        result = engine.check_text(passage.document(), PASSAGE_PATH, Config(), overrides)
        findings = [(f, finding_kind(f)) for f in result.findings if f.code.startswith("ANO")]
        spans = passage.spans()
        for start, end, kind in spans:
            scores[kind].labels += 1
            if any(k == kind and _overlap(f, start, end) for f, k in findings):
                scores[kind].found += 1
            else:
                scores[kind].misses.append(f"missed {passage.text[:120]!r}")
        for finding, found_kind in findings:
            if found_kind is None:
                continue
            score = scores[found_kind]
            score.findings += 1
            if any(k == found_kind and _overlap(finding, s, e) for s, e, k in spans):
                score.right += 1
            else:
                score.misses.append(f"wrongly flagged in {passage.text[:120]!r}")
    near_misses = Counter(not p.identifiers for p in passages)[True]
    return scores, near_misses


def _overlap(finding: Finding, start: int, end: int) -> bool:
    return finding.start.offset < end and start < finding.end.offset
