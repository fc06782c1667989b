"""Terms of art that need an example or evidence beside them (``rules/readability/jargon.yaml``).

The terms and the cues that show a term is explained are data, so that they can be reviewed
and extended without touching the rule.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrlint.bundled import pack_root
from scrlint.errors import PackError
from scrlint.validation import problems
from scrlint.yamlfile import read_data_file

JARGON_FILE = Path("readability") / "jargon.yaml"


@dataclass(frozen=True)
class Term:
    """A term of art: its name in messages, how it is written, and what should explain it."""

    name: str
    pattern: re.Pattern[str]
    explain: str
    explained_by: re.Pattern[str] | None = None  # right after the term: "stepped down to …"
    evidence: re.Pattern[str] | None = None  # in the sentence or the next: the trio's parts


@dataclass(frozen=True)
class JargonTable:
    """The terms, and the patterns that show a use of one is explained or only discussed."""

    terms: tuple[Term, ...]
    trigger: tuple[str, ...]  # words of which every use of a term holds one
    cues: re.Pattern[str]  # an example, evidence or a definition in a sentence
    after_term: re.Pattern[str]  # a definition right after the term
    discussed: re.Pattern[str]  # the term talked about as a term, right before it
    # right before the term: it names what the sentence before described ("This is called …")
    named_before: re.Pattern[str] | None = None

    def may_use_a_term(self, text: str) -> bool:
        """Whether ``text`` holds a trigger word, without which it cannot use a term."""
        lowered = text.lower()
        return any(word in lowered for word in self.trigger)

    def explained(self, sentence: str) -> bool:
        """Whether ``sentence`` gives an example, evidence or a definition."""
        return bool(self.cues.search(sentence))


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise PackError(f"{where}: invalid regular expression: {exc}") from None


def _cues(cues: list[str], where: str) -> re.Pattern[str]:
    """One pattern for all the cues; a bad one is named by its index."""
    try:
        return re.compile("|".join(f"(?:{cue})" for cue in cues), re.IGNORECASE)
    except re.error:
        for i, cue in enumerate(cues):
            _compile(cue, f"{where}: cues[{i}]")
        raise


def parse_jargon(data: Any, where: str) -> JargonTable:
    """Build the table from parsed YAML.

    Raises:
        PackError: naming ``where`` and each problem.
    """
    found = problems(data, "jargon.schema.json", source=where)
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    terms = tuple(
        Term(
            t["name"],
            _compile(t["pattern"], f"{where}: terms[{i}].pattern"),
            t["explain"],
            *(
                _compile(t[key], f"{where}: terms[{i}].{key}") if key in t else None
                for key in ("explained_by", "evidence")
            ),
        )
        for i, t in enumerate(data["terms"])
    )
    return JargonTable(
        terms,
        tuple(data["trigger"]),
        _cues(data["cues"], where),
        _compile(data["after_term"], f"{where}: after_term"),
        _compile(data["discussed"], f"{where}: discussed"),
        _compile(data["named_before"], f"{where}: named_before")
        if "named_before" in data
        else None,
    )


def load_jargon_file(path: Path) -> JargonTable:
    """Read and validate a jargon table.

    Raises:
        PackError: the file is unreadable or invalid.
    """
    data = read_data_file(path, "jargon table")
    return parse_jargon(data, str(path))


@functools.cache
def load_jargon() -> JargonTable:
    """The bundled table, read once per process."""
    return load_jargon_file(pack_root() / JARGON_FILE)
