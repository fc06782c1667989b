"""Which era a report belongs to, from its profile (and, where the profile spans eras, its text)."""

from __future__ import annotations

from dataclasses import dataclass

from scrlint.citations.finder import find_working_together
from scrlint.citations.framing import is_historical, term_pattern
from scrlint.citations.sentences import sentences
from scrlint.citations.table import Edition, Era, Framework, Table
from scrlint.document import Document
from scrlint.profiles.model import Profile

# Report types whose one profile covers LSCB and partnership documents alike ("response@2013" is
# for board and partnership responses from 2013 onwards): the body the document names decides.
_SPANNING_TYPES = frozenset({"response"})


@dataclass(frozen=True)
class ReportEra:
    """A report's profile, guidance edition, the editions its profile names, and its framework."""

    profile_id: str
    edition: Edition
    own_editions: tuple[int, ...]
    framework: Framework
    period: Era

    @property
    def own_text(self) -> str:
        """The profile's editions as words: "2013 or 2015"."""
        years = [str(y) for y in self.own_editions]
        return " or ".join([", ".join(years[:-1]), years[-1]] if len(years) > 1 else years)


def _names_as_current(document: Document, framework: Framework) -> bool:
    """Whether a sentence names the framework's body without framing it as history."""
    pattern = term_pattern(framework.terms)
    return any(pattern.search(s.text) and not is_historical(s.text) for s in sentences(document))


def report_era(profile: Profile, document: Document, table: Table) -> ReportEra | None:
    """The era of a report under ``profile``, or None when it cannot be told.

    None for the generic profile (no edition), and for a profile that spans eras when the
    document does not name its own era's commissioning body as current.
    """
    edition = table.edition_in_force(profile.edition) if profile.edition else None
    if edition is None:
        return None
    framework = table.frameworks[edition.framework]
    if profile.report_type in _SPANNING_TYPES and not _names_as_current(document, framework):
        return None
    cited = [y for c in find_working_together(profile.guidance) for y in c.years]
    own = tuple(dict.fromkeys(cited)) or (edition.year,)
    return ReportEra(profile.id, edition, own, framework, table.period(edition))
