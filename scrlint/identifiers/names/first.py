"""Common first names, with a surname or alone ("Sophie Turner", "Amelia-Rose", "Tia-Mae").

spaCy's small model tags many names as organisations or not at all, so a word from the list of
common first names (``first_names.py``) marks a name without it. A first name that is as often a
place ("Jordan", "Chelsea") is not taken alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrlint.identifiers.first_names import FIRST_NAMES
from scrlint.identifiers.names.context import mention_at
from scrlint.identifiers.names.mention import Known, Mention, Sentence, name_words
from scrlint.identifiers.text import CAPITALISED
from scrlint.identifiers.words import possessive_stripped

# First names that are as often places: alone, they are not taken for names.
_PLACE_NAMES = frozenset({"Jordan", "Chelsea", "Florence", "Victoria", "Georgia", "Harley", "Eden"})


def first_named(sentence: Sentence, known: Known) -> Iterator[Mention]:
    """A common first name, with a surname or alone ("Sophie Turner", "Amelia-Rose", "Tia-Mae":
    either half of a double name will do): the small model tags many names as organisations or
    not at all. One at a sentence's start may still be a word ("Grace periods were extended"):
    ``entities.not_modifiers`` checks those."""
    text = sentence.text
    for found in CAPITALISED.finditer(text):
        parts = possessive_stripped(found.group()).split("-")
        first = parts[0]
        if not any(part in FIRST_NAMES for part in parts) or (
            found.start() and text[found.start() - 1].isalnum()
        ):
            continue
        words = name_words(text, found.start(), known)
        if not words or words[0][0] != found.start():
            continue
        if len(words) == 1 and first in _PLACE_NAMES:
            continue
        start, end = words[0][0], words[-1][1]
        names = tuple(text[s:e] for s, e in words)
        mention = mention_at(
            sentence, start, end, names, known, "first" if len(words) == 1 else "pattern"
        )
        if mention is not None:
            yield mention
