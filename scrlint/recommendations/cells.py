"""What an action-plan cell says when it says nothing: "TBC", "Ongoing", "All agencies"."""

from __future__ import annotations

import re

from scrlint.recommendations.bodies import DETERMINERS, VAGUE_COLLECTIVES

_PLACEHOLDER = re.compile(
    r"^\W*(?:tbc|tba|tbd|to\s+be\s+(?:confirmed|agreed|decided|determined|set)|ongoing|on-going"
    r"|n/?a|none|nil|unknown|as\s+(?:required|needed|appropriate)|asap"
    r"|as\s+soon\s+as\s+(?:is\s+)?(?:reasonably\s+)?(?:possible|practicable|practical|feasible)"
    r"|at\s+the\s+earliest\s+(?:opportunity|possible\s+date|date\s+possible)|in\s+due\s+course"
    r"|without\s+(?:undue\s+)?delay|urgent(?:ly)?|(?:as\s+)?(?:a\s+)?(?:matter\s+of\s+)?priority"
    r"|promptly|in\s+a\s+timely\s+(?:manner|way|fashion)|timely|continuous|continuing"
    r"|when\s+required|business\s+as\s+usual|bau|improved\s+practice|better\s+practice"
    r"|improved\s+outcomes|better\s+outcomes)?\W*$",
    re.IGNORECASE,
)


def is_placeholder(cell: str) -> bool:
    """Whether a table cell is empty or a stand-in ("TBC", "Ongoing", "As soon as possible")."""
    return bool(_PLACEHOLDER.match(cell))


def is_vague_owner(cell: str) -> bool:
    """Whether an owner cell says no more than "all agencies", "partners" or "TBC"."""
    if is_placeholder(cell):
        return True
    words = re.findall(r"[\w'’&-]+", cell.lower())
    return all(w in VAGUE_COLLECTIVES or w in DETERMINERS for w in words)
