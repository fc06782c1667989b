"""Full dates of birth and death: a day, month and year that a cue says is one.

A report may date every contact with the family, and those dates identify no one; a full date
of birth or death does, with a name or a postcode. So a date is taken only when a cue is about
it, next to it or joined to it by a few words that cannot start another event: "born on 3 July
2016", "DOB: 03/07/2016", "died in hospital on 3.7.16", "the death of Child A on 3 July 2016",
"3 July 2016 (DOB)", "On 3 July 2016 Baby T was born". "Baby T was born at 34 weeks and was
seen on 5 July 2016" dates the visit, and "born in March 2016" gives only a month; neither is
taken. Each date takes the kind of the nearest cue that fits.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from scrlint.dates import MONTHS, Precision, find_dates
from scrlint.identifiers.model import Identifier, Kind

_CUE = re.compile(
    r"(?<![\w\-])(?:"
    r"(?P<birth>date\s+of\s+birth|birth\s?date|born|birth|d\.o\.b\b\.?|dob)"
    r"|(?P<death>date\s+of\s+death|died|death|d\.o\.d\b\.?|dod|passed\s+away|"
    r"(?:was\s+)?(?:pronounced|declared|confirmed)\s+(?:dead|deceased|life\s+extinct))"
    r")(?!\w)",
    re.IGNORECASE,
)
# A cue that labels a date rather than telling of an event: "3 July 2016 (DOB)".
LABEL = re.compile(
    r"(?:date\s+of\s+(?:birth|death)|d\.?o\.?[bd]\.?|born|died|birth\s?date)\s*:?",
    re.IGNORECASE,
)
_REACH = 80  # the most characters between a cue and its date
_TOKEN = re.compile(r"\d{1,2}[:.]\d{2}\s?(?:am|pm)?|[\w'’\-]+|[^\w\s]", re.IGNORECASE)

# Between a cue and a date after it: "born [at 34 weeks' gestation] on", "death [of Child A] on".
_LEADS = frozenset({":", "-", "–", "—", "(", "[", "="})
_CONNECTORS = frozenset({"on", "was", "is", "of", ":", "-", "–", "—", "(", "[", "=", "as"})
_PREPOSITIONS = frozenset({"at", "in", "to", "of", "by", "from", "via"})
_GAP_WORDS = frozenset(
    {
        "the", "a", "an", "his", "her", "their", "its", "home", "hospital", "weeks", "week",
        "weeks'", "weeks’", "gestation", "gestational", "caesarean", "section", "emergency",
        "elective", "planned", "early", "hours", "hour", "morning", "afternoon", "evening",
        "night", "aged", "months", "month", "years", "year", "days", "day", "old", "full",
        "term", "prematurely", "premature", "suddenly", "unexpectedly", "peacefully", "sadly",
        "tragically", "naturally", "later", "subsequently", "shortly", "alive", "recorded",
        "given", "listed", "noted", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve"
    }
) | frozenset(
    # How a person died: "died by suicide on", "died of an overdose on", "from his injuries".
    {
        "suicide", "hanging", "overdose", "drowning", "suffocation", "asphyxia", "asphyxiation",
        "injuries", "injury", "wounds", "illness", "cancer", "natural", "causes", "complications",
        "sepsis", "infection", "accident", "misadventure", "stabbing", "own", "hand", "sudden",
        "unexplained", "unexpected"
    }
)  # fmt: skip
# A date given as the value of a record: "date of death was recorded as 05.11.2020".
_RECORDED_AS = re.compile(
    r"\s(?:was|is|were|are|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+)?(?:recorded|given|noted|"
    r"registered|listed|entered|documented|stated|written|shown)\s+as\s*$",
    re.IGNORECASE,
)
# Before a cue after a date: "On 3 July 2016[, when] Baby T [was] born".
_SUBJECT_WORDS = frozenset(
    {
        "the", "baby", "child", "infant", "he", "she", "they", "his", "her", "their", "younger",
        "older", "elder", "eldest", "youngest", "brother", "sister", "sibling", "son",
        "daughter", "twin", "twins", "boy", "girl", "newborn"
    }
)  # fmt: skip
_AUXILIARIES = frozenset({"was", "were", "had", "been", "has", "is", "sadly", "tragically"})
_NOUN_CUES = frozenset({"birth", "death"})
# Verbs of telling and recording before "birth" or "death": the date is then theirs.
_REPORTING = re.compile(
    r"\b(?:notif\w*|inform\w*|told|tell\w*|report\w*|learn\w*|heard|hear\w*|aware|"
    r"discuss\w*|alert\w*|advis\w*|announc\w*|referr\w*|refer|refers|rais\w*|record\w*|"
    r"registered|register\w*|knew|known|news)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s")
_COPULAS = frozenset({"was", "is", "as", "her", "his", "their", "the", "its"})
_VERB_CUE = re.compile(r"born|died|passed away|(?:was )?(?:pronounced|declared|confirmed) .+")
_AGE_WORDS = frozenset(
    {"aged", "months", "month", "years", "year", "weeks", "week", "days", "day", "old"}
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# Forms scrlint.dates leaves out: "July 3, 2016", "03-Jul-2016" (spreadsheets) and "3.7.16"
# (there more often a paragraph number).
_EXTRA_DATE = re.compile(
    rf"(?<![\w/.\-])(?:"
    rf"(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<year>\d{{4}})"
    r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>\d{2}|\d{4})"
    rf"|(?P<hday>\d{{1,2}})-(?P<hmonth>{_MONTH})-(?P<hyear>\d{{2}}|\d{{4}})"
    r")(?![\w/])(?![.\-]\d)",
    re.IGNORECASE,
)
# What scrlint.dates takes in with a date but is not the date itself.
_WEEKDAY_OR_THE = re.compile(
    rf"(?:(?:{'|'.join(calendar.day_name)}),?\s+)?(?:the\s+)?", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class FullDate:
    """A day, month and year in a text, and the date it stands for."""

    start: int
    end: int
    value: dt.date


def full_dates(text: str) -> list[FullDate]:
    """Every date in ``text`` that gives its day, month and year, in order."""
    found = [
        FullDate(m.start, m.end, m.value)
        for m in find_dates(text)
        if m.precision is Precision.DAY and m.year_given
    ]
    for match in _EXTRA_DATE.finditer(text):
        if any(d.start < match.end() and match.start() < d.end for d in found):
            continue
        value = _extra_value(match)
        if value is not None:
            found.append(FullDate(match.start(), match.end(), value))
    return sorted(found, key=lambda d: d.start)


def _extra_value(match: re.Match[str]) -> dt.date | None:
    if match.group("month"):
        name = match.group("month")
        if not name[:1].isupper():  # "may 3" is the verb
            return None
        month = MONTHS[name.lower().rstrip(".")]
        day, year = int(match.group("day")), int(match.group("year"))
    else:
        if match.group("hmonth"):
            month = MONTHS[match.group("hmonth").lower()]
            day, written = int(match.group("hday")), match.group("hyear")
        else:
            day, month = int(match.group("nday")), int(match.group("nmonth"))
            written = match.group("nyear")
        year = int(written) if len(written) == 4 else 2000 + int(written)
        if len(written) == 2 and year > dt.date.today().year:
            year -= 100
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def life_dates(text: str) -> Iterator[Identifier]:
    """The full dates of birth and death in ``text``, keyed by the date (ISO form)."""
    cues = list(_CUE.finditer(text))
    if not cues:
        return
    dates = full_dates(text)
    # A cue that a later date fits ("died on 4 May 2019") is not also about an earlier one.
    owned = {id(cue) for cue in cues for date in dates if _fits_before(text, cue, date)}
    for date in dates:
        kind = _kind(text, date, cues, owned)
        if kind is not None:
            lead = _WEEKDAY_OR_THE.match(text, date.start)  # "Sunday 3 July", "the 3rd of"
            start = lead.end() if lead else date.start
            yield Identifier(kind, start, date.end, date.value.isoformat())


def _kind(text: str, date: FullDate, cues: list[re.Match[str]], owned: set[int]) -> Kind | None:
    """The kind of the nearest cue that is about ``date``, if any."""
    best: tuple[int, Kind] | None = None
    for cue in cues:
        if _fits_before(text, cue, date):
            distance = date.start - cue.end()
        elif (
            id(cue) not in owned
            and date.end <= cue.start() <= date.end + _REACH
            and cue_after_fits(text[date.end : cue.start()], cue, text)
        ):
            distance = cue.start() - date.end
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, Kind.DATE_OF_BIRTH if cue.group("birth") else Kind.DATE_OF_DEATH)
    return best[1] if best else None


def _fits_before(text: str, cue: re.Match[str], date: FullDate) -> bool:
    """Whether ``cue`` comes shortly before ``date`` and is about it ("born on <date>")."""
    return (
        cue.end() <= date.start <= cue.end() + _REACH
        and cue_before_fits(text[cue.end() : date.start])
        and not _reported(text, cue)
    )


def cue_before_fits(gap: str) -> bool:
    """Whether the words between a cue and a later date keep the date about the cue.

    Allowed: separators ("DOB: "), a connector at the end ("on", "was", "of", "was recorded
    as"), and between them adverbs, ages, times, causes of death and prepositional phrases of
    place or person ("at 34 weeks' gestation", "in hospital", "by suicide", "of Child A", "to
    Mother"). Any other word ("and", "seen", "assessment") or stop (a full stop, a semicolon)
    starts something else.
    """
    tokens = _TOKEN.findall(_RECORDED_AS.sub("", gap))
    if tokens and tokens[-1].lower() in _CONNECTORS:
        tokens.pop()
    while tokens and (tokens[0] in _LEADS or tokens[0] == ","):  # "Baby T's birth, on 3 July"
        tokens.pop(0)
    after_preposition = False
    for token in tokens:
        low = token.lower()
        if low in _PREPOSITIONS:
            after_preposition = True
        elif low == "," or low in _GAP_WORDS or token[0].isdigit():
            continue
        elif not (after_preposition and token[0].isupper()):
            return False
    return True


def _reported(text: str, cue: re.Match[str]) -> bool:
    """Whether a noun cue is the object of telling: in "Ofsted was notified of Child A's death on
    4 May 2019" the date is the notification's."""
    if cue.group().lower() not in _NOUN_CUES:
        return False
    start = max(0, cue.start() - _REACH)
    clause = _CLAUSE_BREAK.split(text[start : cue.start()])[-1]
    return bool(_REPORTING.search(clause))


def cue_after_fits(gap: str, cue: re.Match[str], text: str) -> bool:
    """Whether a date before a cue is the date the cue is about.

    Either the cue labels the date ("3 July 2016 (DOB)", "03/07/2016 – born at 34 weeks", "3
    July 2016 was her date of birth"), or a short subject joins them ("On 3 July 2016[,] [at
    10:42] [when] Baby T [, aged 2,] [was] born", "On 3 July 2016 Mother gave birth").
    """
    tokens = _TOKEN.findall(gap)
    cue_word = " ".join(cue.group().lower().split())
    label = LABEL.fullmatch(cue_word) is not None
    if label and all(t.lower() in _COPULAS for t in tokens):
        return True  # "3 July 2016 is her date of birth", "03/07/2016 born at home"
    if all(t in _LEADS or t == "," for t in tokens):
        if cue_word in _NOUN_CUES:  # "3 July 2016 (birth)"
            return "(" in tokens and text[cue.end() : cue.end() + 2].lstrip()[:1] == ")"
        if _VERB_CUE.fullmatch(cue_word):  # "…on 1 May 2019, died…" may be two events
            return any(t in _LEADS for t in tokens)
        return True  # "03/07/2016 (DOB)"
    while tokens and (tokens[0] in _LEADS or tokens[0] == ","):
        tokens.pop(0)
    if len(tokens) >= 2 and tokens[0].lower() == "at" and tokens[1][0].isdigit():
        del tokens[:2]  # "On 4 May 2019 at 10:42 Child A died"
    while tokens and (tokens[0] == "," or tokens[0].lower() == "when"):
        tokens.pop(0)
    if "aged" in (t.lower() for t in tokens):  # "Child A, aged 2, died"
        tokens = [t for t in tokens if t != "," and t.lower() not in _AGE_WORDS]
    if cue_word == "birth":
        if not tokens or tokens[-1].lower() != "gave":  # "Mother gave birth"
            return False
        tokens.pop()
    elif cue_word in _NOUN_CUES or (label and not _VERB_CUE.fullmatch(cue_word)):
        return False
    while tokens and tokens[-1].lower() in _AUXILIARIES:
        tokens.pop()
    if not 1 <= len(tokens) <= 4:
        return False
    return all(_subject_word(t) for t in tokens)


def _subject_word(token: str) -> bool:
    return token[0].isupper() or token[0].isdigit() or token.lower() in _SUBJECT_WORDS


def label_kind(text: str) -> Kind | None:
    """The kind a table label names ("Date of birth", "DOB", "Died"), or None."""
    if LABEL.fullmatch(text.strip()) is None:
        return None
    cue = _CUE.search(text)
    if cue is None:
        return None
    return Kind.DATE_OF_BIRTH if cue.group("birth") else Kind.DATE_OF_DEATH


def only_date(text: str) -> FullDate | None:
    """The full date that ``text`` consists of ("03/07/2016" in a table cell), if any."""
    stripped = text.strip()
    dates = full_dates(stripped)
    if len(dates) == 1 and dates[0].start == 0 and dates[0].end == len(stripped):
        offset = text.index(stripped)
        date = dates[0]
        return FullDate(date.start + offset, date.end + offset, date.value)
    return None


def event_kind(text: str) -> Kind | None:
    """The kind of event a chronology entry opens with ("Child A was born at home"), if any.

    Read as if a date stood just before ``text``, as it does in the cell before.
    """
    for cue in _CUE.finditer(text, 0, _REACH):
        if cue_after_fits(" " + text[: cue.start()], cue, text):
            return Kind.DATE_OF_BIRTH if cue.group("birth") else Kind.DATE_OF_DEATH
        return None
    return None
