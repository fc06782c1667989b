"""Find citations of Acts ("the Children Act 1989") and of Working Together ("WT 2018") in prose.

Offsets are prose offsets within the text given, so a rule maps them to the source with
``Block.source_span``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass

YEAR = r"(?:1[89]|20)[0-9]{2}"
_YEAR_LIST = rf"(?P<years>{YEAR}(?:\s*(?:/|,|&|\band\b|\bor\b)\s*{YEAR}\b)*)"
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PUBLISHER = (
    r"(?:HM\s+Government|HMG|DfES|DfE|DCSF|DoH|DH|Department\s+(?:for|of)\s+[A-Z][a-z]+"
    r"(?:\s+(?:and|for)\s+[A-Z][a-z]+){0,3})\s*,?\s*"
)
_TITLE = r"(?:(?i:working\s+together\s+to\s+safeguard\s+children)|Working\s+Together)"

# "Act 1989", "Acts 1989 and 2004", "Act, 1989", "Act of 1989", "Act (1989)"
ACT_YEARS = re.compile(rf"\bActs?(?:\s*,|\s+of)?\s*(?P<open>\()?{_YEAR_LIST}\b(?(open)\)?)")
_WORKING_TOGETHER = (
    re.compile(
        rf"{_TITLE}(?:\s*(?P<open>\()\s*|\s*[,:]\s*|\s+)(?:{_PUBLISHER})?(?:{MONTH}\s+)?"
        rf"{_YEAR_LIST}\b(?(open)\)?)"
    ),
    re.compile(rf"\bWT(?:SC)?\s?{_YEAR_LIST}\b"),
    re.compile(
        rf"\b(?P<years>{YEAR})\s+(?:(?:edition|version|revision|update)\s+of\s+(?:the\s+)?)?"
        r"(?:Working\s+Together|WT)\b"
    ),
)

_MAY_CITE_GUIDANCE = re.compile(r"(?i:together)|WT")  # a cheap test before the full patterns

# Walking back from "Act": the words of a short title. Lower-case joining words and commas may
# sit inside a title ("Domestic Violence, Crime and Victims"); a parenthesis holds a qualifier
# ("Children (Leaving Care)").
_TITLE_TOKEN = re.compile(r"\([A-Z][^()\n]{0,40}\)|[\w'’-]+|,")
_JOINERS = frozenset({"and", "of", "for", "the", "from", "against"})
# Capitalised words that start a sentence or a reference rather than a title.
_STARTERS = frozenset(
    {"The", "A", "An", "Under", "In", "By", "As", "Per", "See", "Both", "Within", "Following",
     "Using", "Via", "Through", "And", "Of", "For", "This", "That", "Its", "Their", "Our"}
)  # fmt: skip
_LOOKBACK = 120


@dataclass(frozen=True)
class ActCitation:
    """An Act cited with its year(s): ``name`` is the short title without "Act"."""

    name: str
    years: tuple[int, ...]
    start: int
    end: int


@dataclass(frozen=True)
class GuidanceCitation:
    """A citation of an edition (or editions) of Working Together."""

    years: tuple[int, ...]
    start: int
    end: int


def _years(text: str) -> tuple[int, ...]:
    return tuple(int(y) for y in re.findall(YEAR, text))


def _title_before(text: str, end: int) -> list[tuple[str, int]]:
    """The tokens (and their offsets) of a possible short title ending just before ``end``."""
    kept: list[tuple[str, int]] = []
    after = end
    for token in reversed(list(_TITLE_TOKEN.finditer(text, max(0, end - _LOOKBACK), end))):
        word = token.group()
        if text[token.end() : after].strip() or not (
            word == "," or word[0] == "(" or word[0].isupper() or word in _JOINERS
        ):
            break  # not a title token, or something else sits between
        kept.append((word, token.start()))
        after = token.start()
    kept.reverse()
    return kept


def _candidates(tokens: list[tuple[str, int]]) -> Iterator[tuple[str, int]]:
    """The title as written without leading starters, then the part after its last "the"."""
    while tokens and (tokens[0][0] in _STARTERS or tokens[0][0] in _JOINERS or tokens[0][0] == ","):
        tokens = tokens[1:]
    words = [word for word, _start in tokens]
    if not words:
        return
    yield _join(words), tokens[0][1]
    if "the" in words:
        after_the = len(words) - words[::-1].index("the")
        if after_the < len(words):
            yield _join(words[after_the:]), tokens[after_the][1]


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" ,", ",").replace("’", "'")


@functools.cache
def _abbreviated(abbreviations: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(sorted(map(re.escape, abbreviations)))
    return re.compile(rf"\b(?P<abbr>{names})\s*(?P<open>\()?{_YEAR_LIST}\b(?(open)\)?)")


def find_acts(
    text: str, known: Collection[str], abbreviations: Mapping[str, str]
) -> Iterator[ActCitation]:
    """Yield, in order, every citation of an Act whose short title is in ``known`` or that is
    cited by one of ``abbreviations`` (abbreviation -> short title), with its years."""
    found = []
    for match in ACT_YEARS.finditer(text):
        for name, start in _candidates(_title_before(text, match.start())):
            if name in known:
                found.append(ActCitation(name, _years(match.group("years")), start, match.end()))
                break
    if abbreviations:
        for match in _abbreviated(frozenset(abbreviations)).finditer(text):
            name = abbreviations[match.group("abbr")]
            found.append(ActCitation(name, _years(match.group("years")), *match.span()))
    yield from sorted(found, key=lambda c: c.start)


def find_working_together(text: str) -> Iterator[GuidanceCitation]:
    """Yield every citation of Working Together with a year, in order, without overlaps."""
    if not _MAY_CITE_GUIDANCE.search(text):
        return
    found = sorted(
        (m.start(), m.end(), _years(m.group("years")))
        for pattern in _WORKING_TOGETHER
        for m in pattern.finditer(text)
    )
    last_end = -1
    for start, end, years in found:
        if start >= last_end:
            yield GuidanceCitation(years, start, end)
            last_end = end
