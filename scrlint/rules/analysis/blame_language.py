"""Blaming or character language about practitioners and agencies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from scrlint.document import Block
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.hindsight_language import (
    REFORMULATE,
    cue_text,
    cued_sentences,
    first_test,
)
from scrlint.rules.analysis.lexicon import (
    PURPOSE_RE,
    actor_kind,
    denied,
    last_actor,
)

_NEEDS = frozenset({"parse"})
_FAILED = "failed to"
# (name shown in the message, expression). How a term finds whom it is about:
# - _ACTORS ("failed to", "neglected to", "ignored"): the one who acted (the subject, or the
#   agent of a passive) must be a practitioner or an agency;
# - _VICTIMS ("let Child A down"): the one who let the child down, unless a family member; a
#   passive with no agent ("Child A was let down") counts;
# - _TARGETS ("must be held to account", "was responsible for the injuries"): the subject must be
#   a practitioner or an agency;
# - _AFTER ("responsibility lies with the police"): the words after the phrase, unless family;
# - the others count unless they describe a family member or the child, a risk or a harm.
_TERMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(expression, re.IGNORECASE))
    for name, expression in (
        ("negligent", r"\bnegligen(?:t|ce|tly)\b"),
        ("incompetent", r"\bincompeten(?:t|ce|tly)\b"),
        ("careless", r"\bcareless(?:ly|ness)?\b"),
        ("inexcusable", r"\binexcusabl[ey]\b"),
        (
            "unacceptable",
            r"\bunacceptabl[ey]\b(?!\s+(?:\w+\s+)?(?:risks?|levels?\s+of\s+(?:risk|harm)|harm|"
            r"danger|threat))",
        ),
        ("lax", r"\blax(?:ity)?\b"),
        ("complacent", r"\bcomplacen(?:t|cy|tly)\b"),
        ("dereliction", r"\bdereliction\b"),
        (
            "derelict",
            r"\bderelict\b(?!\s+(?:building|house|property|flat|land|site|garage|premises|area|estate))",
        ),
        ("at fault", r"\bat\s+fault\b"),
        ("to blame", r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?to\s+blame\b"),
        ("culpable", r"\bculpab(?:le|ility|ly)\b"),
        (_FAILED, r"\bfailed\s+to\b"),
        ("irresponsible", r"\birresponsib(?:le|ly|ility)\b"),
        ("reckless", r"\breckless(?:ly|ness)?\b"),
        (
            "slapdash",
            r"\b(?:slapdash|sloppy|sloppily|sloppiness|shoddy|shoddily|slipshod|cavalier|"
            r"lackadaisical|half-hearted(?:ly)?|lazy|lazily|laziness|perfunctor(?:y|ily))\b",
        ),
        ("unprofessional", r"\bunprofessional(?:ly|ism)?\b"),
        ("inept", r"\binept(?:itude|ly|ness)?\b"),
        (
            "indefensible",
            r"\b(?:indefensibl[ey]|unforgivabl[ey]|unjustifiabl[ey]|disgrace(?:ful(?:ly)?)?|"
            r"shameful(?:ly)?|scandalous(?:ly)?|lamentabl[ey]|woeful(?:ly)?|abysmal(?:ly)?)\b",
        ),
        (
            "professional lapse",
            r"\b(?:professional|serious|grave|gross|inexcusable)\s+(?:professional\s+)?"
            r"(?:lapses?|misconduct)\b|\bmalpractice\b|\bgross(?:ly)?\s+(?:negligen\w*|incompeten\w*|"
            r"misconduct|failures?|failings?|inadequate|deficient|unprofessional)\b",
        ),
        (
            "fell below any acceptable standard",
            r"\bf(?:ell|alls?|allen|alling)\s+(?:far|well|woefully|significantly|seriously|"
            r"considerably|substantially|way|a\s+long\s+way)\s+(?:below|short\s+of)\s+"
            r"(?:\w+\s+){0,4}?(?:standards?|acceptable|reasonable|expected\s+(?:of|from))\b"
            r"|\b(?:below|short\s+of)\s+(?:any|even\s+(?:the\s+)?(?:most\s+)?basic|the\s+most\s+basic|"
            r"(?:a|the)\s+minimum|minimum|minimal|basic)\s+(?:\w+\s+)?(?:standards?|level)\b"
            r"|\bbelow\s+(?:an?|any)\s+acceptable\b",
        ),
        ("abdication", r"\babdication\b"),
        (
            "neglected to",
            r"\bneglected\s+(?:to\b|(?:his|her|their|its|the)\s+(?:\w+\s+)?(?:duty|duties|"
            r"responsibilit(?:y|ies)|obligations?)\b)",
        ),
        (
            "did not bother",
            r"\b(?:did\s+not|didn['’]t|never|not)\s+(?:even\s+)?bother(?:ed)?\b"
            r"|\bcould(?:\s+not|n['’]t)\s+(?:even\s+)?be\s+bothered\b",
        ),
        (
            "ignored",
            r"\b(?:ignored|disregarded|brushed\s+(?:\w+\s+){0,3}?aside|turned\s+a\s+blind\s+eye|"
            r"paid\s+(?:no|little)\s+(?:heed|attention)|took\s+(?:no|little)\s+notice)\b",
        ),
        (
            "did nothing",
            r"\bdid\s+(?:absolutely\s+|little\s+or\s+|next\s+to\s+)?nothing\b"
            r"(?!\s+(?:wrong|improper|untoward|unusual|inappropriate|unlawful|further|"
            r"to\s+(?:suggest|indicate|show)))",
        ),
        (
            "did not do its job",
            r"\b(?:did\s+not|didn['’]t|was\s+not|were\s+not|wasn['’]t|weren['’]t)\s+(?:do|doing)\s+"
            r"(?:its|his|her|their)\s+jobs?\b|\bnot\s+up\s+to\s+the\s+job\b",
        ),
        (
            "abdicated",
            r"\b(?:abdicat(?:ed|es|e|ing)|shirk(?:ed|s|ing)?)\b|\bwash(?:ed|es|ing)?\s+(?:its|their|his|"
            r"her)\s+hands\b|\bpass(?:ed|es|ing)\s+the\s+buck\b|\bcut(?:ting|s)?\s+corners\b",
        ),
        ("let down", r"\blet\s+(?:\w+\s+){0,3}?down\b"),
        (
            "failed the child",
            r"\bfailed\s+(?:(?:the|this|these|those|every|both)\s+)?(?:Child\s+[A-Z0-9]|Baby\s+[A-Z0-9]|"
            r"child|children|family|families|baby|boy|girl|young\s+(?:person|people)|him|them|"
            r"her(?=\s*[,.;:]|\s+(?:\w+ly|again|too|as|in|when|by|and|at)\b))\b",
        ),
        (
            "held to account",
            r"\bheld\s+(?:(?:personally|directly|fully)\s+)?(?:to\s+account|accountable|responsible|"
            r"culpable)\b|\bmust\s+answer\s+for\b",
        ),
        (
            "responsible for the harm",
            r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also)\s+)?responsible\s+for\s+"
            r"(?:(?:\w+\s+)?\w+['’]s\s+|the\s+|his\s+|her\s+|their\s+)?(?:death|injur(?:y|ies)|harm|"
            r"suffering|tragedy|failures?|failings?|what\s+happened|the\s+outcome)\b",
        ),
        (
            "blame lies with",
            r"\b(?:blame|fault|culpability)\b[^.;]{0,80}?\b(?:lies|lay|lie|rests|rested|sits|sat|falls|"
            r"fell|belongs)\s+(?:\w+ly\s+)?(?:with|on|upon|at\s+the\s+door\s+of)\b"
            r"|\bresponsibility\b[^.;]{0,80}?\b(?:lies|lay|rests|rested|sits|sat|falls|fell)\s+"
            r"(?:squarely|solely|entirely|firmly|wholly|fully|clearly)\s+(?:with|on|upon|at\s+the\s+door\s+of)\b"
            r"|\bat\s+the\s+door\s+of\b",
        ),
        (
            "no excuse",
            r"\bno\s+(?:possible\s+|acceptable\s+)?excuse\b|\bwithout\s+(?:any\s+)?excuse\b",
        ),
    )
)
_ACTORS = frozenset(
    {_FAILED, "neglected to", "did not bother", "ignored", "did nothing", "did not do its job",
     "abdicated"}
)  # fmt: skip
_VICTIMS = frozenset({"let down", "failed the child"})
_TARGETS = frozenset({"held to account", "responsible for the harm"})
_AFTER = frozenset({"blame lies with", "no excuse"})
# Terms that carry their own negation, so a "not" in their clause is no denial.
_NEGATED = frozenset({"did not bother", "did nothing", "did not do its job"})
# Cheap first tests: substrings of the lower-cased sentence (spaces made single) without one of
# which a term cannot match, so that its expression is not run.
_TERM_CUES: dict[str, tuple[str, ...]] = {
    "negligent": ("negligen",),
    "incompetent": ("incompeten",),
    "careless": ("careless",),
    "inexcusable": ("inexcusab",),
    "unacceptable": ("unacceptab",),
    "lax": ("lax",),
    "complacent": ("complacen",),
    "dereliction": ("dereliction",),
    "derelict": ("derelict",),
    "at fault": ("at fault",),
    "to blame": ("to blame",),
    "culpable": ("culpab",),
    _FAILED: ("failed to",),
    "irresponsible": ("irresponsib",),
    "reckless": ("reckless",),
    "slapdash": (
        "slapdash", "slopp", "shodd", "slipshod", "cavalier", "lackadaisical", "half-hearted",
        "laz", "perfunctor",
    ),
    "unprofessional": ("unprofessional",),
    "inept": ("inept",),
    "indefensible": (
        "indefensib", "unforgivab", "unjustifiab", "disgrace", "shameful", "scandalous",
        "lamentab", "woeful", "abysmal",
    ),
    "professional lapse": ("lapse", "misconduct", "malpractice", "gross"),
    "fell below any acceptable standard": ("below", "short of"),
    "abdication": ("abdication",),
    "neglected to": ("neglected",),
    "did not bother": ("bother",),
    "ignored": (
        "ignored", "disregarded", "aside", "blind eye", "no heed", "little heed",
        "no attention", "little attention", "no notice", "little notice",
    ),
    "did nothing": ("did nothing", "did absolutely", "did little or", "did next to"),
    "did not do its job": (" job", "up to the job"),
    "abdicated": ("abdicat", "shirk", " hands", "the buck", "corners"),
    "let down": (" let ",),
    "failed the child": ("failed",),
    "held to account": (" held ", "answer for"),
    "responsible for the harm": ("responsible for",),
    "blame lies with": ("blame", "fault", "culpability", "responsibility", "door of"),
    "no excuse": ("excuse",),
}  # fmt: skip
_CUES = first_test(cue for cues in _TERM_CUES.values() for cue in cues)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What an evaluative word can describe without judging practice: "deplorable conditions".
_HARMS = frozenset(
    {
        "risk", "risks", "harm", "danger", "threat", "level", "levels", "conditions",
        "injury", "injuries", "abuse", "neglect", "violence", "state", "squalor", "hygiene",
        "housing", "accommodation", "home", "flat", "house",
    }
)  # fmt: skip
_NOT_PRACTICE = _HARMS | {"behaviour"}
# Verbs that report someone else's words or feelings ("she felt she had let Child J2 down").
_REPORTING = frozenset(
    {
        "said", "says", "say", "told", "tells", "felt", "feels", "feel", "believed", "believes",
        "thought", "thinks", "described", "describes", "reported", "complained", "alleged",
        "claimed", "claims", "worried", "feared", "acknowledged", "admitted", "recalled",
        "reflected", "explained", "stated", "insisted", "argued", "wondered", "regretted",
        "considered", "considers", "accepted", "accepts", "feeling", "saying", "telling",
        "describing", "believing",
    }
)  # fmt: skip
# How a reported clause hangs from its verb ("said [that …]", "described [feeling …]").
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "oprd", "acomp"})
_REVIEWER = re.compile(
    r"\b(?:review|reviewers?|panel|author|report|we|I|us|partnership)\b", re.IGNORECASE
)
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "compound"})
_RELATIVE = frozenset({"who", "that", "which"})
_PRONOUNS = frozenset({"she", "he", "they", "it", "her", "him", "them"})
# What a subject's own words are, without what hangs off them ("the health visitor for Mother").
_TRAILING = frozenset({"prep", "relcl", "acl", "punct", "cc", "conj", "advcl"})


class BlameLanguage(Rule):
    meta = RuleMeta(
        code="ANA006",
        name="blame-language",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A sentence uses blaming or character language about practitioners or agencies.",
        rationale=(
            "Case reviews 'are not conducted to hold individuals, organisations or agencies to "
            "account', and practitioners should take part 'without fear of being blamed for "
            "actions they took in good faith'. Words such as 'negligent', 'careless' or 'failed "
            "to' judge people rather than explain the conditions that shaped their work, which "
            "is what a systems review must do. The 2006/2010 profiles make this advice (info)."
        ),
        limitations=(
            "It matches a fixed list of words and phrases in the reviewer's own prose (not block "
            "quotations or text in quotation marks) and skips statements of purpose ('this "
            "review is not about blame'), a reviewer's denial ('found no evidence that any "
            "practitioner acted carelessly', 'was not reckless') and words reported from someone "
            "else ('she said she had let Child A down'). Who acted comes from the dependency "
            "parse and, for 'she' or 'it', from the last person or agency named before it, so a "
            "misparse or an unclear pronoun can be missed: 'failed to', 'neglected to', 'did not "
            "bother', 'ignored', 'did nothing', 'let … down' and 'held to account' are reported "
            "only about a practitioner, role or agency; 'dereliction' (of duty) unless it is a "
            "family member's; the character words ('careless', 'reckless', 'slapdash', "
            "'unprofessional', 'fell far below any acceptable standard'…) unless they describe a "
            "family member, a risk, a harm or living conditions. Blame without such words ('the "
            "police took three days to respond, again') is not seen. Needs the spaCy model."
        ),
        guidance=(
            Citation("S62", "not conducted to hold individuals, organisations or agencies to", "C"),
            Citation("S50", "without fear of being blamed", "C-sec"),
            Citation("S46", "not part of any disciplinary process", "C"),
            Citation("S07", "accepts that errors are inevitable", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nThe GP failed to refer Baby T to the paediatrician. "
                "Accepting the explanation was negligent.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThis review is not about blame. Mother failed to "
                "attend three appointments. The GP did not refer Baby T, because the locum "
                "induction did not cover the bruising protocol.\n",
                profile="lcspr@2023",
            ),
        ),
        needs=_NEEDS,
        measured=Measured(precision=1.0, recall=1.0, positives=55, negatives=51),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        candidates: list[tuple[Block, int, int, str, list[tuple[str, int, int]]]] = []
        for block, start, end, masked in cued_sentences(ctx.document, _CUES):
            sentence = masked[start:end]
            lower = cue_text(sentence)
            if not any(map(lower.__contains__, _CUES)):
                continue
            hits = [
                (name, found.start(), found.end())
                for name, expression in _TERMS
                if any(cue in lower for cue in _TERM_CUES[name])
                for found in expression.finditer(sentence)
            ]
            if hits and not PURPOSE_RE.search(sentence):
                candidates.append((block, start, end, sentence, sorted(hits, key=lambda h: h[1])))
        if not candidates:
            return
        docs = ctx.language().parse([b.text[s:e] for b, s, e, _m, _h in candidates], _NEEDS)
        for (block, start, end, sentence, hits), doc in zip(candidates, docs, strict=True):
            before = block.text[:start]
            for name, at, stop in hits:
                if not denied(sentence, at) and _blames(doc, name, at, stop, before):
                    yield ctx.finding(
                        f"'{name}' blames a practitioner or agency instead of explaining the "
                        f"practice; {REFORMULATE}.",
                        *block.source_span(start, end),
                    )
                    break


def _blames(doc: Any, name: str, at: int, stop: int, before: str) -> bool:
    """Whether the term at characters [``at``, ``stop``) of the sentence is about practice, not
    the family, in the reviewer's own voice."""
    token = _token_at(doc, at)
    if token is None:
        return name not in _ACTORS | _VICTIMS | _TARGETS
    if (name not in _NEGATED and _negated(token)) or _reported(token):
        return False
    if name in _AFTER:
        following = re.split(r"[,;:.()]", doc.text[stop : stop + 80])[0]
        return actor_kind(following) != "family"
    if name in _ACTORS | _VICTIMS | _TARGETS:
        return _acts(token, name, before)
    if name == "dereliction":
        # "dereliction of duty" is said of an office, not a parent: only "Father's dereliction"
        # is about the family
        owners = [c for c in token.children if c.dep_ == "poss"]
        return not any(_who(o, before) == "family" for o in owners)
    if token.dep_ == "amod":
        described = token.head
    elif name in ("at fault", "to blame") or token.dep_ in (
        "acomp", "attr", "ROOT", "conj", "advmod", "prep", "aux", "neg"
    ):  # fmt: skip
        described = _subject(token)  # "acted irresponsibly": who acted
    else:
        described = token  # a noun: "Father's carelessness"
    if described is None:
        return True
    if described.lower_ in (_NOT_PRACTICE if name == "unacceptable" else _HARMS):
        return False  # "the risk to the children was unacceptable", "woeful conditions"
    who = _who(described, before)
    if who is not None:
        return who == "practitioner"
    # "Father's behaviour was unacceptable": the behaviour is a family member's
    owners = [c for c in described.children if c.dep_ == "poss"]
    return not any(_who(o, before) == "family" for o in owners)


def _acts(token: Any, name: str, before: str) -> bool:
    """Whether a practitioner or an agency is the one who acted, for an actor, victim or
    target term (see _TERMS)."""
    if token.dep_ == "amod":
        return False  # "the ignored referral": no one named
    subject = _subject(token)
    verb = token.head if token.dep_ in ("aux", "auxpass", "neg") else token
    passive = subject is not None and subject.dep_ == "nsubjpass" and subject.head.i == verb.i
    if name in _TARGETS | _NEGATED or not passive:
        return _who(subject, before) == "practitioner"
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children]
    if agents:  # "Child A was let down by the agencies"
        who = _who(agents[0], before)
        return who == "practitioner" if name in _ACTORS else who != "family"
    return name in _VICTIMS  # "Child A was let down"


def _negated(token: Any) -> bool:
    """Whether the clause of ``token`` is negated ("was not negligent", "did not act
    carelessly") or its subject is no one ("no practitioner was careless")."""
    node = token
    for _step in range(5):
        if node.dep_ not in ("acomp", "advmod", "attr", "amod", "dobj", "pobj", "prep", "oprd"):
            break
        node = node.head
    if any(c.dep_ == "neg" for c in node.children):
        return True
    subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
    return subject is not None and (
        subject.lower_ in ("nobody", "none")
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    )


def _reported(token: Any) -> bool:
    """Whether ``token`` is in a clause reporting someone else's words or feelings ("Mother said
    that the police had been careless"; "she felt she had let Child J2 down")."""
    node = token
    for _step in range(8):
        head = node.head
        if head.i == node.i:
            return False
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        if node.dep_ in _COMPLEMENTS and head.lower_ in _REPORTING and subjects:
            return not _REVIEWER.search(" ".join(t.text for t in subjects[0].subtree))
        node = head
    return False


def _token_at(doc: Any, at: int) -> Any:
    for token in doc:
        if token.idx <= at < token.idx + len(token.text):
            return token
    return None


def _subject(token: Any) -> Any:
    """The grammatical subject of the clause ``token`` sits in, climbing through co-ordinated
    and infinitive verbs ("asked about … and failed to contact"); a relative pronoun stands for
    the noun its clause describes. A subjectless "to be" clause under a verb with an object
    describes that object ("judged the risk to be unacceptable")."""
    node = token
    for _step in range(5):
        subjects = [c for c in node.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subject
        if node.head.i == node.i:
            return None
        if node.lower_ == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            if node.dep_ == "acl":
                return node.head  # parsed as describing the noun: "judged [the risk to be …]"
            raised = [c for c in node.head.children if c.dep_ == "dobj" and c.i < node.i]
            if raised:
                return raised[0]
        node = node.head
    return None


def _who(token: Any, before: str) -> str | None:
    """'practitioner', 'family' or None for a subject; a pronoun is resolved from ``before``
    (the paragraph up to the sentence) and the sentence up to the pronoun."""
    if token is None:
        return None
    lower = token.lower_
    if lower in _PRONOUNS:
        context = before + " " + token.doc.text[: token.idx]
        return last_actor(context, agencies_only=lower == "it")
    skipped: set[int] = set()
    for child in token.children:
        if child.dep_ in _TRAILING or child.dep_ == "poss":
            skipped.update(t.i for t in child.subtree)
    words = " ".join(t.text for t in token.subtree if t.i not in skipped)
    return actor_kind(words)
