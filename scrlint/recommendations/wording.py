"""How a recommendation is worded: who acts, what they do, by when, and how we will know.

Lexical checks, shared by the recommendation rules. Recommendations are short and follow a few
shapes ("The ICB should audit …", "It is recommended that children's social care …", "Revise
the protocol …"), so the actor and the main action are read from the words around the first
modal ("should", "must", "will", "is asked to" …) rather than from a parse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from scrlint.sentences import sentence_spans

# --- the actor --------------------------------------------------------------------------------

# Agencies, bodies and roles that can own an action. Matched case-insensitively, whole words,
# with an optional plural.
_BODY_WORDS = (
    r"partnerships?|boards?|councils?|local\s+authorit(?:y|ies)|police|constabular(?:y|ies)"
    r"|police\s+forces?|trusts?|hospitals?|integrated\s+care\s+(?:board|system)s?"
    r"|clinical\s+commissioning\s+groups?|probation|housing|schools?|academ(?:y|ies)|colleges?"
    r"|nurser(?:y|ies)|early\s+years\s+(?:settings?|providers?|services?)|pre-schools?"
    r"|children'?s\s+social\s+care|social\s+care|children'?s\s+services|adult\s+services"
    r"|early\s+help|health\s+visiting|school\s+nursing|midwifery|maternity|mental\s+health"
    r"|emergency\s+departments?|general\s+practices?|gp\s+practices?|primary\s+care"
    r"|ambulance|fire\s+(?:and\s+rescue\s+)?services?|youth\s+justice|youth\s+offending"
    r"|leaving\s+care|drug\s+and\s+alcohol|substance\s+misuse|domestic\s+abuse\s+services?"
    r"|paediatrics?|children'?s\s+centres?|family\s+hubs?|education\s+services?"
    r"|commissioners?|departments?|directorates?|government|(?:national\s+)?panel"
    r"|safeguarding\s+partners?|sub-?groups?|committees?|safeguarding\s+(?:teams?|units?|hubs?)"
    r"|(?:designated|named)\s+(?:nurses?|doctors?|professionals?|gps?|midwi(?:fe|ves)|leads?"
    r"|officers?|persons?|safeguarding\s+leads?)"
    r"|nurses?|doctors?|general\s+practitioners?|health\s+visitors?|midwi(?:fe|ves)"
    r"|paediatricians?|social\s+workers?|teachers?|head\s*teachers?|principals?|sencos?"
    r"|safeguarding\s+leads?|lead\s+professionals?|clinical\s+leads?|lead\s+nurses?"
    r"|directors?|heads?\s+of|chairs?|chief\s+(?:executives?|nurses?|constables?|officers?)"
    r"|managers?|supervisors?|lead\s+members?|officers?|co-?ordinators?|consultants?"
    r"|reviewing\s+officers?|service\s+leads?|team\s+leaders?|courts?|judiciary|prisons?"
    r"|fostering|foster\s+carers?|adoption\s+agenc(?:y|ies)|children'?s\s+homes?"
    r"|dentists?|dental\s+practices?|pharmac(?:y|ies|ists?)|paramedics?|radiologists?"
    r"|landlords?|(?:domestic\s+abuse|independent|personal)\s+(?:advisers?|advisors?|advocates?)"
    r"|youth\s+workers?|family\s+support\s+workers?|call\s+handlers?|receptionists?"
    r"|childminders?|out[\s-]of[\s-]hours|(?:emergency\s+)?duty\s+teams?|front\s+door"
)
_BODY_ACRONYMS = (
    r"ICBs?|CCGs?|LSCBs?|LSCPs?|SCPs?|PCTs?|CAMHS|MASH|CSC|DCS|GPs?|HVs?|DSLs?|SENCOs?|YOTs?"
    r"|YOS|IROs?|NHS|CQC|CPS|MARAC|MAPPA|IDVAs?|ED|A&E|DfE|DHSC|Ofsted|UKHSA|PCNs?|LADO|Cafcass"
    r"|CAFCASS|NSPCC|HMPPS|CRC|SALT|0-19|ISVA|SARC"
)
_BODY = re.compile(rf"\b(?:{_BODY_WORDS})\b", re.IGNORECASE)
_BODY_ACRONYM = re.compile(rf"(?<![\w-])(?:{_BODY_ACRONYMS})(?![\w-])")
# Collectives that do not say who is to act ("all agencies", "practitioners", "partners").
_VAGUE = frozenset(
    {
        "agency", "agencies", "professional", "professionals", "practitioner", "practitioners",
        "staff", "everyone", "everybody", "partner", "partners", "service", "services",
        "organisation", "organisations", "organization", "organizations", "worker", "workers",
        "colleague", "colleagues", "people", "individuals", "all", "each", "every", "any",
        "relevant", "key", "frontline", "front-line", "multi-agency", "those",
        "involved", "concerned", "local", "the", "and", "of", "other", "members", "member",
        "team", "teams", "clinicians", "leaders", "senior", "system", "whole",
    }
)  # fmt: skip
# "practitioners across the partnership": the place names no one.
_EVERYWHERE = re.compile(
    r"\b(?:across|throughout|within|in|from|of)\s+(?:the\s+|all\s+|each\s+|every\s+)?"
    r"(?:partnership|partner\s+agencies|agencies|system|area|county|borough|city|region)\b",
    re.IGNORECASE,
)
_PSEUDONYM = re.compile(r"\b(?:Child|Baby|Sibling|Young Person|Mr|Mrs|Ms)\s+[A-Z0-9]\b")
_CAPITALISED = re.compile(
    r"\b[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*)+"
)  # "Calderford Children's Services", "Ashdown Partnership"
_DETERMINERS = frozenset({"the", "all", "each", "every", "any", "both", "our", "its", "their"})


def names_body(text: str) -> bool:
    """Whether ``text`` names an agency, body or role, not only a vague collective."""
    text = _PSEUDONYM.sub(" ", _EVERYWHERE.sub(" ", text))
    if _BODY.search(text) or _BODY_ACRONYM.search(text):
        return True
    for found in _CAPITALISED.finditer(text):
        words = [w.lower().strip("'’") for w in found.group().split()]
        following = re.match(r"\s+([\w-]+)", text[found.end() :])
        if following and following.group(1).lower() in _VAGUE:
            continue  # "All Thornbury agencies": a place before a collective
        if any(w not in _VAGUE and w not in _DETERMINERS and w != "for" for w in words):
            return True
    return False


def is_vague_owner(cell: str) -> bool:
    """Whether an owner cell says no more than "all agencies", "partners" or "TBC"."""
    if is_placeholder(cell):
        return True
    words = re.findall(r"[\w'’&-]+", cell.lower())
    return all(w in _VAGUE or w in _DETERMINERS for w in words)


# --- clauses, modals and the main verb ----------------------------------------------------------

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
_BY_AGENT = re.compile(
    r"\b(?:be|been|is|are|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|t|ne|ld|ght|de)\b"
    r"[^.;\n]{0,80}?\bby\s+(?P<agent>[^,.;:()\n]{2,80})",
    re.IGNORECASE,
)
# Where a "by" agent's noun phrase ends: "by March 2025 to all GPs" names no agent.
_AGENT_END = re.compile(
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


# "The Partnership's neglect strategy": the strategy, not the Partnership, is the subject. Not
# "children's social care", "young people's services".
_POSSESSIVE = re.compile(r"(?<!\bchildren)(?<!\bpeople)(?<!\bwomen)['’]s\s+", re.IGNORECASE)


def _head(actor: str) -> str:
    """The words of a subject after its last possessive ("the ICB's designated nurse")."""
    parts = _POSSESSIVE.split(actor)
    return parts[-1]


_CLAUSE_START_BODY = re.compile(
    r"^(?:(?:the|all|each|every|both|our)\s+)?(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|&)\s+)?)*"
    rf"(?:(?:{_BODY_WORDS})\b|(?:{_BODY_ACRONYMS})(?![\w-]))(?!['’]s\b)",
)


def has_addressee(text: str) -> bool:
    """Whether a recommendation says who is to act: its subject or a "by" agent names a body."""
    for clause in clauses(text):
        if clause.actor and not clause.passive and names_body(_head(clause.actor)):
            return True
        if not clause.actor and not clause.imperative and _CLAUSE_START_BODY.match(clause.text):
            return True
        for agent in _BY_AGENT.finditer(clause.text):
            if names_body(_AGENT_END.split(agent.group("agent"), maxsplit=1)[0]):
                return True
        label = re.match(r"^(?:for\s+)?([^:]{2,60}):\s", clause.text, re.IGNORECASE)
        if label and names_body(label.group(1)):
            return True
    return False


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
            r"^(?:be|remain|stay|become)\s+(?:made\s+|more\s+|fully\s+|kept\s+)?"
            r"(?:aware|alert|cognisant|conscious)\b",
        ),
        ("be mindful", r"^(?:be|remain|stay|become)\s+(?:more\s+|fully\s+)?mindful\b"),
        ("reflect on", r"^reflect(?:s)?\s+(?:on|upon)\b"),
        ("remind", r"^(?:remind(?:s)?|be\s+reminded)\b"),
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
    for clause in clauses(text):
        if clause.action:
            return bool(_ENSURE.match(clause.action))
    return False


# --- timescale and measure ----------------------------------------------------------------------

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_NUMBER_WORDS = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty"
    r"|twenty-four|thirty|a|few|several"
)
_UNITS = (
    r"(?:working\s+|school\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?|quarters?|terms?)"
)
# A date: "March 2026", "31 July 2025", "by April", "in 2026", "Q3 2025", "spring 2026".
_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b"
    rf"|\b(?:by|before|from|in|during|until|till|end\s+of|start\s+of|beginning\s+of|early|late"
    rf"|mid-?)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS})\b"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|(?i:\b(?:spring|summer|autumn|winter)\s+(?:term\s+)?(?:19|20)\d\d\b)"
    r"|(?i:\b(?:by|before|in|during|from|until|within|end\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?:(?:19|20)\d\d|Q[1-4])\b)"
    r"|(?i:\bQ[1-4]\s+(?:of\s+)?(?:19|20)\d\d(?:/\d\d)?\b)"
)
# A date is a deadline after these words, whatever else the sentence says.
_DEADLINE = re.compile(
    r"(?i:\b(?:by|before|until|till|no\s+later\s+than|end\s+of|from|starting|commencing|due"
    r"|target(?:\s+date)?\s*:?|deadline\s*:?)\s+(?:the\s+)?)$"
)
# Otherwise a date near these words is when something happened, not when it will be done.
_PAST = re.compile(
    r"(?i:\b(?:was|were|had|has\s+been|have\s+been|died|death|born|birth|since|following|after"
    r"|occurred|happened|took\s+place|last|ago|previous(?:ly)?|between|incident|injur\w*"
    r"|admitted|referred|published|introduced|updated|issued)\b)"
)
# A period or frequency: "within six months", "by the end of the year", "quarterly".
_PERIOD = re.compile(
    rf"(?i:\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?(?:{_NUMBER_WORDS})\s+{_UNITS})"
    rf"|(?i:\b(?:in|over|during|for)\s+the\s+(?:next|coming|following|first)\s+"
    rf"(?:(?:{_NUMBER_WORDS})\s+)?{_UNITS})"
    rf"|(?i:\b(?:after|for|of|in)\s+(?:{_NUMBER_WORDS})\s+{_UNITS})"
    r"|(?i:\b(?:by|in|during|before)\s+(?:the\s+)?(?:spring|summer|autumn|winter)\b)"
    r"|(?i:\bthis\s+(?:financial\s+|calendar\s+|academic\s+)?year\b)"
    rf"|(?i:\b(?:{_NUMBER_WORDS})\s+{_UNITS}\s+(?:after|from|of|following)\s+)"
    r"|(?i:\b(?:by|before|at|until|from)\s+the\s+(?:end|start|beginning)\s+of\s+"
    r"(?:the\s+|this\s+|next\s+)?"
    r"(?:year|month|quarter|financial\s+year|calendar\s+year|academic\s+year|school\s+year|term"
    r"|summer|spring|autumn|winter)\b)"
    rf"|(?i:\b(?:every|each)\s+(?:(?:{_NUMBER_WORDS}|other)\s+)?(?:days?|weeks?|months?"
    r"|quarters?|years?|terms?)\b)"
    r"|(?i:\b(?:quarterly|monthly|annually|yearly|bi-?annually|six-monthly|twice[\s-]yearly"
    r"|fortnightly|weekly)\b)"
    r"|(?i:\btwice\s+(?:a|each|per)\s+year\b|\bannual\s+(?:report|audit|review)\b)"
    r"|(?i:\b(?:immediately|with\s+immediate\s+effect|from\s+(?:now|today))\b)"
    r"|(?i:\b(?:at|by)\s+(?:its|their|the)\s+(?:next|following)\s+(?:meeting|board))"
    r"|(?i:\b(?:next|this|following)\s+(?:financial\s+year|academic\s+year|quarter)\b)"
)
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


def has_timescale(text: str) -> bool:
    """Whether ``text`` gives a date or a period ("by March 2025", "within six months").

    A date that tells when something happened ("since the death of Child A in March 2023") is
    not a timescale; one after "by", "before", "until" … always is.
    """
    if _PERIOD.search(text):
        return True
    for found in _DATE.finditer(text):
        before = text[max(0, found.start() - 80) : found.start()]
        before = re.split(r"[.;:\n]\s", before)[-1]
        if _DEADLINE.search(before) or re.match(
            r"(?i:by|before|until|till|end\s+of)\b", found.group()
        ):
            return True
        if not _PAST.search(before):
            return True
    return False


_MEASURE = re.compile(
    r"\b(?:so\s+that|so\s+as\s+to|in\s+order\s+that|measured|measurable|measures?\s+(?:of|by|will)"
    r"|evidenced|evidence\s+(?:of|that|will|from|showing)|evaluat(?:e|es|ed|ing|ion)"
    r"|(?:impact|success|effectiveness|outcomes?|progress|compliance|improvement|change)s?\s+"
    r"(?:will|should|must|is\s+to|are\s+to)\s+be\s+(?:\w+\s+)?(?:measured|evaluated|assessed"
    r"|monitored|tested|reviewed|reported|shown|demonstrated|evidenced|judged|tracked|audited)"
    r"|to\s+demonstrate|demonstrat(?:e|es|ing)\s+(?:that|the|its|an?|how|improve)"
    r"|test(?:s|ed|ing)?\s+(?:whether|that|if|its|their|the\s+(?:impact|effect|effectiveness)|how)"
    r"|re-?audit\w*|dip[\s-]sampl\w*"
    r"|audit\w*\b[^.;\n]{0,120}?\b(?:show|result|finding|report|whether|compliance|to\s+(?:check"
    r"|test|see|establish|confirm|assess|measure|determine|demonstrate|evidence))"
    r"|report\w*\b[^.;\n]{0,80}?\b(?:results?|findings|outcomes?|progress|compliance|impact"
    r"|data|figures|numbers?|rates?|performance|evidence|effectiveness|uptake|attendance|audit)"
    r"|report\w*\s+(?:on|how|whether|back)\b"
    r"|report\w*\b[^.;\n]{0,80}?\bto\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:partnership|board|lscb|lscp|safeguarding\s+partners|committee|sub-?group|panel"
    r"|executive|governing\s+body|forum)\b"
    r"|targets?\s+(?:of|is|will|for)|with\s+a\s+target|per\s?cent|percentage"
    r"|monitor(?:s|ed|ing)?|survey\w*|feedback\s+from|questionnaire|performance\s+indicators?"
    r"|kpis?|baseline|assurance\s+report|scorecard|dashboard|number\s+of|proportion\s+of"
    r"|impact\s+will|success\s+will|will\s+show|shows?\s+that"
    r"|expected\s+(?:outcomes?|impact|results?)|outcomes?\s+(?:is|are|will|should)\b"
    r"|how\s+(?:we|it|they)\s+will\s+know)"
    r"|\d\s?%",
    re.IGNORECASE,
)


# An evaluation that is the recommendation's own task ("commission an independent evaluation of
# the early help offer", "evaluate the pathway"): it says what to do, not how success will show.
_EVALUATION_TASK = re.compile(
    r"^(?:(?:commission|undertake|carry\s+out|conduct|run|complete|arrange|fund|procure)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?evaluation|evaluate)\b",
    re.IGNORECASE,
)


def has_measure(text: str) -> bool:
    """Whether ``text`` says what outcome is expected or how it will be evidenced.

    An evaluation counts ("and evaluate the training through a case audit") unless it is the
    main action itself ("commission an independent evaluation of the early help offer").
    """
    task = _evaluation_task(text)
    for found in _MEASURE.finditer(text):
        if task and found.group().lower().startswith("evaluat"):
            task = False  # the task's own word; a later evaluation still counts
            continue
        return True
    return False


def _evaluation_task(text: str) -> bool:
    for clause in clauses(text):
        if clause.action:
            return bool(_EVALUATION_TASK.match(clause.action))
    return False


# --- traceability, duplication ----------------------------------------------------------------

_CITES = re.compile(
    r"\b(?:findings?|learning\s+points?|lessons?|key\s+(?:issues?|findings?|practice\s+episodes?)"
    r"|kpes?|themes?|paragraphs?|paras?\.?|sections?|issues?|recommendations?\s+arising"
    r"|chapters?)\s+\(?\d+(?:\.\d+)*\b"
    r"|\bsee\s+(?:finding|section|paragraph|para)\b|\barising\s+from\s+(?:finding|section|paragraph)",
    re.IGNORECASE,
)


def cites_finding(text: str) -> bool:
    """Whether ``text`` refers to a finding, lesson, section or paragraph by its number."""
    return bool(_CITES.search(text))


# Words that carry no topic: function words, numbers, dates, modals.
_FUNCTION = frozenset(
    {
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an",
        "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "either", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is",
        "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
        "out", "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this",
        "those", "through", "to", "too", "under", "until", "up", "upon", "very", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "why", "will",
        "with", "within", "without", "would", "you", "your", "yet", "via", "per", "including",
        "include", "includes", "new", "use", "used", "using", "make", "made", "ensure", "ensures",
        "ensuring", "consider", "considered", "need", "needs", "needed", "way", "ways", "well",
        "every", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "twelve", "twenty", "thirty", "first", "second", "third", "end", "next", "year", "years",
        "month", "months", "week", "weeks", "day", "days", "time", "timely", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "spring", "summer", "autumn", "winter", "quarter", "quarterly", "annually", "monthly",
        "eleven", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "half", "twice"
    }
)  # fmt: skip
# Words every case review uses, which tie a recommendation to no finding in particular.
_GENERIC = frozenset(
    {
        "report", "reports", "reported", "reporting", "recommend", "recommends", "recommended",
        "recommendation", "recommendations", "finding", "findings", "learning", "lesson",
        "lessons", "section", "paragraph", "review", "reviews", "reviewed", "agency", "agencies",
        "practice", "practitioner", "practitioners", "professional", "professionals",
        "partnership", "partnerships", "partner", "partners", "child", "children", "family",
        "families", "training", "staff", "service", "services", "safeguarding", "case", "cases",
        "work", "working", "local", "multi-agency", "relevant", "appropriate", "appropriately",
        "clear", "clearly", "support", "supported", "improve", "improved", "improvement",
        "effective", "effectively", "help", "important", "importance", "issue", "issues", "key",
        "process", "processes", "person", "people", "young", "board", "lead", "leads",
        "arrangements", "plan", "plans", "action", "actions", "always", "jointly", "together",
        "information", "sharing", "share", "shared", "risk", "risks", "concern", "concerns",
        "referral", "referrals", "refer", "referred", "assessment", "assessments", "assess",
        "assessed", "meeting", "meetings", "mother", "parent", "parents", "carer", "carers",
        "social", "care", "policy", "policies", "procedure", "procedures",
        "guidance", "record", "records", "recording", "worker", "workers", "team", "teams",
        "manager", "managers", "management", "decision", "decisions", "response", "contact",
        "contacts", "level", "levels", "system", "systems", "area", "national", "organisation",
        "organisations", "identified", "identify", "understanding", "experience", "life", "lives",
        "evidence", "impact", "outcome", "outcomes", "baby", "babies"
    }
)  # fmt: skip


def stem(word: str) -> str:
    """Fold a word to a rough stem so that "bruising", "bruised" and "bruises" meet.

    Two passes of suffix stripping, keeping at least four letters (three before "-ies"), after
    folding irregular forms ("children", "held"): "visitors" and "visiting" both become
    "visit", "escalation" and "escalate" "escalat", "babies" and "baby" "baby".
    """
    word = re.sub(r"['’]s$", "", word.lower().strip("'’-"))
    word = _IRREGULAR.get(word, word)
    for _ in range(2):
        for suffix in _SUFFIXES:
            # "babies" and "copies" keep a short stem: "baby", "copy"
            shortest = 3 if suffix in ("ies", "ied") else 4
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                if suffix == "s" and word.endswith(("ss", "us", "is")):
                    continue
                word = word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
                break
    return word


_SUFFIXES = ("ing", "ies", "ied", "ions", "ion", "ors", "or", "ed", "es", "s", "e")
# Plurals and past forms that suffixes do not fold: "children" meets "child", "held" "hold".
_IRREGULAR = {
    "children": "child", "people": "person", "women": "woman", "men": "man",
    "held": "hold", "met": "meet", "seen": "see", "saw": "see", "told": "tell",
    "sent": "send", "kept": "keep", "brought": "bring", "written": "write", "wrote": "write",
    "given": "give", "gave": "give", "taken": "take", "took": "take", "made": "make",
    "done": "do", "did": "do", "known": "know", "knew": "know", "led": "lead", "found": "find",
    "spoken": "speak", "spoke": "speak", "thought": "think", "paid": "pay", "said": "say",
    "shown": "show", "understood": "understand", "chosen": "choose", "built": "build",
    "heard": "hear", "meant": "mean", "began": "begin", "begun": "begin", "ran": "run",
}  # fmt: skip
_FUNCTION_STEMS = frozenset(stem(word) for word in _FUNCTION)
_GENERIC_STEMS = frozenset(stem(word) for word in _GENERIC)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")


def content_stems(text: str, *, specific: bool = False, drop_bodies: bool = False) -> set[str]:
    """The stems of ``text``'s content words (function words, numbers and dates left out).

    With ``specific``, words every review uses (agency, practice, child, family, training,
    staff, risk, referral …) are left out too. With ``drop_bodies``, agencies and roles are
    removed first, so that the same request to two agencies has the same words.
    """
    if drop_bodies:
        text = _BODY_ACRONYM.sub(" ", _BODY.sub(" ", text))
        text = _CAPITALISED.sub(" ", text)
    stop = _FUNCTION_STEMS | _GENERIC_STEMS if specific else _FUNCTION_STEMS
    found = set()
    for word in _WORD.findall(text):
        if re.fullmatch(r"[A-Z]{2,}s?", word):  # "GP", "GPs", "ICB": an acronym, kept whole
            found.add(word.rstrip("s").lower())
        elif len(word) > 2 and word.lower() not in _FUNCTION:
            found.add(stem(word))
    return found - stop


def similarity(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """Jaccard similarity of two word sets (0 when both are empty)."""
    union = a | b
    return len(a & b) / len(union) if union else 0.0


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
    for found in reversed(list(_BY_AGENT.finditer(text))):
        agent = _AGENT_END.split(found.group("agent"), maxsplit=1)[0]
        start = found.start("agent")
        text = text[:start] + " " + text[start + len(agent) :]
    return text


def containment(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    """The share of the smaller word set found in the other (0 when either is empty)."""
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


# --- boilerplate --------------------------------------------------------------------------------

_BOILERPLATE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (term, re.compile(pattern, re.IGNORECASE))
    for term, pattern in (
        ("refresher training", r"\brefresher\s+training\b"),
        (
            "refresh training",
            r"\brefresh(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,2}?(?:training|knowledge|awareness)\b",
        ),
        (
            "remind staff",
            r"\bremind(?:s|ed|ing)?\s+(?:all\s+|the\s+|relevant\s+|frontline\s+)?(?:\w+\s+)?"
            r"(?:staff|practitioners|professionals|colleagues|workers|clinicians|agencies"
            r"|partners|managers|teams)\b|\bbe\s+reminded\b"
            r"|\bremind(?:s|ed|ing)?\s+(?:(?!to\b)[\w'’-]+\s+){1,4}?(?:of|about|that)\b",
        ),
        (
            "reiterate the importance of",
            r"\breiterat(?:e|es|ed|ing)\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?the\s+importance\b",
        ),
        ("recirculate the policy", r"\bre-?circulat(?:e|es|ed|ing)\b"),
        (
            "raise awareness",
            r"\brais(?:e|es|ed|ing)\s+(?:\w+\s+)?awareness\b|\bawareness[\s-]raising\b",
        ),
        (
            "disseminate the learning",
            r"\bdisseminat(?:e|es|ed|ing|ion)\s+(?:of\s+)?(?:the\s+)?(?:learning|lessons|findings)\b"
            r"|\bcascad(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons)\b"
            r"|\b(?:learning|lessons|findings)\b[^.;\n]{0,40}?\b(?:should|will|must|is\s+to|are\s+to"
            r"|to)\s+be\s+(?:widely\s+)?(?:disseminated|cascaded|shared|circulated)\b",
        ),
        (
            "share the learning",
            r"\bshar(?:e|es|ed|ing)\s+(?:the\s+)?(?:learning|lessons|findings)\s+"
            r"(?:from|of|arising\s+from)\s+(?:this|the)\s+(?:review|report|case)\b",
        ),
        (
            "embed the learning",
            r"\bembed(?:s|ded|ding)?\s+(?:the\s+)?(?:learning|lessons)\b"
            r"|\b(?:learning|lessons)\b[^.;\n]{0,40}?\b(?:is|are|be|being)\s+(?:fully\s+)?embedded\b",
        ),
    )
)
_METHOD = re.compile(
    r"\b(?:workshops?|briefings?|seven-minute|7-minute|e-learning|webinars?|learning\s+events?"
    r"|sessions?|masterclass\w*|module|induction|supervision|conference|newsletter|toolkit"
    r"|podcast|simulation|case\s+studies|guidance\s+note)\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|hundred)\b",
    re.IGNORECASE,
)
_AUDIENCE = re.compile(
    r"\b(?:health\s+visitors?|school\s+nurses?|midwi(?:fe|ves)|gps?|general\s+practitioners?"
    r"|social\s+workers?|teachers?|head\s*teachers?|paediatricians?|police\s+officers?"
    r"|designated\s+safeguarding\s+leads?|dsls?|call\s+handlers?|family\s+support\s+workers?"
    r"|nursery\s+(?:nurses|staff)|emergency\s+department\s+staff|duty\s+(?:social\s+workers|"
    r"managers)|team\s+managers?|supervisors?|receptionists?|locums?|housing\s+officers?"
    r"|probation\s+officers?|youth\s+workers?)\b",
    re.IGNORECASE,
)


def boilerplate(text: str) -> str | None:
    """The stock phrase a recommendation is built on ("refresh training" …), if any."""
    for term, pattern in _BOILERPLATE:
        if pattern.search(text):
            return term
    return None


def specifics(text: str) -> int:
    """How many kinds of specific detail a recommendation gives.

    Counted: a timescale, a measure or check, a number, a named method of delivery, and a named
    audience (a role rather than "staff").
    """
    return sum(
        bool(found)
        for found in (
            has_timescale(text),
            has_measure(text),
            _NUMBER.search(text),
            _METHOD.search(text),
            _AUDIENCE.search(text),
        )
    )
