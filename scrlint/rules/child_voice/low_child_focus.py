"""An analysis that is about the adults and agencies, seldom about the child."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from scrlint.finding import Finding, Severity
from scrlint.roles import Role, first_role_heading, role_blocks
from scrlint.rule import Citation, Example, Measured, Option, Rule, RuleContext, RuleMeta
from scrlint.sentences import sentence_spans
from scrlint.shares import shown_below

# Service and process names that contain "child" but speak of the system, not of a child.
_SERVICE = (
    r"(?!['’]s\s+(?:social|services?|centres?|wards?|hospitals?|trusts?|workforce|commissioner|"
    r"homes?|safeguarding|partnership|board|department|team|act|directors?|health)\b)"
    r"(?!\s+(?:protection|in\s+need|death|deaths|safeguarding|health|psychiatr\w*|"
    r"and\s+(?:family|adolescent)|sexual\s+exploitation|criminal\s+exploitation|"
    r"exploitation|practice\s+review|development|minders?|care\s+(?:proceedings|plan))\b)"
)
# The child named explicitly: a pseudonym, a definite noun phrase, or children in general.
_CHILD = re.compile(
    r"(?-i:\b(?:Child|Baby|Sibling|Infant|Young\s+Person|YP)\s+[A-Z0-9]{1,2}\b)"
    r"|\b(?:the|this|each|both|every|a|any|no|her|his|their)\s+"
    r"(?:(?:younger|older|eldest|youngest|unborn|new|other|two|three|four|surviving)\s+)?"
    rf"(?:child|baby|infant|young\s+person|toddler|newborn|boy|girl){_SERVICE}"
    rf"|\b(?:children|babies|infants|young\s+people|toddlers|twins|siblings){_SERVICE}",
    re.IGNORECASE,
)
# Parents, carers and family adults.
_FAMILY = (
    r"(?-i:\b(?:Mother|Father|Mum|Dad)\b|\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+[A-Z]\b)",
    r"\b(?:mothers?|fathers?|mums?|dads?|parents?|parental|step-?(?:father|mother|parents?)|"
    r"grand(?:mother|father|parents?|ma|pa)s?|aunts?|uncles?|carers?|relatives?|families|"
    r"family|household|adults?|couple|(?:boy|girl)friends?)\b",
    r"\bpartner\b(?!\s+(?:agenc|organisation|services?))",
)
# Professionals, agencies and services.
_PROFESSIONAL = (
    r"\bsocial\s+(?:workers?|care|work)\b",
    r"\bhealth\s+visit(?:or|ors|ing)\b",
    r"\b(?:GPs?|Dr|A\s?&\s?E|MASH|CSC|ICB|CCG|PCT|LSCB|CAMHS|NHS|YJS|YOT|IROs?|DSLs?|MACE)\b",
    r"\b(?:general\s+practi(?:ce|tioners?)|doctors?|paediatrici?ans?|consultants?|registrars?|"
    r"nurs(?:e|es|ing)|midwi(?:fe|ves|fery)|maternity|police|officers?|constables?|"
    r"practitioners?|professionals?|clinicians?|staff|head\s*teachers?|teachers?|schools?|"
    r"nurser(?:y|ies)|managers?|supervisors?|workers?|advis[eo]rs?|therapists?|locums?|"
    r"agenc(?:y|ies)|services?|hospitals?|trusts?|emergency\s+department|council|"
    r"local\s+authorit(?:y|ies)|partnership|partners|board|teams?|departments?|clinics?|"
    r"surger(?:y|ies)|housing|probation|Cafcass|early\s+help|youth\s+justice|panel|"
    r"conference|strategy\s+(?:discussion|meeting)|psychiatrists?|psychologists?|dietitians?|"
    r"physiotherapists?|paramedics?|ambulance|receptionists?|call\s+handlers?|chair)\b",
)
_ADULT = re.compile("|".join(f"(?:{e})" for e in (*_FAMILY, *_PROFESSIONAL)), re.IGNORECASE)

_ADULT_ANALYSIS = "\n\n".join(
    (
        "The health visitor visited Mother at home in March and discussed feeding.",
        "Mother said she was managing well, and the health visitor accepted this.",
        "The GP saw Mother in April about her low mood and prescribed medication.",
        "Father was not at home during any of the visits.",
        "The social worker completed an assessment of Mother's capacity to parent.",
        "Children's social care closed the case in May because Mother was engaging.",
        "The police attended a domestic incident between Mother and Father in June.",
        "Officers notified the MASH, which took no further action.",
        "The school nurse shared her concerns with the designated safeguarding lead.",
        "Supervision for the social worker focused on case closure targets.",
        "Agencies did not share what they knew about Father's history.",
        "The health visitor had a caseload of more than 500 families.",
    )
)


class LowChildFocus(Rule):
    meta = RuleMeta(
        code="CHV006",
        name="low-child-focus",
        severity=Severity.WARNING,
        dimension="child-focus",
        summary="Few sentences of the analysis and findings are about the child.",
        rationale=(
            "Ofsted found that serious case reviews 'must be more child focused' and that "
            "practitioners focused on the parents' needs; the national Panel asks reviews to "
            "prioritise 'understanding what life is like for children'. An analysis in which the "
            "child is rarely named has usually followed the adults and agencies instead."
        ),
        limitations=(
            "It reads the sections whose heading or profile makes them analysis or findings "
            "(at least 12 sentences) and sorts sentences by the words in them: a sentence naming "
            "the child ('Child A', 'Baby T', 'Sibling 1', 'the child', 'the children', 'the young "
            "person', children in general, or the name in the front matter key 'child') is about "
            "the child; one naming only parents, carers, family or professionals and agencies is "
            "about the adults; others are not counted. 'She' or 'he' meaning the child is not "
            "counted, so an analysis that names the child once a paragraph and then uses "
            "pronouns scores low. It counts mentions, not attention: a sentence naming the child "
            "only as the object of a service still counts as about the child."
        ),
        guidance=(
            Citation("S24", "serious case reviews must be more child focused", "C"),
            Citation("S34", "practitioners focused on the parents' needs", "C"),
            Citation("S76", "understanding what life is like for children", "C"),
        ),
        bad=(Example(f"# Review\n\n## Analysis\n\n{_ADULT_ANALYSIS}\n", profile="lcspr@2023"),),
        good=(
            Example(
                f"# Review\n\n## Analysis\n\n{_ADULT_ANALYSIS}\n\n"
                "Baby T was seen at every visit, but always in Mother's arms. Nobody recorded how "
                "Baby T fed, slept or settled. Baby T's weight fell from the 50th to the 9th "
                "centile. The bruise on Baby T's ear was the only sign the baby could give. "
                "The children in the household were never asked about home.\n",
                profile="lcspr@2023",
            ),
        ),
        measured=Measured(precision=1.0, recall=1.0, positives=36, negatives=36),
        options={
            "min-share": Option(
                0.25,
                "Least share of the sentences about people that must be about the child.",
                {"type": "number", "minimum": 0, "maximum": 1},
            ),
            "min-sentences": Option(
                12,
                "Fewest sentences the analysis and findings must have before the share is judged.",
                {"type": "integer", "minimum": 1},
            ),
        },
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        threshold = float(ctx.options["min-share"])
        child = _child_expression(ctx.document.front_matter.get("child"))
        total = about_child = about_adults = 0
        for block in role_blocks(ctx.document, ctx.profile, Role.ANALYSIS, Role.FINDINGS):
            for start, end in sentence_spans(block.text):
                total += 1
                if child.search(block.text, start, end):
                    about_child += 1
                elif _ADULT.search(block.text, start, end):
                    about_adults += 1
        about_people = about_child + about_adults
        if total < int(ctx.options["min-sentences"]) or not about_people:
            return
        share = about_child / about_people
        if share >= threshold:
            return
        heading = first_role_heading(ctx.document, ctx.profile, Role.ANALYSIS, Role.FINDINGS)
        if heading is None:
            return
        yield ctx.finding(
            f"Only {about_child} of the {about_people} sentences about people in the analysis "
            f"and findings name the child; {about_adults} are about parents or professionals "
            f"(share {shown_below(share, threshold)}, threshold {threshold:g}). Say what each "
            "episode meant for the child and what the child experienced.",
            heading.start,
            heading.end,
            anchor="child focus",
        )


def _child_expression(declared: Any) -> re.Pattern[str]:
    """The child-mention expression, with the child's name from the front matter if given."""
    names = [declared] if isinstance(declared, str) else declared
    if not isinstance(names, list):
        return _CHILD
    named = [re.escape(n.strip()) for n in names if isinstance(n, str) and n.strip()]
    if not named:
        return _CHILD
    return re.compile(rf"{_CHILD.pattern}|(?-i:\b(?:{'|'.join(named)})\b)", re.IGNORECASE)
