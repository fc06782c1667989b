"""The name finder: which sentences to read, the finders run in turn, and their mentions put
together.

Most sentences hold no word that may be a name, so every finder reads only the few that do. Where
two finders' mentions overlap, the surer finder's is kept; a person named once as a practitioner
is a practitioner at every mention; and each name is keyed by its surname, so that "Mrs Okonjo"
and "Ada Okonjo" are one person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scrlint.config import Config
from scrlint.document import Block, Document
from scrlint.identifiers.agencies import agency_words
from scrlint.identifiers.authors import cited_names
from scrlint.identifiers.diagnoses import conditions_named
from scrlint.identifiers.model import Identifier, Kind
from scrlint.identifiers.names.clashes import clashes_in
from scrlint.identifiers.names.entities import not_modifiers, recognised, worth_recognising
from scrlint.identifiers.names.first import first_named
from scrlint.identifiers.names.later import joined, later_uses
from scrlint.identifiers.names.mention import Known, Mention, Sentence
from scrlint.identifiers.names.patterns import patterned
from scrlint.identifiers.names.titles import titled
from scrlint.identifiers.pseudonyms import declared
from scrlint.identifiers.text import CAPITALISED, lower_words
from scrlint.identifiers.words import possessive_stripped
from scrlint.sentences import sentence_spans

if TYPE_CHECKING:
    from scrlint.nlp import NlpLayer


# What ``names`` needs of the language model: entities to recognise, tags for ``not_modifiers``.
NEEDS = frozenset({"ents", "pos"})
_REFERENCES = re.compile(
    r"\b(?:references|bibliography|further\s+reading|sources|literature)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class _Scan:
    """The sentences that hold a word that may be a name, and the clashes among them."""

    known: Known
    sentences: list[Sentence]
    clashes: list[Mention]


def pseudonym_clashes(document: Document, config: Config | None) -> list[Identifier]:
    """Real-looking names written beside a pseudonym for the same person. Patterns only, so
    no language model is needed; cached on the document."""
    key = ("identifiers-clashes", declared(document, config))
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    found = _identifiers(_resolved(_scan(document, config).clashes))
    document.derived[key] = found
    return found


def names(document: Document, config: Config | None, nlp: NlpLayer | None) -> list[Identifier]:
    """Every personal name, practitioner's name and pseudonym clash in ``document``, in order.

    ``nlp`` gives the entity recogniser; without it only titles and patterns are read. Cached
    on the document.
    """
    key = ("identifiers-names", declared(document, config), nlp is not None)
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    scan = _scan(document, config)
    known = scan.known
    mentions = list(scan.clashes)
    candidates: list[Sentence] = []
    for sentence in scan.sentences:
        mentions += titled(sentence, known)
        mentions += patterned(sentence, known)
        mentions += first_named(sentence, known)
        if nlp is not None and worth_recognising(sentence, known):
            candidates.append(sentence)
    if candidates and nlp is not None:
        mentions += recognised(candidates, nlp, known)
    mentions = not_modifiers(_resolved(mentions), nlp)
    mentions = _resolved(mentions + list(joined(mentions, known)))
    mentions = _resolved(mentions + later_uses(scan.sentences, mentions, known))
    found = _identifiers(_practitioners_throughout(mentions))
    document.derived[key] = found
    return found


def _scan(document: Document, config: Config | None) -> _Scan:
    """Keep the sentences with a capitalised word that may be a name (most hold none)."""
    key = ("identifiers-scan", declared(document, config))
    cached = document.derived.get(key)
    if isinstance(cached, _Scan):
        return cached
    known = _known(document, config)
    verdicts: dict[str, bool] = {}

    def possible(text: str) -> bool:
        for word in CAPITALISED.findall(text):
            verdict = verdicts.get(word)
            if verdict is None:
                bare = possessive_stripped(word)
                verdict = verdicts[word] = not known.not_name(bare, surname=True)
            if verdict:
                return True
        return False

    sentences = [
        Sentence(block, start, end)
        for block in document.blocks()
        if possible(block.text) and not _in_references(block)
        for start, end in sentence_spans(block.text)
        if possible(block.text[start:end])
    ]
    clashes = [m for s in sentences for m in clashes_in(s, known)]
    scan = _Scan(known, sentences, clashes)
    document.derived[key] = scan
    return scan


def _in_references(block: Block) -> bool:
    """Whether the block is in a list of references, where every name is an author's."""
    section = block.section
    while section is not None and section.level > 0:
        if _REFERENCES.search(section.title):
            return True
        section = section.parent
    return False


def _known(document: Document, config: Config | None) -> Known:
    return Known(
        declared=declared(document, config),
        lower=lower_words(document),
        agencies=agency_words(document),
        cited=cited_names(document),
        conditions=conditions_named(document),
    )


def _resolved(mentions: Iterable[Mention]) -> list[Mention]:
    """One mention per stretch of text: where two overlap, the surer finder's wins."""
    kept: dict[Block, list[tuple[int, int]]] = defaultdict(list)
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.rank, -(m.end - m.start))):
        block = mention.sentence.block
        start = mention.sentence.start + mention.start
        end = mention.sentence.start + mention.end
        if any(s < end and start < e for s, e in kept[block]):
            continue
        kept[block].append((start, end))
        chosen.append(mention)
    return chosen


def _practitioners_throughout(mentions: list[Mention]) -> list[Mention]:
    """A person named once as a practitioner is a practitioner at every mention ("social
    worker Tom Ellery" ... "Tom Ellery visited")."""
    keys = _keys(mentions)
    practitioners = {
        keys[id(m)] for m in mentions if m.kind is Kind.PRACTITIONER_NAME and len(m.words) > 1
    } | {keys[id(m)] for m in mentions if m.kind is Kind.PRACTITIONER_NAME and m.titled}
    return [
        Mention(m.sentence, m.start, m.end, m.words, Kind.PRACTITIONER_NAME, m.rank, m.titled)
        if m.kind is Kind.PERSON_NAME and keys[id(m)] in practitioners
        else m
        for m in mentions
    ]


def _keys(mentions: Sequence[Mention]) -> dict[int, str]:
    """Each mention's key: the surname where known ("Mrs Okonjo" and "Ada Okonjo" share
    "okonjo"), else the name; a first name alone takes the surname it is written with
    elsewhere, when there is only one."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if len(mention.words) > 1:
            surnames[_fold(mention.words[0])].add(_fold(mention.words[-1]))
    keys: dict[int, str] = {}
    for mention in mentions:
        last = _fold(mention.words[-1])
        if len(mention.words) == 1 and not mention.titled and len(surnames.get(last, ())) == 1:
            last = next(iter(surnames[last]))
        keys[id(mention)] = last
    return keys


def _fold(word: str) -> str:
    return possessive_stripped(word).replace("’", "'").casefold()


def _identifiers(mentions: list[Mention]) -> list[Identifier]:
    keys = _keys(mentions)
    found = []
    for mention in mentions:
        sentence = mention.sentence
        start, end = sentence.block.source_span(
            sentence.start + mention.start, sentence.start + mention.end
        )
        found.append(Identifier(mention.kind, start, end, keys[id(mention)]))
    return sorted(found, key=lambda i: (i.start, i.end))
