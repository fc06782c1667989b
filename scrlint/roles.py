"""Section roles: which sections hold the analysis, the findings, the recommendations, ….

Content rules read only some sections. Profiles name those sections differently (an executive
summary's "lessons" are an LCSPR's "findings"), and the generic profile names none, so a role is
found from the profile's section ids and, for any profile, from words in the heading.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator

from scrlint.document import Block, BlockKind, Document, Section
from scrlint.profiles import Profile
from scrlint.structure import outline

PROSE_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


class Role(enum.StrEnum):
    """What a section is for, as far as content rules care."""

    RECOMMENDATIONS = "recommendations"
    ACTION_PLAN = "action-plan"
    FINDINGS = "findings"
    ANALYSIS = "analysis"
    CHILD = "child"
    GOOD_PRACTICE = "good-practice"


_PROFILE_IDS: dict[Role, frozenset[str]] = {
    Role.RECOMMENDATIONS: frozenset(
        {"recommendations", "immediate-actions", "national-recommendations"}
    ),
    Role.ACTION_PLAN: frozenset({"action-plan", "actions"}),
    Role.FINDINGS: frozenset(
        {"findings", "lessons", "learning", "key-issues", "findings-response"}
    ),
    Role.ANALYSIS: frozenset({"analysis", "key-practice-episodes", "quality-of-imrs"}),
    Role.CHILD: frozenset({"the-child"}),
    Role.GOOD_PRACTICE: frozenset({"good-practice"}),
}

# Matched against the folded heading (lower case, no punctuation, "child's" -> "childs").
_HEADING_WORDS: dict[Role, re.Pattern[str]] = {
    Role.RECOMMENDATIONS: re.compile(
        r"\brecommend|^actions for\b|^(?:immediate|recommended|agreed|proposed) actions\b"
    ),
    Role.ACTION_PLAN: re.compile(r"\baction plan"),
    # "Learning" alone also names method sections ("How the learning was gathered").
    Role.FINDINGS: re.compile(
        r"\bfindings?\b|\blessons?\b|\bkey issues\b|^learning\b|\bkey learning\b"
        r"|\blearning points?\b|\bwhat (?:we|has been|was) (?:have )?learn"
    ),
    Role.ANALYSIS: re.compile(r"\banalysis\b|\bappraisal\b|\bkey practice episodes?\b"),
    Role.CHILD: re.compile(
        r"\blived experience\b|\bvoice of the (?:child|young person)\b"
        r"|\bchilds (?:life|lives|experience|daily life|voice|world|story)\b"
        r"|\babout the child\b|\bwho the child was\b|^the child$|^(?:child|baby) [a-z]$"
    ),
    Role.GOOD_PRACTICE: re.compile(r"\bgood practice\b|\bwhat went well\b|\bstrengths\b"),
}


def has_role(section: Section, profile_ids: frozenset[str], role: Role) -> bool:
    """Whether ``section`` plays ``role``, given the ids of the profile sections it stands for."""
    return bool(profile_ids & _PROFILE_IDS[role]) or bool(_HEADING_WORDS[role].search(section.key))


def role_sections(document: Document, profile: Profile, *roles: Role) -> list[Section]:
    """The outermost sections playing any of ``roles``, in document order.

    A subsection of a chosen section is left out: its blocks come with its parent's.
    """
    key = ("roles", profile.id, roles)
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    shape = outline(document, profile)
    chosen: list[Section] = []
    for section in shape.body_sections:
        if any(_within(section, kept) for kept in chosen):
            continue
        ids = frozenset(spec.id for spec in shape.specs_of(section))
        if any(has_role(section, ids, role) for role in roles):
            chosen.append(section)
    document.derived[key] = chosen
    return chosen


def role_blocks(
    document: Document,
    profile: Profile,
    *roles: Role,
    kinds: tuple[BlockKind, ...] = PROSE_KINDS,
) -> Iterator[Block]:
    """The blocks of ``kinds`` in the sections playing any of ``roles``, in document order."""
    for section in role_sections(document, profile, *roles):
        for block in section.all_blocks():
            if block.kind in kinds:
                yield block


def first_role_heading(document: Document, profile: Profile, *roles: Role) -> Block | None:
    """The heading of the first section playing any of ``roles``: where a whole-section
    finding is placed."""
    sections = role_sections(document, profile, *roles)
    return next((s.heading for s in sections if s.heading is not None), None)


def _within(section: Section, ancestor: Section) -> bool:
    node = section.parent
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False
