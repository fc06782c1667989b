"""Find a report's recommendations once: list items, numbered paragraphs and action-plan rows.

A recommendation is a top-level list item or a numbered paragraph ("1.", "Recommendation 1:",
"R1", "12.3") in a recommendations section, or a data row of an action-plan table. Sub-bullets
and the indented paragraphs of a list item belong to it. A row that shares a recommendation's
number, or most of its words, is that recommendation's row: its owner, timescale and measure
cells count as part of it. A section with no list and no numbered paragraph has its
recommending paragraphs ("It is recommended that …", "The ICB should …") as recommendations.
Questions, and actions reported as done or under way, are left out (see ``screening``).
"""

from __future__ import annotations

from scrlint.document import Document
from scrlint.profiles import Profile
from scrlint.recommendations.action_plan import plan_rows
from scrlint.recommendations.lists import section_drafts
from scrlint.recommendations.model import Draft, Recommendation, Recommendations
from scrlint.recommendations.pairing import pair
from scrlint.recommendations.screening import is_recommendation, without_restatements
from scrlint.roles import Role, role_sections


def recommendations(document: Document, profile: Profile) -> Recommendations:
    """Return the recommendations of ``document`` under ``profile``, found at most once."""
    key = ("recommendations", profile.id)
    cached = document.derived.get(key)
    if isinstance(cached, Recommendations):
        return cached
    found = _find(document, profile)
    document.derived[key] = found
    return found


def _find(document: Document, profile: Profile) -> Recommendations:
    rec_sections = role_sections(document, profile, Role.RECOMMENDATIONS)
    plan_sections = role_sections(document, profile, Role.ACTION_PLAN)
    plan_ids = {id(s) for top in plan_sections for s in top.walk()}
    drafts: list[Draft] = []
    for section in rec_sections:
        drafts.extend(section_drafts(document, section, plan_ids))
    drafts = without_restatements([d for d in drafts if is_recommendation(d)])
    rows = list(plan_rows(document, rec_sections, plan_sections))
    standalone = pair(drafts, rows)
    drafts.extend(standalone)
    drafts.sort(key=lambda d: d.start)
    numbers = [d.number for d in drafts]
    numbered = None not in numbers and len(set(numbers)) == len(numbers)
    items = tuple(
        Recommendation(
            number=d.number,
            blocks=tuple(d.blocks),
            text="\n".join(t for t in d.texts if t),
            rows=tuple(d.rows),
            context=d.context,
            label=d.number if numbered and d.number else str(i),
        )
        for i, d in enumerate(drafts, start=1)
    )
    return Recommendations(items, (*rec_sections, *plan_sections))
