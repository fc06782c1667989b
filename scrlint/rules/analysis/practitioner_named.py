"""A practitioner identified by name in the same sentence as a failure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.finding import Finding, Severity
from scrlint.identifiers.practitioners import named_practitioners
from scrlint.rule import Citation, Example, Measured, Rule, RuleContext, RuleMeta
from scrlint.rules.analysis.lexicon import reviewer_sentences

_FAILURE = re.compile(
    r"\b(?:failed\s+to|fail(?:ure|ures|ing)\s+to|did\s+not|didn['’]t|had\s+not|missed|"
    r"should(?:\s+not)?\s+have|ought\s+to\s+have|neglected\s+to|omitted|omission|errors?|"
    r"mistakes?|overlooked)\b",
    re.IGNORECASE,
)
# A cheap first test: substrings of the lower-cased sentence that every failure phrase contains.
_FAILURE_CUES = (
    "fail", "not", "n't", "n’t", "missed", "should", "ought", "neglected", "omi", "error",
    "mistake", "overlooked",
)  # fmt: skip
_PRAISE = re.compile(
    r"\b(?:good\s+practice|excellent|commend\w*|prais\w*|thorough\w*|diligen\w*|persist\w*|"
    r"tenaci\w*|exemplary|credit|went\s+(?:above\s+and\s+)?beyond|thank\w*|congratulat\w*|"
    r"conscientious\w*|(?:did\s+not|didn['’]t|never)\s+hesitate|without\s+hesitat\w*)\b",
    re.IGNORECASE,
)
# The author's or chair's independence statement names them beside "did not" on purpose.
_AUTHORSHIP = re.compile(
    r"\b(?:author|reviewers?|chair(?:person)?|independence|involvement|"
    r"independent(?!\s+(?:reviewing|domestic|sexual|visitor|advocate|social|school))|"
    r"line[- ]manag\w*|employed|employment|worked\s+for)\b",
    re.IGNORECASE,
)


class PractitionerNamedBesideFailure(Rule):
    meta = RuleMeta(
        code="ANA007",
        name="practitioner-named-beside-failure",
        severity=Severity.WARNING,
        dimension="analysis",
        summary="A practitioner is named in the same sentence as a failure.",
        rationale=(
            "Reviews are not there to hold individuals to account, and practitioners should "
            "contribute 'without fear of being blamed for actions they took in good faith'. "
            "Naming a practitioner beside an error invites blame, identifies them in a "
            "published report, and moves attention from the system to the person."
        ),
        limitations=(
            "A name is a title and surname ('Dr', 'Nurse', 'Sister', 'PC', 'DC', 'Sergeant'), "
            "or 'Mr', 'Mrs', 'Ms' or a first name and surname right beside a role ('Mrs Lyle, the "
            "head teacher', 'social worker Jane Ellery'). Pseudonyms ('Dr A', 'Social Worker 1', "
            "'HV1'), family members in apposition, sentences of praise and statements of the "
            "author's independence are skipped. A name without a title or role, or a name in "
            "one sentence and the failure in the next, is not seen. The message never repeats "
            "the name."
        ),
        guidance=(
            Citation("S62", "not conducted to hold individuals, organisations or agencies to", "C"),
            Citation("S50", "without fear of being blamed", "C-sec"),
            Citation("S46", "not part of any disciplinary process", "C"),
        ),
        bad=(
            Example(
                "# Review\n\n## Analysis\n\nDr Okafor failed to refer Baby T to the "
                "paediatrician.\n",
                profile="lcspr@2023",
            ),
        ),
        good=(
            Example(
                "# Review\n\n## Analysis\n\nThe GP (GP 1) did not refer Baby T, because the "
                "locum induction did not cover the bruising protocol. Dr A saw Baby T twice.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=38, negatives=37),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for block, start, end, masked in reviewer_sentences(ctx.document):
            sentence = masked[start:end]
            lower = sentence.lower()
            if not any(cue in lower for cue in _FAILURE_CUES):
                continue
            if not _FAILURE.search(sentence) or _PRAISE.search(sentence):
                continue
            if _AUTHORSHIP.search(sentence):
                continue
            name = next(named_practitioners(sentence), None)
            if name is not None:
                yield ctx.finding(
                    "A practitioner is named beside a failure; refer to practitioners by role or "
                    "pseudonym ('the GP', 'Social Worker 1') and explain the practice rather than "
                    "the person.",
                    *block.source_span(start + name[0], start + name[1]),
                    personal_data=True,
                )
