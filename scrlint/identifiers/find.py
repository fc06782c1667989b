"""Every identifier in a document, of every kind, without overlaps: what redaction replaces."""

from __future__ import annotations

from collections.abc import Iterable

from scrlint.config import Config
from scrlint.document import Document
from scrlint.identifiers.diagnoses import rare_diagnoses
from scrlint.identifiers.model import Identifier
from scrlint.identifiers.names import names
from scrlint.identifiers.settings import named_settings
from scrlint.identifiers.structured import structured_identifiers
from scrlint.nlp import NlpLayer


def all_identifiers(
    document: Document, config: Config | None, nlp: NlpLayer | None
) -> list[Identifier]:
    """Every identifier the ANO rules would report, in order; where two overlap, the longer.

    ``nlp`` (the entity recogniser) finds names that no title or pattern marks; without it
    those are missed.
    """
    found = [
        *structured_identifiers(document),
        *names(document, config, nlp),
        *named_settings(document),
        *rare_diagnoses(document),
    ]
    return _without_overlaps(found)


def _without_overlaps(found: Iterable[Identifier]) -> list[Identifier]:
    kept: list[Identifier] = []
    for identifier in sorted(found, key=lambda i: (i.start, -(i.end - i.start))):
        if kept and identifier.start < kept[-1].end:
            continue
        kept.append(identifier)
    return kept
