"""Real-looking names written beside a pseudonym for the same person.

"Child A (Kayden)", "Mother (Ms Tamsin Hale)", "Child A, whom his family call Kayden,", "Kayden
Smith (Child A)": a report that gives a pseudonym and then the real name undoes its own
anonymisation. The wording alone shows these, so no language model is needed, and they rank above
every other finder's mentions: a name written as a pseudonym's is a clash, whatever else it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrlint.identifiers.model import Kind
from scrlint.identifiers.names.mention import (
    HONORIFIC,
    RANKS,
    SAINT_BEFORE,
    Known,
    Mention,
    Sentence,
    name_words,
    name_words_before,
    sentence_initial,
)
from scrlint.identifiers.pseudonyms import PERSON_PSEUDONYM

# A name beside a pseudonym: "Child A (Kayden)", "Mother (Ms Tamsin Hale)", "Child A (known at
# home as Kayden)", "Child A, known to her family as Kayden,", "Child A is sometimes called
# 'Kay'", "Child A, whom his family call Kayden,", "Child A, whose name is Kayden", "Child C's first
# name, Kaiden, appears", "Mother, Tamsin Hale, said".
_PSEUDONYM = PERSON_PSEUDONYM.pattern
_QUOTE = "[\"'\u201c\u2018]?"
_OFTEN = r"(?:(?:also|sometimes|often|usually|previously|then|affectionately)\s+)*"
_KNOWN_AS = rf"{_OFTEN}known\s+(?:\w+\s+){{0,3}}?as\s+{_QUOTE}"  # "known to his family as"
_CLASH_AFTER = re.compile(
    rf"(?:{_PSEUDONYM})(?:"
    r"\s*\(\s*(?P<bracket>(?:(?:real\s+|full\s+|first\s+|given\s+)?name\s*:?\s*|"
    rf"{_KNOWN_AS}|called\s+|aka\s+|née\s+|nee\s+)?)"
    rf"|(?:['’]s)?,?\s+(?:(?:who\s+)?(?:is|was)\s+)?{_OFTEN}"
    rf"(?:known|referred\s+to)\s+(?:\w+\s+){{0,3}}?as\s+{_QUOTE}"
    rf"|(?:,\s*|\s+(?=who\b|is\b|was\b))(?:(?:who\s+)?(?:is|was)\s+)?{_OFTEN}"
    rf"(?:called|named|nicknamed)\s+{_QUOTE}"
    r"|,?\s+(?:whom|who)\s+(?:his|her|their)\s+(?:\w+\s+){0,2}?(?:call|calls|called|know|knows|knew)"
    rf"\s+(?:him\s+|her\s+|them\s+)?(?:as\s+)?{_QUOTE}"
    r"|(?:,?\s+whose\s+|['’]s\s+)(?:real\s+|first\s+|full\s+|actual\s+|given\s+)?name"
    r"(?:\s+(?:is|was)\s+|(?P<named>\s*,\s*))"
    rf"|(?P<apposition>\s*,\s*{_QUOTE})"
    r")"
)
# The end of a name given in brackets ("(Kayden)", "(known at home as 'Kay')", "(Tamsin Hale,
# 32)") or after "'s first name," ("Kaiden, appears", "Kaiden.").
_NAME_CLOSES = re.compile(r"[\"'”’]?\s*[,;)]")
_NAME_ENDS = re.compile(r"[\"'”’]?\s*(?:[,;.)]|$)")
# The end of a name in apposition: "Child A, Kayden, was", "Child A, Kayden to his family, was".
_APPOSITION_CLOSE = re.compile(
    r"[\"'”’]?(?:\s+(?:to\s+(?:his|her|their)\s+(?:\w+\s+)?(?:family|friends|parents|relatives|"
    r"mother|father|mum|dad)|at\s+home))?\s*,"
)
_CLASH_BEFORE = re.compile(
    r"\s*\(\s*(?:(?:referred\s+to|known)\s+(?:here\s+|hereafter\s+|in\s+this\s+(?:report|review)\s+)?"
    r"as\s+|hereafter\s+|pseudonym\s*:?\s*)?[\"'\u201c\u2018]?"
    rf"(?:{_PSEUDONYM})[\"'”’]?\s*\)"
)
_LIST_NEXT = re.compile(rf"\s*(?:and|or|&)\b|\s*(?:{_PSEUDONYM})")
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{HONORIFIC})\.?\s+$")


def clashes_in(sentence: Sentence, known: Known) -> Iterator[Mention]:
    """The names written beside a pseudonym in ``sentence``: after it ("Child A (Kayden)") or
    before it ("Kayden Smith (Child A)")."""
    text = sentence.text
    for found in _CLASH_AFTER.finditer(text):
        at = found.end()
        honorific = re.match(rf"(?:{HONORIFIC})\.?\s+", text[at:])
        words = name_words(text, at + (honorific.end() if honorific else 0), known)
        if not words:
            continue
        end = words[-1][1]
        if found.group("bracket") is not None:
            if not _NAME_CLOSES.match(text, end):
                continue  # "Mother (Polish, aged 32)" is not a name; "(Tamsin Hale, 32)" is
        elif found.group("named") is not None:
            if not _NAME_ENDS.match(text, end):
                continue  # "Child C's first name, Kaiden, appears", not "…, Kayden Smith said,"
        elif found.group("apposition") is not None:
            closing = _APPOSITION_CLOSE.match(text, end)
            if closing is None or _LIST_NEXT.match(text, closing.end()):
                continue  # "Mother, Kayden and Sibling 1" is a list
            if len(words) == 1 and known.common_word(text[at:end]):
                continue
        names = tuple(text[s:e] for s, e in words)
        yield Mention(sentence, at, end, names, Kind.PSEUDONYM_CLASH, RANKS["clash"])
    for found in re.finditer(r"\(", text):
        if not _CLASH_BEFORE.match(text, found.start()):
            continue
        end = len(text[: found.start()].rstrip())
        words = name_words_before(text, end, known)
        if not words:
            continue
        start = words[0][0]
        honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        if honorific:
            start = honorific.start()
        elif (
            len(words) == 1
            and sentence_initial(text, start)
            and known.common_word(text[words[0][0] : end])
        ):
            continue
        if SAINT_BEFORE.search(text, max(0, start - 8), start):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield Mention(sentence, start, end, names, Kind.PSEUDONYM_CLASH, RANKS["clash"])
