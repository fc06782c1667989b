"""What a recommendation asks for, without who is asked: its main action and its words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from scrlint.recommendations.clauses import AGENT_END, BY_AGENT, IMPERATIVES, clauses
from scrlint.recommendations.stems import content_stems, stem

# "carry out an audit", "make joint visits", "produce translations": the noun is the action.
_LIGHT_VERB = re.compile(
    r"^(?:carr(?:y|ies)\s+out|undertakes?|conducts?|performs?|makes?|does|do|runs?|produces?"
    r"|completes?|holds?)\s+",
    re.IGNORECASE,
)
# "joint visits should be made", "an audit should be carried out": the subject is the action.
_LIGHT_PARTICIPLE = re.compile(
    r"^(?:carried\s+out|undertaken|conducted|performed|made|done|run|produced|completed|held)\b",
    re.IGNORECASE,
)
# A noun phrase and its head noun: "an audit" (of …), "Polish and Urdu translations" (of …).
_NOUN_PHRASE = re.compile(
    r"^(?:[\w'’,-]+\s+){0,7}?(?P<noun>[a-z]+)"
    r"(?=\s+(?:of|for|to|with|in|into|on|at|by|from|about|across|within|throughout|that|which"
    r"|so|where|when|between|among|every|each|after|before|during)\b|\s*[.;:()]|\s*$)",
    re.IGNORECASE,
)
# Nouns that name an action, each with the verb it comes from.
_ACTION_NOUNS = {
    stem(noun): stem(verb)
    for noun, verb in (
        ("audit", "audit"), ("review", "review"), ("evaluation", "evaluate"), ("visit", "visit"),
        ("check", "check"), ("survey", "survey"), ("inspection", "inspect"),
        ("translation", "translate"), ("call", "call"), ("test", "test"), ("trial", "trial"),
        ("pilot", "pilot"), ("report", "report"), ("revision", "revise"), ("update", "update"),
        ("assessment", "assess"), ("analysis", "analyse"), ("referral", "refer"),
        ("consultation", "consult"),
    )
}  # fmt: skip
# "review and revise the policy": two verbs sharing one object make one action.
_COORDINATED = re.compile(r"^[a-z-]+(?:\s*,\s*[a-z-]+)*\s+(?:and|or|and/or)\s+(?P<verb>[a-z-]+)\b")
_PASSIVE_BE = re.compile(r"^be\s+(?:\w+ly\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Request:
    """What a recommendation asks for, without who is asked: its main action and its words."""

    actions: frozenset[str]  # stems of the main verb and any verb coordinated with it
    main: str  # the stem of the main verb ("" when none was found)
    words: frozenset[str]  # content stems, without addressees, dates, numbers or light verbs


def request(text: str) -> Request:
    """Read what ``text`` asks for, so that two agencies asked the same thing read alike.

    The addressee (the subject before the modal, or the agent of a passive) and any agency or
    role named elsewhere are left out. A light verb with a noun naming an action ("carry out
    an audit of", "make joint visits", "joint visits should be made") reads as that action; a
    passive ("meetings should be held") as its participle.
    """
    main, actions = "", set()
    parts = []
    for clause in clauses(text):
        body, action = clause.text, clause.action
        nominal = light = None
        if clause.passive:
            action = _PASSIVE_BE.sub("", action)
            body = _without_agent(body)
            if light := _LIGHT_PARTICIPLE.match(action):
                nominal = _nominal_action(re.sub(r"^\W*(?:the|an?)\s+", "", clause.actor))
        else:
            if clause.actor:
                at = body.find(clause.actor)
                body = body[:at] + " " + body[at + len(clause.actor) :]
            if light := _LIGHT_VERB.match(action):
                nominal = _nominal_action(action[light.end() :])
        if light and nominal:
            body = body.replace(light.group().strip(), " ", 1)  # the light verb says nothing
            if not main:
                main, actions = nominal, {nominal}
        elif action and not main and (first := re.match(r"[A-Za-z-]+", action)):
            main = stem(first.group())
            actions = {main}
            found = _COORDINATED.match(action.lower())
            if found and found.group("verb") in IMPERATIVES:
                actions.add(stem(found.group("verb")))
        parts.append(body)
    words = content_stems("\n".join(parts), drop_bodies=True)
    return Request(frozenset(actions), main, frozenset(words))


def _nominal_action(phrase: str) -> str | None:
    """The verb behind a noun phrase's head when it names an action ("an audit" -> "audit")."""
    found = _NOUN_PHRASE.match(phrase)
    return _ACTION_NOUNS.get(stem(found.group("noun"))) if found else None


def _without_agent(text: str) -> str:
    """``text`` without the agent of its passives ("… be held by children's social care")."""
    for found in reversed(list(BY_AGENT.finditer(text))):
        agent = AGENT_END.split(found.group("agent"), maxsplit=1)[0]
        start = found.start("agent")
        text = text[:start] + " " + text[start + len(agent) :]
    return text
