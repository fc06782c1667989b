"""Whether a recommendation says who is to act: its subject or a "by" agent names a body."""

from __future__ import annotations

import re

from scrlint.recommendations.bodies import BODY_ACRONYMS, BODY_WORDS, names_body
from scrlint.recommendations.clauses import AGENT_END, BY_AGENT, clauses

# "The Partnership's neglect strategy": the strategy, not the Partnership, is the subject. Not
# "children's social care", "young people's services".
_POSSESSIVE = re.compile(r"(?<!\bchildren)(?<!\bpeople)(?<!\bwomen)['’]s\s+", re.IGNORECASE)


# "Professionals working with families where there is substance misuse": what follows the
# head describes whom they work with, not who they are.
_POSTMODIFIER = re.compile(
    r"\s+(?:(?:who|that)\s+(?:work|works|are\s+working|support|supports|see|sees|visit|visits)"
    r"\s+with|(?:working|involved|in\s+contact|engaging|dealing)\s+with|supporting|where|when"
    r"|whose)\b",
    re.IGNORECASE,
)


def _head(actor: str) -> str:
    """The words of a subject after its last possessive ("the ICB's designated nurse"), before
    any clause saying whom it works with."""
    parts = _POSSESSIVE.split(actor)
    return _POSTMODIFIER.split(parts[-1], maxsplit=1)[0]


_CLAUSE_START_BODY = re.compile(
    r"^(?:(?:the|all|each|every|both|our)\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|&)\s+)?)*"
    rf"(?:(?:{BODY_WORDS})\b|(?:{BODY_ACRONYMS})(?![\w-]))(?!['’]s\b)",
)


def has_addressee(text: str) -> bool:
    """Whether a recommendation says who is to act: its subject or a "by" agent names a body."""
    for clause in clauses(text):
        if clause.actor and not clause.passive and names_body(_head(clause.actor)):
            return True
        if not clause.actor and not clause.imperative and _CLAUSE_START_BODY.match(clause.text):
            return True
        for agent in BY_AGENT.finditer(clause.text):
            if names_body(AGENT_END.split(agent.group("agent"), maxsplit=1)[0]):
                return True
        # "For the ICB:", "Recommendation for the ICB and the Council jointly:" name who acts.
        label = re.match(
            r"^(?:recommendations?\s+(?:\d+[a-z]?\s+)?(?=for\b|to\b))?(?:(?:for|to)\s+)?"
            r"([^:]{2,90}):\s",
            clause.text,
            re.IGNORECASE,
        )
        if label and names_body(label.group(1)):
            return True
    return False
