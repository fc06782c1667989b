"""Pseudonyms and role labels: the names a published report is meant to use.

A label is a word for a role or an agency with a letter or number ("Child A", "Sibling 1",
"Hospital 1", "Mr G"), or a family role alone ("Mother", "Maternal Grandmother"). A report may
also declare invented first names as pseudonyms, in the config key ``pseudonyms`` or in its
front matter (``scrlint: {pseudonyms: [Ellie, Jay]}``); those are allowed too.
"""

from __future__ import annotations

import re

from scrlint.config import Config
from scrlint.document import Document

_LABEL_WORDS = (
    r"Child|Baby|Infant|Sibling|Brother|Sister|Twin|Young\s+Person|YP|Adult|Person|Parent|"
    r"Carer|Mother|Father|Stepfather|Stepmother|Partner|Family|Relative|Grandparent|"
    r"Grandmother|Grandfather|Aunt|Uncle|Cousin|Friend|Neighbour|Man|Woman|Male|Female|"
    r"Subject|Perpetrator|Victim|Hospital|School|Nursery|Practice|Surgery|Ward|Address|"
    r"Property|Area|Town|GP|Doctor|Nurse|Midwife|Health\s+Visitor|Social\s+Worker|Teacher|"
    r"Officer|Practitioner|Worker|Manager|Agency|Professional|Paediatrician|Consultant|"
    r"Clinician|Police\s+Officer|PC|DC|Mr|Mrs|Ms|Miss|Mx|Dr"
)
# "Child A", "Sibling 1", "Mr G", "Hospital 1", "Adult 2", "School B1", "Child AB".
LABEL = re.compile(rf"\b(?:{_LABEL_WORDS})\.?\s+(?:[A-Z]{{1,2}}\d?|\d{{1,2}})\b(?![a-z'’])")
# Family roles written as names ("Mother said", "Maternal Grandmother").
FAMILY_ROLE = re.compile(
    r"\b(?:(?:Maternal|Paternal|Step|Half|Great)[\s-]?)*"
    r"(?:Mother|Father|Mum|Dad|Grandmother|Grandfather|Grandma|Grandad|Granny|Nan|Nanna|Aunt|"
    r"Auntie|Uncle|Stepfather|Stepmother|Stepdad|Stepmum|Sister|Brother|Sibling|Cousin|"
    r"Partner|Carer|Grandparent|Parent)s?\b"
)
_PERSON_WORDS = (
    r"Child|Baby|Infant|Sibling|Brother|Sister|Twin|Young\s+Person|YP|Adult|Person|Parent|"
    r"Carer|Mother|Father|Stepfather|Stepmother|Partner|Relative|Grandparent|Grandmother|"
    r"Grandfather|Aunt|Uncle|Cousin|Friend|Neighbour|Man|Woman|Male|Female|Subject|"
    r"Perpetrator|Victim|Mr|Mrs|Ms|Miss|Mx"
)
# A label for a person, possibly possessive ("Child A", "Child A's", "Adult 2", "Mr G"), or a
# family role: what a real name must not be written beside.
PERSON_PSEUDONYM = re.compile(
    rf"\b(?:(?:{_PERSON_WORDS})\.?\s+(?:[A-Z]{{1,2}}\d?|\d{{1,2}})\b(?![a-z]|['’][A-Z])"
    rf"|{FAMILY_ROLE.pattern[2:]})"
)


def declared(document: Document, config: Config | None) -> frozenset[str]:
    """The pseudonyms the config and the document's front matter declare, case-folded."""
    names = list(config.pseudonyms) if config is not None else []
    front = document.front_matter.get("scrlint")
    if isinstance(front, dict):  # validated with the profile choice (scrlint.profiles.detect)
        names += front.get("pseudonyms", [])
    return frozenset(name.casefold() for name in names)


def is_label(text: str) -> bool:
    """Whether ``text`` is wholly a pseudonym label or a family role ("Child A", "Mother")."""
    text = text.strip()
    return bool(LABEL.fullmatch(text) or FAMILY_ROLE.fullmatch(text))
