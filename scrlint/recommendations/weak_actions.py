"""Main actions that say little on their own: vague verbs ("consider", "be aware") and "ensure"."""

from __future__ import annotations

import re

from scrlint.recommendations.clauses import clauses, main_action

# The vague actions, each with the canonical term a message names.
_VAGUE_ACTIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (term, re.compile(pattern, re.IGNORECASE))
    for term, pattern in (
        (
            "give consideration to",
            r"^(?:give|be\s+given|gives)\s+(?:\w+\s+)?(?:consideration|thought)\b",
        ),
        ("consider", r"^(?:consider|considers|continue\s+to\s+consider|be\s+considered)\b"),
        (
            "be aware",
            r"^(?:be|remain|stay|become)\s+(?:made\s+|more\s+|fully\s+|kept\s+|better\s+)?"
            r"(?:aware|alert|cognisant|conscious|vigilant|attentive|sensitive|attuned|alive"
            r"|open|curious|(?:professionally\s+)?curious|informed)\b",
        ),
        (
            # A state of mind: no one can see that an agency has recognised or understood.
            "recognise",
            r"^(?:(?:fully|better|properly|clearly)\s+)?(?:recogni[sz]e|appreciate|understand"
            r"|acknowledge|realise|realize|value|have\s+(?:due\s+)?regard\s+(?:to|for)"
            r"|take\s+(?:\w+\s+)?account\s+of|take\s+into\s+(?:\w+\s+)?account"
            r"|have\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:understanding|awareness|appreciation)"
            r"|show\s+(?:\w+\s+)?curiosity)s?\b"
            r"(?![^.;\n]*\b(?:in\s+writing|by\s+letter|publicly|in\s+(?:its|their|the)\s+"
            r"(?:annual\s+report|policy|procedures?|strategy|protocol)))",
        ),
        ("be mindful", r"^(?:be|remain|stay|become)\s+(?:more\s+|fully\s+)?mindful\b"),
        ("reflect on", r"^reflect(?:s)?\s+(?:on|upon)\b"),
        ("remind", r"^(?:remind(?:s)?|be\s+(?:\w+ly\s+)?reminded)\b"),
        (
            "note",
            r"^(?:note|notes|take\s+note|be\s+noted)\b(?![^.;\n]*\bin\s+(?:the|each|every|its"
            r"|their|a)\s+(?:[\w'’-]+\s+){0,2}?(?:records?|files?|notes|chronolog\w*|systems?)\b)",
        ),
        ("bear in mind", r"^(?:bear|keep)\s+in\s+mind\b"),
        ("encourage", r"^(?:encourage|encourages|be\s+encouraged)\b"),
        ("think about", r"^think\s+(?:about|through|carefully)\b"),
        (
            "explore whether",
            r"^(?:explore\s+(?:whether|if|how|the\s+(?:possibility|feasibility|potential|option)"
            r"|options|ways)|be\s+explored)\b",
        ),
        (
            "ensure that staff are mindful",
            r"^(?:ensure|ensures|make\s+sure)\s+(?:that\s+)?(?:\S+\s+){0,6}?"
            r"(?:are|is|be|remain|become|feel)\s+(?:made\s+|more\s+|fully\s+|kept\s+)?"
            r"(?:mindful|aware|reminded|alert|familiar|conversant|cognisant)\b",
        ),
    )
)
_CONSIDERATION = re.compile(
    r"^(?:\w+\s+){0,2}?(?:consideration|thought)\s+(?:(?:should|must|will|shall|is|to|could)\s+)?(?:be\s+)?"
    r"(?:given|made)\b",
    re.IGNORECASE,
)


def vague_action(text: str) -> str | None:
    """The vague main action of a recommendation ("consider", "be aware" …), if it has one.

    The main action is the verb after the first modal of the first sentence that has one, or
    the first word of an imperative. A vague verb later in the sentence ("revise the protocol
    so that practitioners consider …") is not the main action.
    """
    for clause in clauses(text):
        if _CONSIDERATION.match(clause.text):
            return "give consideration to"
        if not clause.action:
            continue
        for term, pattern in _VAGUE_ACTIONS:
            if pattern.match(clause.action):
                return term
        return None
    return None


_ENSURE = re.compile(r"^(?:ensure|ensures|make\s+sure)\b", re.IGNORECASE)


def main_action_is_ensure(text: str) -> bool:
    """Whether the main action of the first sentence with one is "ensure (that) …"."""
    return bool(_ENSURE.match(main_action(text)))
