"""Words the analysis rules share: explanations, statements of purpose, actors.

Kept as data (tuples of expressions) so that a wording can be added without touching a rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.document import Block, BlockKind, Document
from scrlint.quotes import masked_quotations
from scrlint.sentences import sentence_spans

# A sentence that says why: a cause, a reason, a consequence or the context of a decision.
EXPLANATORY: tuple[str, ...] = (
    r"\bbecause\b",
    r"\bas\s+a\s+(?:direct\s+)?(?:result|consequence)\b",
    r"\b(?:the|a|direct)\s+(?:result|consequence)\s+of\b",
    r"\bconsequently\b",
    r"\b(?:due|owing)\s+to\b",
    r"\bmeant\b(?!\s+to\b)",
    r"\b(?:led|lead|leads|leading)\s+to\b",
    r"\bcontribut(?:ed|es|ing|e|ory)\s+(?:factor|to)\b",
    r"\b(?:influenced|shaped|driven|caused|explained|affected|hampered|hindered|compounded)\s+by\b",
    r"\bthe\s+reasons?\b",
    r"\breasons?\s+(?:for|why)\b",
    r"\bexplain(?:s|ed)?\b",
    r"\bexplanations?\b",
    r"\bin\s+the\s+context\s+of\b",
    r"\bgiven\s+that\b",
    r"\bso\s+that\b",
    r"\bresult(?:ed|s)?\s+(?:from|in)\b",
    r"\breflect(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:wider|broader|general|common|longstanding|long-standing|local|national|systemic|"
    r"organisational|culture|pattern|lack|shortage|gap|absence|belief|assumption|practice)\b",
    r"\blikely\s+to\s+have\s+been\b",
    r"\bthis\s+was\s+likely\s+to\s+be\b",
    r"\bappears?\s+to\s+have\s+been\s+the\s+result\b",
    r"\bwhy\b",
    r"\bfactors?\b",
    r"\bunderlying\b",
    r"\bmade\s+it\s+(?:\w+\s+)?(?:harder|difficult|easier|impossible|less\s+likely|more\s+likely)\b",
)

# Statements of a review's purpose or method that mention hindsight or blame without using them.
PURPOSE: tuple[str, ...] = (
    r"\bhindsight\s+bias\b",
    r"\b(?:not|never|avoid\w*|minimi[sz]\w*|guard\w*\s+against|reduc\w*|resist\w*|counter\w*|"
    r"aware|mindful|conscious|risks?|dangers?|influence|trap|lens|without|rather\s+than|"
    r"free\s+(?:from|of)|careful|effects?|distort\w*|bias\w*|easy|easier)\b"
    r"(?:\W+\w+){0,5}?\W+hindsight\b",
    # "not to judge practitioners with the benefit of hindsight"
    r"\b(?:not|never|avoid\w*|without|rather\s+than)\s+(?:to\s+)?(?:judg\w*|assess\w*|view\w*|"
    r"look\w*|evaluat\w*|criticis\w*|apply\w*|read\w*|interpret\w*)\b(?:\W+\w+){0,10}?\W+hindsight\b",
    # "does not seek to blame", "is not about blame", "rather than to apportion blame"
    r"\b(?:not|nor|never|rather\s+than|instead\s+of|without|avoid\w*)\s+"
    r"(?:(?:seek|seeks|sought|intend|intended|aim|aims|designed|about|an?|the|to|its|purpose|"
    r"meant|attempt|attempts|try|tries|trying|look|looks|looking|for|individuals?|anyone|any|one|"
    r"apportion|find|finding|who|into|inquiry|inquiries|investigation|process|exercise|in|order|"
    r"is|was|are|be|been|being|or|and|a|way|of|hold|holding|to)\s+){0,6}"
    r"(?:blame\w*|apportion\w*|culpab\w*|fault|disciplinary|account)\b",
    # "no single agency was at fault", "the GP was not to blame"
    r"\bno\s+(?:one|individual|agency|practitioner|single\s+\w+)\s+(?:\w+\s+)?"
    r"(?:is|was|were|can|could|should)\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:blamed|to\s+blame|at\s+fault|culpable)\b",
    r"\bnot\s+(?:\w+\s+)?(?:at\s+fault|to\s+blame|culpable|negligent)\b",
    # "The purpose of this review is not …"; "SCRs are not inquiries into … who is culpable"
    r"\b(?:purpose|aim|intention|principles?|(?:role|remit|task|function)\s+of\s+(?:this|the|a)\s+"
    r"(?:review|panel|reviewers?|report))\b.{0,100}?\b(?:blame\w*|culpab\w*|fault|to\s+account)\b",
    r"\b(?:inquir\w+|investigations?)\s+into\b.{0,80}?\bculpab\w*",
    r"\bno[- ]blame\b",
    # an open question, not an accusation: "to decide whether anyone is culpable"
    r"\bwhether\b.{0,60}?\b(?:culpab\w*|to\s+blame|at\s+fault|negligen\w*)",
    r"\b(?:fear|risk|culture)\s+of\s+(?:being\s+)?blam\w*\b",
    r"\bblame\s+culture\b",
    r"\boutcome\s+bias\b",
    # "judged on what was known at the time, not on what we now know"; "not in retrospect"
    r"\b(?:not|never|avoid\w*|without|rather\s+than|instead\s+of|resist\w*|guard\w*\s+against)\b"
    r"(?:\W+\w+){0,8}?\W+(?:retrospect|later\s+knowledge|what\s+(?:\w+\s+)?(?:is|was|we|has)\s+"
    r"(?:\w+\s+)?(?:now|later|subsequently|since)\s+(?:\w+\s+)?known?s?)\b",
)

# A reviewer denying or doubting what follows in the sentence: "found no evidence that any
# practitioner acted carelessly", "does not consider that the death was avoidable".
DENIAL: tuple[str, ...] = (
    r"\b(?:no|little|nothing|scant|not\s+any)\s+(?:\w+\s+){0,2}?"
    r"(?:evidence|indication|suggestion|basis|grounds|reason)\b",
    r"\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:any|enough|sufficient)\s+evidence\b",
    r"\bnothing\s+(?:to\s+)?(?:suggest|indicate|show)s?\b",
    r"\b(?:not|never|cannot|can['’]t|could\s+not|couldn['’]t|did\s+not|didn['’]t|does\s+not|"
    r"doesn['’]t|do\s+not|don['’]t)\s+(?:\w+\s+)?(?:consider|believe|accept|conclude|say|suggest|"
    r"agree|think)\b",
    r"\b(?:not|never|did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not)\s+(?:\w+\s+)?"
    r"(?:find|found|show|shows|showed|establish|established)\s+(?:\w+\s+){0,3}?that\b",
    r"\b(?:cannot|can['’]t|could\s+not|couldn['’]t|impossible\s+to|not\s+possible\s+to|"
    r"difficult\s+to|hard\s+to)\s+(?:\w+\s+)?(?:say|know|tell|judge|conclude|be\s+sure|be\s+said)\b",
    r"\bunlikely\b",
    r"\bnot\s+the\s+case\s+that\b",
    r"\bwould\s+be\s+(?:wrong|unfair|unreasonable|misleading)\s+to\b",
    r"\b(?:would|could|is|was)\s+(?:not|n['’]t)\s+(?:be\s+)?(?:fair|right|reasonable|accurate|correct)\b",
    r"\b(?:no\s+(?:one|single|individual|practitioner|professional|agency|member\s+of\s+staff)|"
    r"none\s+of|nobody|neither)\b",
)

# Practitioners and their roles (the subject of "failed to" in a blaming sentence).
ROLES: tuple[str, ...] = (
    r"\bhealth\s+visit(?:or|ors|ing)\b",
    r"\bmidwi(?:fe|ves|fery)\b",
    r"\bmaternity\b",
    r"\bGPs?\b",
    r"\bgeneral\s+practi(?:ce|tioners?)\b",
    r"\bdoctors?\b",
    r"\bDr\b",
    r"\bpaediatrici?ans?\b",
    r"\bconsultants?\b",
    r"\bregistrars?\b",
    r"\bnurs(?:e|es|ing)\b",
    r"\bsocial\s+(?:workers?|care|work)\b",
    r"\b(?:SW|HV|GP|PC|DC|DS)\s?[0-9]+\b",
    r"\bpractitioners?\b",
    r"\bprofessionals?\b",
    r"\bclinicians?\b",
    r"\bstaff\b",
    r"\bofficers?\b",
    r"\b(?:PC|DC|DS|DI|Sgt|Sergeant|Constable|Inspector)\b",
    r"\bpolice\b",
    r"\bhead\s*teachers?\b",
    r"\bteachers?\b",
    r"\b(?:designated\s+safeguarding\s+lead|DSL)s?\b",
    r"\bmanagers?\b",
    r"\bteam\s+leaders?\b",
    r"\bsupervisors?\b",
    r"\b(?:family\s+support|key|youth(?:\s+(?:offending|justice))?|duty|support|outreach|link|"
    r"early\s+help|case|project|substance\s+misuse|drug\s+and\s+alcohol)\s+workers?\b",
    r"\b(?:care\s+)?co-?ordinators?\b",
    r"\bheads?\s+of\s+(?:year|house|service|department|safeguarding|school)\b",
    r"\bpersonal\s+advis[eo]rs?\b",
    r"\bIROs?\b",
    r"\btherapists?\b",
    r"\blocums?\b",
    r"\bcall\s+handlers?\b",
    r"\breceptionists?\b",
)
# Agencies, services and teams.
AGENCIES: tuple[str, ...] = (
    r"\bagenc(?:y|ies)\b",
    r"\bservices?\b",
    r"\bMASH\b",
    r"\bCSC\b",
    r"\bschools?\b",
    r"\bnurser(?:y|ies)\b",
    r"\bhospitals?\b",
    r"\btrusts?\b",
    r"\bemergency\s+department\b",
    r"\bA\s?&\s?E\b",
    r"\b(?:ICB|CCG|PCT|LSCB|CAMHS|NHS)s?\b",
    r"\bcouncil\b",
    r"\blocal\s+authorit(?:y|ies)\b",
    r"\bpartnership\b",
    r"\bboard\b",
    r"\bteams?\b",
    r"\bdepartments?\b",
    r"\bclinics?\b",
    r"\bsurger(?:y|ies)\b",
    r"\bhousing\b",
    r"\bprobation\b",
    r"\bCafcass\b",
    r"\bwalk-in\s+centre\b",
    r"\bhubs?\b",
    r"\bfront\s+door\b",
)

# Family members and the child (never the subject of a blaming sentence about practice).
FAMILY: tuple[str, ...] = (
    r"\bmother\b",
    r"\bfather\b",
    r"\bmum\b",
    r"\bdad\b",
    r"\bparents?\b",
    r"\bstep-?(?:father|mother|parents?)\b",
    r"\bpartner\b(?!\s+(?:agenc|organisation|services?))",
    r"\b(?:boy|girl)friend\b",
    r"\bgrand(?:mother|father|parents?|ma|pa)\b",
    r"\b(?:aunt|uncle|cousin)s?\b",
    r"\bsiblings?\b",
    r"\b(?:brother|sister)s?\b",
    r"\bcarers?\b",
    r"\bfamily\b",
    r"\bhousehold\b",
    r"(?-i:\b(?:Mr|Mrs|Ms|Miss|Mx|Child|Baby|Sibling|Young\s+Person)\s+[A-Z0-9]\b)",
    r"\bchild(?:ren)?\b",
    r"\bbab(?:y|ies)\b",
    r"\byoung\s+(?:person|people)\b",
    r"\bcouple\b",
    r"\brelatives?\b",
)


def any_of(expressions: Iterable[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One expression matching any of ``expressions``."""
    return re.compile("|".join(f"(?:{e})" for e in expressions), flags)


EXPLANATION_RE = any_of(EXPLANATORY)
PURPOSE_RE = any_of(PURPOSE)
DENIAL_RE = any_of(DENIAL)
PRACTITIONER_RE = any_of((*ROLES, *AGENCIES))
AGENCY_RE = any_of(AGENCIES)
FAMILY_RE = any_of(FAMILY)
# What ends a denial's reach: "no evidence that …; but … should have".
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|however|yet|although|though)\b|,\s+and\b", re.IGNORECASE)


def denied(sentence: str, at: int) -> bool:
    """Whether the reviewer denies or doubts, earlier in the same clause of ``sentence``, what
    is said at character ``at`` ("found no evidence that any practitioner acted carelessly")."""
    denials = list(DENIAL_RE.finditer(sentence, 0, at))
    return bool(denials) and not _CLAUSE_BREAK.search(sentence, denials[-1].end(), at)


def actor_kind(text: str) -> str | None:
    """'practitioner', 'family' or None for a noun phrase (possessors already removed).

    A practitioner word wins: "the family's social worker" is a practitioner; "Mr K" is family.
    """
    if PRACTITIONER_RE.search(text):
        return "practitioner"
    if FAMILY_RE.search(text):
        return "family"
    return None


_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")


def last_actor(text: str, *, agencies_only: bool = False) -> str | None:
    """The kind of the last actor named in ``text`` (for a pronoun after it), skipping possessors.

    "… should have recorded Mr K's details, and she …": Mr K is a possessor, so "she" goes back
    to the practitioner named before him. ``agencies_only`` is for "it".
    """
    found: list[tuple[int, str]] = []
    kinds = (
        (("practitioner", AGENCY_RE),)
        if agencies_only
        else (("practitioner", PRACTITIONER_RE), ("family", FAMILY_RE))
    )
    for kind, expression in kinds:
        for match in expression.finditer(text):
            if _POSSESSIVE.match(text, match.end()):
                continue
            found.append((match.end(), kind))
    return max(found)[1] if found else None


_SCANNED = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL)


def reviewer_sentences(document: Document) -> list[tuple[Block, int, int, str]]:
    """(block, start, end, masked text of the block) for every sentence in the reviewer's voice.

    Block quotations and headings are left out; quotations inside a sentence are blanked in
    the masked text, which keeps the block's offsets: a family member's or practitioner's own
    words are theirs, not the reviewer's judgement. Computed once per document.
    """
    key = "analysis-reviewer-sentences"
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    found = []
    for block in document.blocks(*_SCANNED):
        masked = masked_quotations(block.text)
        found += [(block, start, end, masked) for start, end in sentence_spans(block.text)]
    document.derived[key] = found
    return found
