"""The child called "the subject", "the case", "the deceased" or "it"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from scrlint.document import Block, BlockKind
from scrlint.finding import Finding, Severity
from scrlint.quotes import quoted_spans
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.sentences import sentence_spans

# Block quotations are someone else's words: a record or a family member may say "the subject".
_PROSE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.HEADING)

# What can follow "the minor" or "the juvenile" when it names a person: a verb, a preposition,
# a conjunction or punctuation (not a noun: "the minor injuries unit", "the juvenile court").
_PERSON_FOLLOWS = (
    r"(?=\s*(?:[.,;:)!?]|$|['’]s\b|\s(?:was|is|were|had|has|did|does|said|told|who|whom|whose|"
    r"and|or|but|with|to|in|at|on|from|for|by|as|when|while|because|would|could|should|will|"
    r"may|might|must|being|been|attended|lived|went|ran|returned|disclosed|reported|stated|"
    r"explained|became|remained|appeared|presented|continued|refused|left|arrived|herself|"
    r"himself|themselves)\b))"
)
_REVIEW = (
    r"(?:review|serious\s+case\s+review|case\s+review|practice\s+review|SCR|LCSPR|CSPR|IMR|"
    r"rapid\s+review|report|overview\s+report|management\s+review|learning\s+review|inquiry)"
)
# "the subject" as a topic: "raised the subject", "the subject of the referral was housing".
_TOPIC_BEFORE = re.compile(
    r"\b(?:raise[ds]?|raising|broach(?:ed|es)?|chang(?:e|ed|es|ing)|avoid(?:ed|s)?|"
    r"return(?:ed|s)?\s+to|introduc(?:e|ed|es)|discuss(?:ed|es)?|drop(?:ped|s)?|"
    r"touch(?:ed)?\s+on|approach(?:ed)?|sensitive|difficult|same|off|"
    r"(?:talk|spoke|speak|ask|question|conversation|advice|information|leaflet|training|"
    r"guidance|lesson|session|knowledge|understanding)\w*\s+(?:\w+\s+){0,2}?(?:about|on))\s+$",
    re.IGNORECASE,
)
_TOPIC_AFTER = re.compile(
    r"\s+(?:matter|line|lines|access|heading|title|area|areas|teacher|teachers|specialist|lead|"
    r"leads|knowledge|choices?|of(?!\s+(?:this|the|our|a)\s+" + _REVIEW + r"\b)|to\b|"
    r"(?:was|is|had\s+been)\s+(?:not\s+|never\s+)?(?:discussed|raised|mentioned|broached|"
    r"covered|addressed|explored|avoided|dropped|changed|pursued))",
    re.IGNORECASE,
)
_SUBJECT = re.compile(r"\bthe\s+subject(?:\s+child(?:ren)?)?\b", re.IGNORECASE)
_SUBJECT_CHILD = re.compile(r"\bthe\s+subject\s+child", re.IGNORECASE)
# "The youth" names a young person only as the subject of a clause ("the youth was stopped"),
# not in "the youth court" or "the youth and family service".
_VERB_FOLLOWS = (
    r"(?=\s+(?:(?:also|then|later|never|often|repeatedly)\s+)?(?:was|is|were|had|has|did|does|"
    r"said|told|would|could|will|may|might|must|attended|lived|went|ran|returned|disclosed|"
    r"reported|stated|explained|became|remained|appeared|presented|continued|refused|left|"
    r"arrived|admitted|denied|claimed|stayed|moved|came|spent)\b)"
)
_ALWAYS = re.compile(
    r"\bthe\s+(?:index\s+child(?:ren)?|deceased(?:\s+(?:child|infant|baby|boy|girl|young\s+person))?)\b"
    rf"|\bthe\s+(?:minor|juvenile|index\s+case){_PERSON_FOLLOWS}"
    rf"|\bthe\s+youth{_VERB_FOLLOWS}",
    re.IGNORECASE,
)
# An adult's death named in the sentence or the one before, or an aside naming an adult right
# after: then "the deceased" is that adult ("the inquest into the death of Mother's partner
# found that the deceased had ...", "the deceased, Mother's partner, ...").
_ADULT = (
    r"(?:(?:[a-z]\w*|the\s+child)['’]s\s+|(?:her|his|their|the|a|an)\s+)?"
    r"(?:mother|father|mum|dad|step-?(?:mother|father)|partner|boyfriend|girlfriend|husband|"
    r"wife|grand(?:mother|father|parent)|uncle|aunt|lodger|neighbour|man|woman|adult)\b"
    r"|(?-i:\b(?:Mr|Mrs|Ms|Miss)\s+[A-Z])"
)
_DIED = (
    r"(?:had\s+|has\s+)?(?:died|was\s+(?:killed|murdered|found\s+dead)|"
    r"took\s+(?:his|her|their)\s+own\s+life|passed\s+away)\b"
)
_ADULT_DEATH = re.compile(
    rf"\b(?:death|murder|killing|manslaughter|suicide)\s+of\s+(?:{_ADULT})"
    rf"|(?:{_ADULT})\s*(?:,[^,.;]{{0,60}},\s*|,?\s+who\s+)?{_DIED}",
    re.IGNORECASE,
)
_ADULT_ASIDE = re.compile(rf"\s*,\s*(?:{_ADULT})", re.IGNORECASE)
# "the case" as the subject of something only a person does.
_CASE_VERBS = (
    r"(?:was|were|is|had\s+been|has\s+been)\s+(?:also\s+|then\s+|later\s+|not\s+|never\s+|"
    r"first\s+|last\s+|only\s+|again\s+)?(?:seen|weighed|measured|examined|born|admitted|"
    r"hospitali[sz]ed|injured|hurt|bruised|fed|bathed|immunised|vaccinated|interviewed|"
    r"spoken\s+to|taken\s+into\s+care|crying|asleep|hungry|frightened|upset|missing|excluded\s+from\s+school|"
    r"brought\s+to|taken\s+to|attending\s+(?:nursery|school|clinic)|living\s+with|sleeping|"
    r"eating|playing)"
    r"|(?:also\s+|then\s+|later\s+|never\s+|often\s+|repeatedly\s+)?(?:cried|said|told|disclosed|"
    r"attended\s+(?:nursery|school|clinic|the\s+clinic|an?\s+appointment|the\s+appointment|the\s+emergency\s+department|A\s?&\s?E|hospital)|"
    r"went\s+missing|ran\s+away|died|walked|slept|ate|spoke|stated|presented\s+with|"
    r"complained|screamed|smiled|played|lived\s+with|moved\s+(?:in\s+with|schools?)|"
    r"turned\s+(?:one|two|three|four|five|\d+))"
)
# "The case, a girl of seven, was ...": an appositive naming a person between "the case" and
# the verb.
_PERSON_APPOSITIVE = (
    r"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:girl|boy|child|baby|infant|toddler|teenager|"
    r"young\s+person|[\w-]+-year-old)\b[^,.;]{0,40},)?"
)
# Presenting somewhere only a patient presents: "the case presented at the emergency department".
_CLINICAL_PLACE = (
    r"(?:(?:the|an?|his|her)\s+)?(?:emergency\s+department|A\s?&\s?E|accident\s+and\s+emergency|"
    r"hospital|GP|surgery|clinic|walk-in\s+centre|minor\s+injuries\s+unit|urgent\s+care\s+centre|"
    r"out[- ]of[- ]hours\s+(?:service|doctor|GP))"
)
_CASE = re.compile(
    rf"\bthe\s+case{_PERSON_APPOSITIVE}\s+(?:{_CASE_VERBS}|presented\s+(?:at|to)\s+{_CLINICAL_PLACE})\b",
    re.IGNORECASE,
)
# "the body" of a living child: its subject ("the body was bruised"), not a body map or a part.
_BODY = re.compile(
    r"(?<!\bon\s)(?<!\bto\s)(?<!\bof\s)(?<!\bover\s)(?<!\bin\s)(?<!\bacross\s)(?<!\baround\s)"
    r"\bthe\s+body\s+(?:was|were|had|showed|appeared|looked|presented)\b",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:died|death|dead|deceased|killed|post[- ]mortem|fatal(?:ly)?|passed\s+away)\b",
    re.IGNORECASE,
)
# "it" for a baby: the baby named just before, then "it" doing or undergoing what a person does.
_BABY = re.compile(
    r"(?-i:\bBaby\s+[A-Z]\b)|\b(?:the|a|an|her|his|their|this)\s+(?:new-?born\s+)?"
    r"(?:baby|infant|new-?born)\b",
    re.IGNORECASE,
)
_IT_PERSON = re.compile(
    r"\bit\s+(?:(?:was|is|had\s+been|has\s+been)\s+(?:crying|floppy|vomiting|feeding|fed|asleep|"
    r"sleeping|unsettled|born|weighed|examined|bruised|admitted(?!\s+that)|hungry|screaming|smiling|"
    r"breathing|teething|grizzling|settled|discharged|pale|unresponsive|irritable|"
    r"thriving|premature|jaundiced|wrapped|found\s+to\s+have\s+(?:lost|gained)|"
    # the recipient of a passive with an object: "it had been prescribed reflux medication"
    r"(?:prescribed|given)\s+(?:\w+\s+){0,2}?(?:medication|medicine|antibiotics|drops|cream|"
    r"formula|paracetamol|ibuprofen|vaccinations?|immunisations?)|"
    # moved somewhere, not "taken into account" or "brought to the attention of"
    r"(?:taken|brought|carried|transferred)\s+(?:in)?to\s+(?!account|consideration|the\s+attention)"
    r")|"
    r"cried|cries|vomited|slept|sleeps|smiled|fed\s+well|woke|wakes|"
    r"screamed|stopped\s+breathing|(?:had\s+)?gained\s+weight|(?:had\s+)?lost\s+(?:weight|\d+\s*(?:g|grams))|"
    r"died)\b"
    # Handling the baby: "brought it to hospital", "wrapped it in blankets", "weighed it."
    r"|\b(?:brought|bring|took|take|taking|carried|carry|fed|feed|held|hold|picked|pick|dropped|"
    r"shook|shaken|bathed|bathe|dressed|undressed|weighed|weigh|examined|examine|settled|settle|"
    r"cuddled|cuddle|changed|change|put|left|leave|wrapped|wrap|laid|lay|placed|place)\s+it"
    r"(?:\s+(?:to|into|in|down|up|back|on|at|alone|with|for|while|when|and|because)\b|\s*[.;]|\s*$)",
    re.IGNORECASE,
)
_IT = re.compile(r"\bit\b", re.IGNORECASE)
_POSSESSIVE = ("'s", "’s")
_ITS = re.compile(
    r"\bits\s+(?:mother|father|parents|mum|dad|cot|nappy|nappies|bottle|feeds?|pram|buggy|"
    r"car\s+seat|siblings?|carers?|grandmother|grandfather|birth|first\s+(?:birthday|weeks?|months?))\b",
    re.IGNORECASE,
)
# Things "it" may stand for between the baby and the pronoun: then "it" is not the baby.
_THING = re.compile(
    r"\b(?:letter|form|report|referral|prescription|medication|medicine|bottle|formula|seat|pram|"
    r"buggy|cot|phone|note|bag|bruise|mark|injury|rash|wound|burn|concern|plan|information|case|"
    r"matter|issue|result|scan|sample|x-ray|photograph|picture|drawing|dummy|toy|blanket|clip|"
    r"strap|record|assessment|visit|appointment|meeting|call|message|email|fracture|swelling|"
    r"lump|cut|blister|milk|feed|car|flat|house|room|door|window|bath|water|food|temperature)s?\b",
    re.IGNORECASE,
)
_INFANT = re.compile(
    r"(?-i:\bBaby\s+[A-Z]\b)|\b(?:infant|new-?born)\b|\b(?:\d{1,2}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|eighteen)[- ](?:weeks?|months?)[- ]old\b"
    r"|\b(?:aged|age\s+of)\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|eighteen)\s+(?:weeks?|months?)\b",
    re.IGNORECASE,
)
# In a report about a baby, "the child" may be the baby "it" stands for.
_BABY_OR_CHILD = re.compile(_BABY.pattern + r"|\bthe\s+(?:child|toddler)\b", re.IGNORECASE)

_MESSAGE = (
    "'{term}' depersonalises the child; use the child's pseudonym (for example 'Child A' or "
    "'Baby T') or 'the child'."
)


class DepersonalisingReference(Rule):
    meta = RuleMeta(
        code="CHV007",
        name="depersonalising-reference",
        severity=Severity.INFO,
        dimension="child-focus",
        summary="The child is called 'the subject', 'the case', 'the deceased' or 'it'.",
        rationale=(
            "Reviews were criticised for losing sight of the child; Ofsted asked that they be "
            "'more child focused'. Calling a child 'the subject', 'the index child', 'the "
            "deceased' or 'the case', or a baby 'it', turns the child into an object of "
            "procedure, in a document the family and the child may one day read."
        ),
        limitations=(
            "It looks for a fixed list of phrases outside quotations and block quotations. "
            "'The deceased' is skipped when the sentence or the one before names an adult's "
            "death ('the death of Mother's partner'), or an aside right after names an adult. "
            "'The subject' as a topic ('raised the subject', 'the subject of the referral') and "
            "'the subject of a plan' are skipped; 'the subject of this review' is reported. 'The "
            "minor', 'the juvenile' and 'the index case' count only before a verb, preposition "
            "or punctuation ('the minor injuries unit' is skipped), 'the youth' only before a "
            "verb ('the youth court' is skipped). 'The female' and 'the male', which reports "
            "also use for adults, are not reported. 'The case' counts only before something "
            "only a person does ('the case was seen at clinic', 'the case attended nursery', "
            "'the case presented at the emergency department'), or after an aside naming a "
            "person ('the case, a girl of seven, was ...'); 'the case involved ...' is not "
            "read as the child. 'The body' counts only as a subject ('the body was bruised') in "
            "a report that never mentions a death. 'It' counts only in a few patterns soon after "
            "a baby (or, in a report about a baby, 'the child') is named, and not after the "
            "baby's belongings ('the baby's cot ... it'): "
            "doing or undergoing what a person does ('it was crying', 'it was taken to the "
            "neonatal unit') or being handled ('the father brought it to hospital', 'weighed "
            "it'); and as 'its mother', 'its cot' in a report about a baby. Other uses of 'it' "
            "for a child are not seen."
        ),
        guidance=(
            Citation("S24", "serious case reviews must be more child focused", "C"),
            Citation("S34", "the voice of the child", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Summary of events\n\nThe subject was admitted to hospital in "
                "March. The case was seen at clinic twice before the admission.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Summary of events\n\nChild A was admitted to hospital in March. "
                "The case was closed in April, and the subject of the referral was housing.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=0.98, positives=52, negatives=52),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        document = ctx.document
        blocks = list(document.blocks(*_PROSE))
        text = "\n".join(b.text for b in blocks)
        living = not _DEATH.search(text)
        infant = bool(_INFANT.search(text) or _BABY.search(text))
        for block in blocks:
            quoted: list[tuple[int, int]] | None = None
            for term, start, end in _references(block, living=living, infant=infant):
                if quoted is None:
                    quoted = quoted_spans(block.text)
                if any(s < end and start < e for s, e in quoted):
                    continue
                yield ctx.finding(_MESSAGE.format(term=term), *block.source_span(start, end))


def _references(block: Block, *, living: bool, infant: bool) -> Iterator[tuple[str, int, int]]:
    """(term, start, end) of each depersonalising reference in the block, in order."""
    text = block.text
    found: list[tuple[int, int, str]] = []
    for m in _SUBJECT.finditer(text):
        if _SUBJECT_CHILD.match(text, m.start()) or not (
            _TOPIC_BEFORE.search(text, 0, m.start()) or _TOPIC_AFTER.match(text, m.end())
        ):
            found.append((m.start(), m.end(), " ".join(m.group().lower().split())))
    for m in _ALWAYS.finditer(text):
        term = " ".join(m.group().lower().split())
        if term == "the deceased" and _adult_died(text, m.start(), m.end()):
            continue
        found.append((m.start(), m.end(), term))
    for m in _CASE.finditer(text):
        found.append((m.start(), m.start() + len("the case"), "the case"))
    if living:
        for m in _BODY.finditer(text):
            found.append((m.start(), m.start() + len("the body"), "the body"))
    if infant:
        for m in _ITS.finditer(text):
            found.append((m.start(), m.start() + 3, "its"))
    baby = _BABY_OR_CHILD if infant else _BABY
    if baby.search(text):
        found += _it_for_baby(text, baby)
    for start, end, term in sorted(found):
        yield term, start, end


def _adult_died(text: str, start: int, end: int) -> bool:
    """Whether "the deceased" at [start, end) is an adult: one whose death the sentence or the
    one before names, or whom an aside right after names."""
    if _ADULT_ASIDE.match(text, end):
        return True
    opened = [s for s, _e in sentence_spans(text) if s <= start]
    window = opened[-2] if len(opened) > 1 else 0
    return bool(_ADULT_DEATH.search(text, window, start))


def _it_for_baby(text: str, baby: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """'it' doing what a person does, in the sentence naming a baby (``baby``) or the one
    after."""
    hits: list[tuple[int, int, str]] = []
    spans = sentence_spans(text)
    for index, (start, end) in enumerate(spans):
        window = spans[index - 1][0] if index else start
        for m in _IT_PERSON.finditer(text, start, end):
            it = next(_IT.finditer(text, m.start(), m.end())).start()
            # "the baby's ear ... examined it": "it" is what the baby has, not the baby
            babies = [
                b
                for b in baby.finditer(text, window, it)
                if text[b.end() : b.end() + 2] not in _POSSESSIVE
            ]
            if babies and not _THING.search(text, babies[-1].end(), it):
                hits.append((it, it + 2, "it"))
    return hits
