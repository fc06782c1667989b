"""Names read from names already found: a first name joined to a full name, and later uses.

"Leroy and Shanice Thompson": the recogniser takes in the full name only, and the first name
joined to it shares its surname. "Kayden" after "Child A (Kayden)": once a name is found, every
other use of it is a mention too, though nothing beside it says that it is a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from scrlint.identifiers.first_names import FIRST_NAMES
from scrlint.identifiers.model import Kind
from scrlint.identifiers.names.context import excluded_context, mention_at
from scrlint.identifiers.names.mention import (
    RANKS,
    Known,
    Mention,
    Sentence,
    sentence_initial,
    words_of,
)
from scrlint.identifiers.words import NAME_WORD

# A first name joined to a full name: "Leroy and Shanice Thompson" share a surname; after a
# place's preposition it may be a place ("from Ashcombe and Jason Pike's flat").
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])({NAME_WORD})\s+(?:and|&)\s+$")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|into|near|between|across|around|of|via)\s+$", re.IGNORECASE
)


def joined(mentions: Sequence[Mention], known: Known) -> Iterator[Mention]:
    """A first name joined to a full name, whose surname it shares: "Leroy and Shanice
    Thompson" (the recogniser takes in the full name only)."""
    for mention in mentions:
        if len(mention.words) < 2 or mention.kind is Kind.PSEUDONYM_CLASH:
            continue
        text = mention.sentence.text
        found = _JOINED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if found is None:
            continue
        start, end = found.span(1)
        word = found.group(1)
        if known.not_name(word) or excluded_context(text, start, end, known):
            continue
        if sentence_initial(text, start) and known.common_word(word):
            continue
        if word not in FIRST_NAMES and _PLACE_PREPOSITION.search(text, max(0, start - 9), start):
            continue
        yield Mention(mention.sentence, start, end, (word,), mention.kind, RANKS["pattern"])


def later_uses(
    sentences: Sequence[Sentence], mentions: Sequence[Mention], known: Known
) -> list[Mention]:
    """Every other use of a name word already found ("Kayden" after "Child A (Kayden)"),
    grouped into whole names ("Ada Okonjo")."""
    words = sorted({w for m in mentions for w in m.words}, key=len, reverse=True)
    if not words:
        return []
    alternatives = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?:\s(?:{alternatives}))*(?![\w-])")
    found: list[Mention] = []
    for sentence in sentences:
        text = sentence.text
        for match in pattern.finditer(text):
            start, end = match.span()
            mention = mention_at(sentence, start, end, words_of(text[start:end]), known, "later")
            if mention is not None:
                found.append(mention)
    return found
