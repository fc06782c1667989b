"""The statement language: concepts, terms with polarity, clauses and statements."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class Polarity(enum.StrEnum):
    """Whether a term must be negated ("!x"), affirmed ("+x"), or either ("x")."""

    ANY = "any"
    AFFIRMED = "affirmed"
    NEGATED = "negated"


@dataclass(frozen=True)
class Concept:
    """Ways of saying one thing.

    ``words`` and ``phrases`` match a token's lemma or its lower-case form, so "managed",
    "manages" and "manager's" need no listing. ``regex`` runs over the sentence text.
    ``pronouns`` count after an earlier subject of the same sentence names the concept ("The
    reviewer confirms that she ..."), and, if ``pronoun_scope`` is "paragraph", after an
    earlier sentence of the paragraph names it ("Dr Osei is the lead reviewer. She has ...").
    ``rivals`` map other concepts to the pronouns they can take: a pronoun does not stand for
    the concept when a rival taking it leads a sentence since the concept's last mention ("Child
    A was hungry. Mother met the reviewer. She ..."), or, for a subject or possessive pronoun,
    is named since in the same sentence or governs it ("Mother said she was tired"; but "Mother
    fed her" and "Father said she ..." may still be the child). In the sentence, a plural noun
    takes no singular pronoun ("Her teachers remember that she ...").
    A match overlapping one of the ``exclude`` phrases is dropped ("independent" inside
    "independent reviewing officer").
    """

    name: str
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    regex: tuple[re.Pattern[str], ...] = ()
    patterns: tuple[tuple[Mapping[str, Any], ...], ...] = ()
    pronouns: tuple[str, ...] = ()
    pronoun_scope: str = "paragraph"
    rivals: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Term:
    """A concept with the polarity it must have."""

    concept: str
    polarity: Polarity = Polarity.ANY

    @classmethod
    def parse(cls, text: str) -> Term:
        if text.startswith("!"):
            return cls(text[1:], Polarity.NEGATED)
        if text.startswith("+"):
            return cls(text[1:], Polarity.AFFIRMED)
        return cls(text)


@dataclass(frozen=True)
class Clause:
    """One way a sentence can make the statement.

    ``head`` must occur (in one of ``head_deps`` roles, if given: "attr" for "the author was
    the team manager"); ``subject`` must be grammatically linked to it (same clause, or the
    head inside the subject's phrase), in one of ``subject_deps`` roles if given; each
    ``within`` term must occur inside the head's phrase, each ``dependents`` term directly under
    the head ("the Named Nurse" but not "a nurse with experience in the role"); each
    ``sentence`` term anywhere in the sentence; no ``none`` term may occur.
    """

    head: Term
    head_deps: tuple[str, ...] = ()
    subject_deps: tuple[str, ...] = ()
    subject: Term | None = None
    within: tuple[Term, ...] = ()
    dependents: tuple[Term, ...] = ()
    sentence: tuple[Term, ...] = ()
    none: tuple[Term, ...] = ()

    def terms(self) -> tuple[Term, ...]:
        subject = (self.subject,) if self.subject else ()
        return (self.head, *subject, *self.within, *self.dependents, *self.sentence, *self.none)


@dataclass(frozen=True, eq=False)
class Statement:
    """A statement: cheap triggers, its concepts, the clauses that make it, and vetoes.

    Only sentences matching every one of ``triggers`` are parsed, which keeps spaCy off most of
    a report. A
    sentence matching a ``veto`` expression never makes the statement ("no issues relating to
    equality were identified" is not a consideration of equality). Statements compare and hash
    by identity, so caches can be keyed by the statement itself.
    """

    id: str
    summary: str
    triggers: tuple[re.Pattern[str], ...]
    concepts: Mapping[str, Concept]
    clauses: tuple[Clause, ...]
    veto: tuple[re.Pattern[str], ...] = ()
    paragraph_triggers: tuple[re.Pattern[str], ...] = ()
    headings: bool = False  # read headings too ("Rapid review: Baby T" names an infant)
    path: str = ""

    def may_be_made_in(self, sentence: str, paragraph_so_far: str) -> bool:
        """Whether a sentence is worth parsing: it passes the triggers and no veto, and the
        paragraph up to its end passes the paragraph triggers (an actor named before "she")."""
        return (
            all(t.search(sentence) for t in self.triggers)
            and all(t.search(paragraph_so_far) for t in self.paragraph_triggers)
            and not any(v.search(sentence) for v in self.veto)
        )
