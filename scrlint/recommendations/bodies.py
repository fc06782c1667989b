"""Who can own an action: the agencies, bodies and roles a recommendation may address.

Matched as words rather than parsed: a list of bodies and roles, their acronyms, and any
capitalised name ("Thornbury Council"), with vague collectives ("all agencies", "practitioners")
that name no one left out.
"""

from __future__ import annotations

import re

# Agencies, bodies and roles that can own an action. Matched case-insensitively, whole words,
# with an optional plural.
BODY_WORDS = (
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
BODY_ACRONYMS = (
    r"ICBs?|CCGs?|LSCBs?|LSCPs?|SCPs?|PCTs?|CAMHS|MASH|CSC|DCS|GPs?|HVs?|DSLs?|SENCOs?|YOTs?"
    r"|YOS|IROs?|NHS|CQC|CPS|MARAC|MAPPA|IDVAs?|ED|A&E|DfE|DHSC|Ofsted|UKHSA|PCNs?|LADO|Cafcass"
    r"|CAFCASS|NSPCC|HMPPS|CRC|SALT|0-19|ISVA|SARC"
)
BODY = re.compile(rf"\b(?:{BODY_WORDS})\b", re.IGNORECASE)
BODY_ACRONYM = re.compile(rf"(?<![\w-])(?:{BODY_ACRONYMS})(?![\w-])")
# Collectives that do not say who is to act ("all agencies", "practitioners", "partners").
VAGUE_COLLECTIVES = frozenset(
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
CAPITALISED = re.compile(
    r"\b[A-Z][\w'’&-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'’&-]*)+"
)  # "Calderford Children's Services", "Ashdown Partnership"
DETERMINERS = frozenset({"the", "all", "each", "every", "any", "both", "our", "its", "their"})


def names_body(text: str) -> bool:
    """Whether ``text`` names an agency, body or role, not only a vague collective."""
    text = _PSEUDONYM.sub(" ", _EVERYWHERE.sub(" ", text))
    if BODY.search(text) or BODY_ACRONYM.search(text):
        return True
    for found in CAPITALISED.finditer(text):
        words = [w.lower().strip("'’") for w in found.group().split()]
        following = re.match(r"\s+([\w-]+)", text[found.end() :])
        if following and following.group(1).lower() in VAGUE_COLLECTIVES:
            continue  # "All Thornbury agencies": a place before a collective
        if any(w not in VAGUE_COLLECTIVES and w not in DETERMINERS and w != "for" for w in words):
            return True
    return False
