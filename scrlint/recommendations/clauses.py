"""Read a recommendation's sentences for who acts (the actor) and what they do (the action).

Recommendations are short and follow a few shapes ("The ICB should audit …", "It is recommended
that children's social care …", "Revise the protocol …"), so the actor and the main action are
read from the words around the first modal ("should", "must", "will", "is asked to" …) rather
than from a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from scrlint.recommendations.bodies import names_body
from scrlint.sentences import sentence_spans

# "Recommendation:", "Recommendation 3 –": a label, not part of the sentence.
_LABEL = re.compile(r"^(?:recommendation|rec\.?)\s*(?:\d+[a-z]?)?\s*[:.\-–—]\s*", re.IGNORECASE)
# "It is recommended that", "The panel recommends that", "We recommend that", "That".
_LEAD_IN = re.compile(
    r"^(?:[^.;:]{0,80}?\b(?:recommend(?:s|ed)?|suggest(?:s|ed)?|propose[sd]?|advise[sd]?)"
    r"(?:\s+to\s+\w+)?\s+that\s+|it\s+is\s+(?:therefore\s+|also\s+|strongly\s+)?"
    r"(?:recommended|suggested|proposed|advised)\s*[:,]?\s*|that\s+)",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"\b(?:should|must|shall|will|would|ought\s+to|needs?\s+to|has\s+to|have\s+to"
    r"|(?:is|are)\s+(?:(?:therefore|also|now|hereby)\s+)?(?:asked|required|expected|invited"
    r"|requested|encouraged|tasked|recommended|advised|urged|responsible|accountable"
    r"|commissioned|mandated|directed|instructed)\s+(?:to|for)|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
# "GPs are reminded of …", "Agencies are encouraged …": a request in the present passive, with
# no modal; the action is read as "be reminded …".
_PRESENT_REQUEST = re.compile(
    r"\b(?:is|are)\s+(?:(?:therefore|also|again|hereby|now|all|strongly)\s+)?"
    r"(?=(?:reminded|encouraged|urged|advised)\b)",
    re.IGNORECASE,
)
# After a modal, words that stand before the main verb.
_BEFORE_VERB = re.compile(
    r"^(?:[\s,:;–—-]+|(?:also|urgently|jointly|now|further|immediately|routinely|formally|then"
    r"|together|collectively|each|both|all|themselves|itself|promptly|as\s+a\s+priority"
    r"|in\s+future|in\s+partnership|where\s+possible|continue\s+to|seek\s+to|aim\s+to"
    r"|work\s+(?:together|jointly|collaboratively)\s+to"
    r"|take\s+(?:all\s+)?(?:\w+\s+)?steps\s+to)\b)",
    re.IGNORECASE,
)
# "should be asked to report": the subject is still the one who acts.
_ACTING_PASSIVES = frozenset(
    {
        "asked", "required", "expected", "invited", "requested", "tasked", "encouraged",
        "supported", "enabled", "empowered", "resourced", "funded", "mandated", "directed",
        "instructed", "commissioned", "responsible", "accountable", "able", "prepared",
    }
)  # fmt: skip
_PASSIVE = re.compile(r"^be\s+(?:\w+ly\s+)?(?P<verb>[a-z]+(?:ed|en|wn|t|ne|ld|ght|de|ung|un))\b")
# Adjectives that end like participles: "should be present" is not a passive.
_NOT_PARTICIPLES = frozenset({"present", "content", "fluent", "competent", "confident"})
BY_AGENT = re.compile(
    r"\b(?:be|been|is|are|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t|ne|ld|ght|de)\b"
    r"[^.;\n]{0,80}?\bby\s+(?P<agent>[^,.;:()\n]{2,80})",
    re.IGNORECASE,
)
# Where a "by" agent's noun phrase ends: "by March 2025 to all GPs" names no agent.
AGENT_END = re.compile(
    r"\b(?:to|for|on|in|at|so|that|which|who|when|within|before|after|until|from|with|as)\b",
    re.IGNORECASE,
)
# Words that open a recommendation in the imperative ("Revise the protocol …").
IMPERATIVES = frozenset(
    {
        "review", "revise", "audit", "ensure", "refresh", "remind", "consider", "develop",
        "commission", "implement", "introduce", "publish", "establish", "provide", "share",
        "disseminate", "raise", "embed", "update", "agree", "create", "produce", "issue",
        "train", "deliver", "undertake", "strengthen", "improve", "explore", "evaluate", "test",
        "seek", "write", "add", "appoint", "recirculate", "re-circulate", "reiterate", "promote",
        "encourage", "support", "monitor", "make", "note", "reflect", "think", "bear", "amend",
        "report", "set", "run", "hold", "require", "extend", "replace", "record", "adopt",
        "continue", "identify", "assess", "put", "give", "use", "be", "work", "carry",
        "reinforce", "circulate", "cascade", "collate", "analyse", "map", "ask", "invite",
        "design", "launch", "pilot", "trial", "offer", "check", "conduct", "inform", "build",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Clause:
    """One sentence of a recommendation, read for its actor and its main action."""

    text: str  # the sentence with any "It is recommended that" lead-in removed
    actor: str  # the words before the modal ("" when imperative or unknown)
    action: str  # the words from the main verb on ("" when none could be found)
    imperative: bool
    passive: bool  # the actor words are the patient ("GPs should be made aware")


def clauses(text: str) -> Iterator[Clause]:
    """Yield the sentences of a recommendation, each split into actor and action."""
    for start, end in sentence_spans(text, semicolons=False):
        for line in text[start:end].split("\n"):
            sentence = line.strip()
            if sentence:
                yield _clause(sentence)


def main_action(text: str) -> str:
    """The action of the first sentence that has one ("" when none does)."""
    return next((clause.action for clause in clauses(text) if clause.action), "")


def _clause(sentence: str) -> Clause:
    sentence = _LABEL.sub("", re.sub(r"^[\W_]+", "", sentence))
    lead = _LEAD_IN.match(sentence)
    stripped = False  # an "It is recommended that" was taken off: a subject and verb follow
    if lead is not None and not _MODAL.search(sentence, 0, lead.end()):
        sentence, stripped = sentence[lead.end() :], True
    words = sentence.split()
    first = words[0].lower().strip(",:;") if words else ""
    # "Review of the policy should …", "Support for fathers must …": a noun, not a command.
    noun_subject = len(words) > 1 and (
        bool(_MODAL.match(" ".join(words[1:3])))
        or (words[1].lower() in ("of", "for", "and", "on") and bool(_MODAL.search(sentence)))
    )
    if first in IMPERATIVES and not noun_subject:
        return Clause(sentence, "", sentence, imperative=True, passive=False)
    modal = _MODAL.search(sentence)
    if modal is None and (request := _PRESENT_REQUEST.search(sentence)):
        actor, action = sentence[: request.start()].strip(" ,"), "be " + sentence[request.end() :]
        passive = not action.startswith(("be encouraged", "be urged", "be advised"))
        return Clause(sentence, actor, action, imperative=False, passive=passive)
    if modal is None:
        if stripped and (split := _subjunctive(words)):
            return Clause(sentence, split[0], split[1], imperative=False, passive=False)
        telegraphic = re.match(r"^((?:\S+\s+){0,7}?\S+)\s+to\s+(?=[a-z])", sentence)
        if telegraphic and names_body(telegraphic.group(1)):
            actor, action = telegraphic.group(1), sentence[telegraphic.end() :]
            return Clause(sentence, actor, action, imperative=False, passive=False)
        return Clause(sentence, "", "", imperative=False, passive=False)
    actor = sentence[: modal.start()].strip(" ,")
    rest = sentence[modal.end() :]
    while found := _BEFORE_VERB.match(rest):
        rest = rest[found.end() :]
    action = rest.strip()
    passive = False
    if found_passive := _PASSIVE.match(action.lower()):
        verb = found_passive.group("verb")
        passive = verb not in _ACTING_PASSIVES and verb not in _NOT_PARTICIPLES
    return Clause(sentence, actor, action, imperative=False, passive=passive)


def _subjunctive(words: list[str]) -> tuple[str, str] | None:
    """Split "the ICB reviews its protocol" (after "recommends that") into actor and action."""
    for index, word in enumerate(words[1:9], start=1):
        base = word.lower().strip(",;:")
        if base == "be" or any(
            base == verb or base == verb + "s" or base == verb + "es" for verb in IMPERATIVES
        ):
            return " ".join(words[:index]), " ".join(words[index:])
    return None
