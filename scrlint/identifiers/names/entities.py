"""People found by spaCy's entity recogniser, and the check on one-word names at a sentence's start.

The recogniser is given only the sentences that hold a capitalised word that is not a known
non-name (roles, agencies, places, dates, pseudonyms: ``words.py``), all in one batch: over a whole
30,000-word report it costs over a second, over the candidates a tenth of that. What it calls a
person is kept only when every word looks like a name and none is known not to be one.

A one-word name at a sentence's start, from the recogniser or a later finder, may be a plain word
there ("Grace periods were extended"); the tagger decides, again in one batch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from scrlint.identifiers.authors import PUBLIC_TITLE
from scrlint.identifiers.names.context import mention_at
from scrlint.identifiers.names.mention import (
    HONORIFIC,
    PARTICLE,
    PROFESSIONAL,
    RANKS,
    Known,
    Mention,
    Sentence,
    sentence_initial,
    words_of,
)
from scrlint.identifiers.text import CAPITALISED
from scrlint.identifiers.words import possessive_stripped

if TYPE_CHECKING:
    from scrlint.nlp import NlpLayer


# What the recogniser and the tagger need of the language model.
_ENTITIES = frozenset({"ents"})
_TAGS = frozenset({"pos"})
# A title, which the recogniser may take in as the first word of a name.
_TITLE_WORD = re.compile(rf"^(?:{HONORIFIC}|{PROFESSIONAL}|{PUBLIC_TITLE})\.?$")
# A passive of saying, singing or reciting: what a grace or a prayer takes, not a person.
_SAID_AFTER = re.compile(
    r"\s+(?:was|were|is|are|(?:had|has|have)\s+been|being|would\s+be)\s+"
    r"(?:(?:[a-z]+ly|always|often|also|never|still)\s+)?"
    r"(?:said|sung|recited|chanted|intoned|prayed|uttered)\b"
    r"(?!\s+(?:to|a|an|the|his|her|their)\b)"
)
_RAISED = re.compile(r"\bto\s+(?:be|have)\b")
_CLAUSE_END = re.compile(r"[.;:,!?]")


def worth_recognising(sentence: Sentence, known: Known) -> bool:
    """Whether the sentence holds a capitalised word that may be a name."""
    text = sentence.text
    for found in CAPITALISED.finditer(text):
        word = possessive_stripped(found.group())
        if known.not_name(word):
            continue
        if (not sentence.prose or sentence_initial(text, found.start())) and known.common_word(
            word
        ):
            continue
        return True
    return False


def recognised(sentences: Sequence[Sentence], nlp: NlpLayer, known: Known) -> Iterator[Mention]:
    """The recogniser's people in ``sentences``, parsed in one batch, that survive every check."""
    docs = nlp.parse([s.text for s in sentences], _ENTITIES)
    for sentence, doc in zip(sentences, docs, strict=True):
        yield from _recognised_in(sentence, doc, known)


def _recognised_in(sentence: Sentence, doc: Any, known: Known) -> Iterator[Mention]:
    """The recogniser's people in one parsed sentence that survive every check."""
    text = sentence.text
    for entity in doc.ents:
        if entity.label_ != "PERSON":
            continue
        spans = [(t.idx, t.idx + len(t.text)) for t in entity if not t.is_punct]
        while spans and (
            _TITLE_WORD.match(text[slice(*spans[0])]) or known.not_name(text[slice(*spans[0])])
        ):
            spans.pop(0)  # "Mother Tamsin Hale" -> "Tamsin Hale"
        while spans and text[slice(*spans[-1])] in ("'s", "’s"):
            spans.pop()
        if not spans or len(spans) > 4:
            continue
        start, end = spans[0][0], spans[-1][1]
        words = words_of(text[start:end])
        if any(known.not_name(PARTICLE.sub("", word)) for word in words):
            continue
        mention = mention_at(sentence, start, end, words, known, "entity")
        if mention is not None:
            yield mention


def not_modifiers(mentions: list[Mention], nlp: NlpLayer | None) -> list[Mention]:
    """Drop a one-word name at a sentence's start that is a plain word there: one that is said
    or sung ("Grace was sung in assembly", ``_said``) or qualifies the noun after it ("Grace
    periods", "Dawn visits"): a name is followed by a verb or a possessive, not a noun. The
    few sentences in doubt are tagged in one batch; without a model they are all dropped."""
    mentions = [m for m in mentions if not (_doubtful(m) and _said(m.sentence.text, m.end))]
    doubtful = [m for m in mentions if _doubtful(m)]
    if not doubtful:
        return mentions
    texts = sorted({m.sentence.text for m in doubtful})
    tagged = dict(zip(texts, nlp.parse(texts, _TAGS), strict=True)) if nlp is not None else {}
    dropped = set()
    for mention in doubtful:
        doc = tagged.get(mention.sentence.text)
        following = [t for t in doc if t.idx >= mention.end] if doc is not None else []
        if doc is None or (following and following[0].pos_ == "NOUN"):
            dropped.add(id(mention))
    return [m for m in mentions if id(m) not in dropped]


def _said(text: str, end: int) -> bool:
    """Whether the word before ``end`` is said, sung or recited, as a grace or a prayer is; a
    person is not, unless "said to be" something ("Kayden was said by his teacher to be
    withdrawn") or given something ("Ruby was sung a lullaby")."""
    found = _SAID_AFTER.match(text, end)
    if found is None:
        return False
    clause = _CLAUSE_END.split(text[found.end() :], maxsplit=1)[0]
    return not _RAISED.search(clause)


def _doubtful(mention: Mention) -> bool:
    return (
        len(mention.words) == 1
        and mention.rank >= RANKS["entity"]
        and (not mention.sentence.prose or sentence_initial(mention.sentence.text, mention.start))
    )
