"""Personal names in a report: people, practitioners, and real names beside pseudonyms.

Names are found four ways, cheapest first:

1. titles: "Mrs Okonjo", "Dr Marsh", "PC Rogers" (a one-letter "Mr G" is a pseudonym);
2. patterns: a full name beside a role or a family word ("social worker Tom Ellery", "her
   father, Darren Cole,", "Ann Bell, a family friend,"), a name with an age or a relative
   ("Hope, then aged six,", "Bartek's mother"), a common first name ("Sophie Turner":
   ``first_names.py``) and a name beside a pseudonym ("Child A (Kayden)", "Child A, whom his
   family call Kayden,");
3. spaCy's entity recogniser, given only the sentences that hold a capitalised word that is not
   a known non-name (roles, agencies, places, dates, pseudonyms: ``words.py``), all in one batch;
   over a whole 30,000-word report it costs over a second, over the candidates a tenth of that;
4. a first name joined to a full name found so far ("Leroy and Shanice Thompson"), and every
   later use of a name found so far ("Kayden" after "Child A (Kayden)").

Most sentences hold no word that may be a name, so all four read only the few that do.

What the recogniser calls a person is kept only when every word looks like a name and none is
a non-name, a word of the report's own agencies and places (``agencies.py``), a cited author
(``authors.py``) or a declared pseudonym, and when it is not part of a street ("the Carr Lane
flat"), a named condition ("Rett syndrome", ``diagnoses.py``) or a term named after someone
("Gillick competent", "the Fraser guidelines", "Valentine's Day"). A name with a
practitioner's role beside it, or a professional title, is a practitioner's name; a name beside
a pseudonym for the same person is a pseudonym clash; every other name is a personal name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from scrlint.config import Config
from scrlint.document import Block, BlockKind, Document
from scrlint.identifiers.agencies import agency_words
from scrlint.identifiers.authors import PUBLIC_TITLE, cited_names
from scrlint.identifiers.diagnoses import conditions_named
from scrlint.identifiers.first_names import FIRST_NAMES
from scrlint.identifiers.model import Identifier, Kind
from scrlint.identifiers.practitioners import (
    FULL,
    ROLE_AFTER,
    ROLE_BEFORE,
    ROLE_RE,
    ROLE_REACH,
    family_apposition,
)
from scrlint.identifiers.pseudonyms import PERSON_PSEUDONYM, declared, is_label
from scrlint.identifiers.text import CAPITALISED, UPPER, lower_words
from scrlint.identifiers.words import (
    AGENCY_HEADS,
    AGENCY_WORDS,
    FUNCTION_WORDS,
    NAME_WORD,
    NEVER_NAMES,
    NOT_SURNAMES,
    STREET_WORDS,
    name_shaped,
    possessive_stripped,
)
from scrlint.sentences import sentence_spans

if TYPE_CHECKING:
    from scrlint.nlp import NlpLayer

NEEDS = frozenset({"ents", "pos"})
_ENTITIES = frozenset({"ents"})
_TAGS = frozenset({"pos"})

_HONORIFIC = r"Mr|Mrs|Ms|Miss|Mx"
_PROFESSIONAL = (
    r"Dr|Doctor|PC|DC|DS|DI|DCI|PCSO|Sgt|Sergeant|Constable|Inspector|Detective\s+(?:Constable|"
    r"Sergeant|Inspector|Chief\s+Inspector)|Police\s+Constable|Nurse|Midwife|Matron|Sister"
)
# A surname's particle, read as part of the word after it ("Ana de Souza", "Pieter van der
# Berg", "Siân Ní Bhraonáin", "Seán Ó Briain", "Ahmed al-Rashid"). "Mac" and "Nic" are left out:
# they are first names too ("Nic Cooper"), and read as words of the name anyway.
_PARTICLE_TEXT = (
    r"(?:(?:de|del|della|di|da|das|dos|du|van|von|bin|ibn|bint|ap)(?:\s+(?:der|den|de|la|las|los|le))?"
    r"|Ó|Ní|Mhic|Ua|Uí)\s+|(?:al|el)-"
)
_PARTICLE = re.compile(rf"(?:{_PARTICLE_TEXT})(?=[{UPPER}])")
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?:{_PARTICLE_TEXT})$")
_TITLE = re.compile(
    rf"\b(?:(?P<honorific>{_HONORIFIC})|(?P<professional>{_PROFESSIONAL})|(?P<public>{PUBLIC_TITLE}))"
    rf"\.?\s+(?=(?:{_PARTICLE_TEXT})?{NAME_WORD})"
)
_TITLE_WORD = re.compile(rf"^(?:{_HONORIFIC}|{_PROFESSIONAL}|{PUBLIC_TITLE})\.?$")
_WORD = re.compile(NAME_WORD)
_GAP = re.compile(rf" (?=[{UPPER}]|{_PARTICLE.pattern})")  # between the words of a name
_BEFORE_PARTICLE = re.compile(rf"(?:{NAME_WORD}|{_HONORIFIC}\.?) $")  # "Ana de", "Mrs de"
_PARTICLE_OR_WORD = re.compile(rf"(?:{_PARTICLE.pattern})?\S+")  # one word of a name
# Whose relative "Sister" is: "her Sister Amy", "Mother's Sister Amy".
_POSSESSOR_BEFORE = re.compile(
    r"(?:\b(?:his|her|their|my|our|your|the|a)|['’]s)\s+$", re.IGNORECASE
)
# What may stand between a sentence's start and its first word: list markers, quotes, brackets.
_OPENING = re.compile(r"[^A-Za-z]*$")
_CLAUSE_OPENERS = ':;–—("\u201c\u2018'
_YEAR_AFTER = re.compile(r"(?:['’]s)?\s*(?:\(\s*(?:19|20)\d\d|et\.?\s+al\b|,\s*(?:19|20)\d\d\b)")
# A house number before a street: "14 Mill Lane", "Flat 3, 27 Park Row".
_NUMBER_BEFORE = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+$")
# Street and house words that are never surnames ("Lane", "Hill" and "Green" can be).
_STREETS = frozenset(
    {"Road", "Street", "Avenue", "Close", "Drive", "Crescent", "Grove", "Terrace", "Gardens"}
    | {"Mews", "Square", "Way", "Estate", "Parade", "Cottage", "Cottages", "Farm", "Farmhouse"}
    | {"Bungalow"}
)
# Words before a street's name that a person's name does not take: "the Carr Lane flat".
_STREET_BEFORE = re.compile(r"\b(?:the|on|off|along|in|into|near|opposite|via)\s+$", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(rf"([{UPPER}][\w'’-]*)\s+$")
# An author cited without a year: "As Ferguson argues, ...".
_AS_BEFORE = re.compile(r"\b[Aa]s\s+$")
_ARGUES_AFTER = re.compile(
    r"\s+(?:argue[sd]?|note[sd]?|suggest(?:s|ed)?|observe[sd]?|writes|wrote|describe[sd]?|"
    r"contends|contended|conclude[sd]?|points\s+out|pointed\s+out|puts\s+it|put\s+it)\b"
)
# A term named after a person: "Clare's Law", "Valentine's Day", "Maslow's hierarchy", "Gillick
# competent", "the Fraser guidelines", "the Apgar score". "Kayden's test" may be his own, so most
# lower-case words count only without a possessive.
_TERM_AFTER = re.compile(
    r"['’]s\s+(?:Law|Day|Rule|Principle|Test)\b"
    r"|['’]s\s+(?:[a-z]+\s+)?(?:theory|hierarchy|framework|triangle|model|approach|paradigm)\b"
    r"|\s+(?i:competen(?:t|ce|cy)|guidelines?|principles?|criteria|test|scale|score|ruling|"
    r"judge?ment|protocol|model|method|approach|manoeuvre|classification|procedure|technique)\b"
)
# A condition named after a person: "Rett syndrome", "Crohn's disease", "Wolf-Hirschhorn
# syndrome", "Duchenne muscular dystrophy" (not "Kayden's muscular dystrophy", which is his).
_CONDITION = (
    r"(?i:syndrome|disease|dystrophy|palsy|anomaly|sequence|lymphoma|sarcoma|ataxia|"
    r"encephalopathy|encephalitis|myopathy|neuropathy|malformation)\b"
)
_CONDITION_REACH = 60  # characters, longer than any rare condition's name
_CONDITION_AFTER = re.compile(
    rf"(?:[-\u2010\u2013][{UPPER}][\w'’]*)*"
    rf"(?:['’]s?\s+{_CONDITION}|\s+(?:(?i:muscular|myotonic)\s+)?{_CONDITION})"
)
# A review or report named after its author: "the Munro review", "the Laming Inquiry".
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_EPONYM_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:review|report|inquiry|enquiry|principles|recommendations)\b", re.IGNORECASE
)
_SAINT_BEFORE = re.compile(r"\b(?:St|Saint)\.?\s*$")
_PUBLIC_BEFORE = re.compile(rf"\b(?:{PUBLIC_TITLE})\.?\s+(?:{NAME_WORD}\s+)?$")
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([A-Z][\w'’-]*)")
# A passive of saying, singing or reciting: what a grace or a prayer takes, not a person.
_SAID_AFTER = re.compile(
    r"\s+(?:was|were|is|are|(?:had|has|have)\s+been|being|would\s+be)\s+"
    r"(?:(?:[a-z]+ly|always|often|also|never|still)\s+)?"
    r"(?:said|sung|recited|chanted|intoned|prayed|uttered)\b"
    r"(?!\s+(?:to|a|an|the|his|her|their)\b)"
)
_RAISED = re.compile(r"\bto\s+(?:be|have)\b")
_CLAUSE_END = re.compile(r"[.;:,!?]")
_WHOSE = re.compile(r"\bwhose\b", re.IGNORECASE)
# What a role used as a title may follow: "with key worker Amy", "and support worker Jodie".
_TITLE_ROLE_BEFORE = re.compile(
    r"[,;]\s+$|\b(?:with|by|from|to|for|and|or|of|between|alongside|including)\s+$", re.IGNORECASE
)
_GROUP_ROLE = re.compile(r"(?:s|staff|police)\s*$", re.IGNORECASE)  # roles of several people
# A role in apposition starts with a determiner, a capital or the role itself ("Jane Ellery,
# the health visitor", "(Child A's social worker)"), not a verb ("Mrs Dunn, called the police").
_APPOSITION_START = re.compile(
    r"\s*[,(]\s*(?:(?:who\s+(?:was|is)|the|a|an|her|his|their|its|our|then|now|also)\b|[A-Z]"
    rf"|(?i:{ROLE_RE.pattern}))"
)
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)\]]|$)")
# A family member described, then named: "her father, Darren Cole," "his aunt (Sue Bell)", "her
# closest friend, Aoife Nic Giolla,".
_FAMILY_WORDS = (
    r"mother|father|mum|dad|brother|sister|sibling|half-brother|half-sister|stepbrother|"
    r"stepsister|grandmother|grandfather|grandma|grandad|granny|nan|aunt|auntie|uncle|cousin|"
    r"partner|ex-partner|boyfriend|girlfriend|husband|wife|stepfather|stepmother|step-father|"
    r"step-mother|stepdad|friend|neighbour|son|daughter|lodger|carer|niece|nephew|godmother|"
    r"godfather"
)
_DESCRIBED = re.compile(
    rf"\b(?:(?i:his|her|their|the|a)|Child\s+[A-Z]['’]s|Mother['’]s|Father['’]s)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?"
    rf"(?:{_FAMILY_WORDS})\s*(?:,|\(|\bcalled\b|\bnamed\b)\s*"
)
# What shows that the name just before it is a relative's, a friend's or a child's: a family
# word in apposition ("Ann Bell, a family friend,"), an age ("Hope, then aged six,") or a
# relative ("Bartek's mother"; not "Northshire's partner agencies").
_FAMILY_AFTER = re.compile(
    rf",\s*(?:the|a|an|his|her|their|{NAME_WORD}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_FAMILY_WORDS})\s*[,)]"
)
_AGED_AFTER = re.compile(r"\s*[,(]\s*(?:then\s+|now\s+)?aged\s+(?:about\s+)?(?:\d|[a-z]+\b)")
_RELATIVE_AFTER = re.compile(
    r"['’]s\s+(?:(?:new|older|younger|elder|twin|baby|maternal|paternal)\s+)*"
    rf"(?:{_FAMILY_WORDS})\b(?!\s+(?:agenc|organisation|service|charit))"
)
# A first name joined to a full name: "Leroy and Shanice Thompson" share a surname; after a
# place's preposition it may be a place ("from Ashcombe and Jason Pike's flat").
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])({NAME_WORD})\s+(?:and|&)\s+$")
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|at|from|to|into|near|between|across|around|of|via)\s+$", re.IGNORECASE
)
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
_HONORIFIC_BEFORE = re.compile(rf"\b(?:{_HONORIFIC})\.?\s+$")
_REFERENCES = re.compile(
    r"\b(?:references|bibliography|further\s+reading|sources|literature)\b", re.IGNORECASE
)
_RANKS = {"clash": 0, "titled": 1, "pattern": 2, "entity": 3, "first": 4, "later": 5}
# First names that are as often places: alone, they are not taken for names.
_PLACE_NAMES = frozenset({"Jordan", "Chelsea", "Florence", "Victoria", "Georgia", "Harley", "Eden"})
_SCANNED_AS_SENTENCES = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE)


@dataclass(frozen=True)
class _Sentence:
    block: Block
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.block.text[self.start : self.end]

    @property
    def prose(self) -> bool:
        """Whether it is running prose (headings and table cells are often in title case)."""
        return self.block.kind in _SCANNED_AS_SENTENCES


@dataclass(frozen=True)
class _Mention:
    """A name at [start, end) of one sentence; ``words`` leaves out any title."""

    sentence: _Sentence
    start: int
    end: int
    words: tuple[str, ...]
    kind: Kind
    rank: int
    titled: bool = False


@dataclass(frozen=True)
class _Known:
    """What the report and its settings say is not a name."""

    declared: frozenset[str]
    lower: frozenset[str]
    agencies: frozenset[str]
    cited: frozenset[str]
    conditions: re.Pattern[str] | None  # the rare conditions the report names, if any

    def not_name(self, word: str, *, surname: bool = False) -> bool:
        word = possessive_stripped(word)
        return (
            not name_shaped(word)
            or word in (NOT_SURNAMES if surname else NEVER_NAMES)
            or word in self.agencies
            or word in self.cited
            or word.casefold() in self.declared
        )

    def in_condition(self, text: str, start: int, end: int) -> bool:
        """Whether [start, end) is part of a named rare condition ("Cornelia de Lange syndrome");
        no condition's name is as long as ``_CONDITION_REACH``, so only that much is read."""
        if self.conditions is None:
            return False
        window = (max(0, start - _CONDITION_REACH), end + _CONDITION_REACH)
        return any(
            found.start() < end and start < found.end()
            for found in self.conditions.finditer(text, *window)
        )

    def common_word(self, word: str) -> bool:
        """Whether the report also writes ``word`` in lower case ("Following", "Hope")."""
        return possessive_stripped(word).lower().replace("’", "'") in self.lower


@dataclass(frozen=True)
class _Scan:
    """The sentences that hold a word that may be a name, and the clashes among them."""

    known: _Known
    sentences: list[_Sentence]
    clashes: list[_Mention]


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
    candidates: list[_Sentence] = []
    for sentence in scan.sentences:
        mentions += _titled(sentence, known)
        mentions += _patterned(sentence, known)
        mentions += _first_named(sentence, known)
        if nlp is not None and _worth_recognising(sentence, known):
            candidates.append(sentence)
    if candidates and nlp is not None:
        docs = nlp.parse([s.text for s in candidates], _ENTITIES)
        for sentence, doc in zip(candidates, docs, strict=True):
            mentions += _recognised(sentence, doc, known)
    mentions = _not_modifiers(_resolved(mentions), nlp)
    mentions = _resolved(mentions + list(_joined(mentions, known)))
    mentions = _resolved(mentions + _later_uses(scan.sentences, mentions, known))
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
        _Sentence(block, start, end)
        for block in document.blocks()
        if possible(block.text) and not _in_references(block)
        for start, end in sentence_spans(block.text)
        if possible(block.text[start:end])
    ]
    clashes = [m for s in sentences for m in _clashes(s, known)]
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


def _known(document: Document, config: Config | None) -> _Known:
    return _Known(
        declared=declared(document, config),
        lower=lower_words(document),
        agencies=agency_words(document),
        cited=cited_names(document),
        conditions=conditions_named(document),
    )


# --- titles -------------------------------------------------------------------------------


def _titled(sentence: _Sentence, known: _Known) -> Iterator[_Mention]:
    """ "Mrs Okonjo", "Dr Helen Marsh", "PC Rogers"; public figures ("Lord Laming") are left
    out unless a practitioner's role is written beside them."""
    text = sentence.text
    for found in _TITLE.finditer(text):
        if found.group("honorific") and _TITLE.match(text, found.end()):
            continue  # "Mr Justice Hale" is a judge: the next title decides
        words = _name_words(text, found.end(), known, surname=True)
        if not words:
            continue
        end = words[-1][1]
        if _in_agency_name(text, end) or _YEAR_AFTER.match(text, end):
            continue
        names = tuple(text[s:e] for s, e in words)
        start = found.start()
        if found.group("professional") == "Sister" and not _nursing_sister(found, end, names):
            continue
        if found.group("public"):
            if not _practitioner(text, start, end, single=False):
                continue
            kind = Kind.PRACTITIONER_NAME
        elif found.group("professional"):
            family = family_apposition(text, start, end)
            kind = Kind.PERSON_NAME if family else Kind.PRACTITIONER_NAME
        else:
            kind = (
                Kind.PRACTITIONER_NAME
                if _practitioner(text, start, end, single=False)
                else Kind.PERSON_NAME
            )
        yield _Mention(sentence, start, end, names, kind, _RANKS["titled"], titled=True)


def _nursing_sister(title: re.Match[str], end: int, names: tuple[str, ...]) -> bool:
    """Whether "Sister" before a name is a nurse's title ("Sister Ann Kelly", "Ward Sister
    Kelly", "Sister Kelly, the ward manager,") rather than a relative ("her Sister Amy",
    "Sister Amy said")."""
    text, start = title.string, title.start()
    if _POSSESSOR_BEFORE.search(text, max(0, start - 8), start):
        return False
    return (
        len(names) > 1
        or bool(ROLE_BEFORE.search(text, max(0, start - ROLE_REACH), title.end()))
        or _practitioner(text, start, end, single=False)
    )


def _name_words(
    text: str, at: int, known: _Known, *, surname: bool = False, limit: int = 3
) -> list[tuple[int, int]]:
    """The spans of up to ``limit`` name words from ``at``, separated by single spaces; a
    surname's particle is part of the word after it ("Ana", "de Souza")."""
    spans: list[tuple[int, int]] = []
    position = at
    while len(spans) < limit:
        particle = _PARTICLE.match(text, position)
        found = _WORD.match(text, particle.end() if particle else position)
        if found is None or known.not_name(found.group(), surname=surname and not spans):
            break
        after = text[found.end() : found.end() + 1]
        if after.isalnum() or after in "-&@":  # "McDonald's"-like runs, "A&E", e-mail names
            break
        spans.append((position, found.end()))
        if not _GAP.match(text, found.end()):
            break
        position = found.end() + 1
    return spans


def _in_agency_name(text: str, end: int) -> bool:
    """Whether the word after ``end`` continues an agency, setting or street name."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = possessive_stripped(after.group(1))
    return word in AGENCY_HEADS or word in AGENCY_WORDS or word in STREET_WORDS


# --- patterns -----------------------------------------------------------------------------


def _patterned(sentence: _Sentence, known: _Known) -> Iterator[_Mention]:
    """A full name beside a role ("social worker Tom Ellery") or a family word ("her father,
    Darren Cole,"), found without the recogniser."""
    text = sentence.text
    for found in FULL.finditer(text):
        start, end = found.start(1), found.end(1)
        words = _name_words(text, start, known, limit=2)
        if len(words) != 2 or words[-1][1] != end or _excluded_context(text, start, end, known):
            continue
        if _practitioner(text, start, end, single=False):
            names = tuple(text[s:e] for s, e in words)
            yield _Mention(sentence, start, end, names, Kind.PRACTITIONER_NAME, _RANKS["pattern"])
    for found in _DESCRIBED.finditer(text):
        words = _name_words(text, found.end(), known)
        if not words:
            continue
        start, end = words[0][0], words[-1][1]
        if not _APPOSITION_END.match(text, end) or _excluded_context(text, start, end, known):
            continue
        if len(words) == 1 and known.common_word(text[start:end]):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield _Mention(sentence, start, end, names, Kind.PERSON_NAME, _RANKS["pattern"])
    yield from _described_after(sentence, known)


def _described_after(sentence: _Sentence, known: _Known) -> Iterator[_Mention]:
    """A name followed by what only a person has: a family word in apposition, an age or a
    relative. A full name is needed before a family word ("Kayden, his friend, ..." may be
    spoken to Kayden); one word is enough before an age or a relative, even a word the report
    also writes in lower case ("Hope, then aged six,")."""
    text = sentence.text
    cues = [
        (found, 2) for found in _FAMILY_AFTER.finditer(text) if not ROLE_RE.search(found.group())
    ]
    cues += [(found, 1) for found in _AGED_AFTER.finditer(text)]
    cues += [(found, 1) for found in _RELATIVE_AFTER.finditer(text)]
    for found, least in cues:
        words = _name_words_before(text, found.start(), known)
        if len(words) < least:
            continue
        start, end = words[0][0], words[-1][1]
        if _excluded_context(text, start, end, known):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield _Mention(sentence, start, end, names, Kind.PERSON_NAME, _RANKS["pattern"])


def _practitioner(text: str, start: int, end: int, *, single: bool) -> bool:
    """Whether a practitioner's role is written beside the name at [start, end).

    A role before a one-word name is enough only when written as a title ("Key worker Amy
    ran", not "told the health visitor Kayden had a bruise"); a role after it must be in
    apposition and not someone else's ("Mr Pike, whose probation officer ...").
    """
    if family_apposition(text, start, end):
        return False
    role = ROLE_BEFORE.search(text, max(0, start - ROLE_REACH), start)
    if role is not None and (not single or _role_as_title(role)):
        return True
    after = ROLE_AFTER.match(text, end, end + ROLE_REACH)
    if after is None or _WHOSE.search(after.group()):
        return False
    if re.match(r"\s*[,(]", after.group()):
        return bool(_APPOSITION_START.match(text, end))
    return bool(_APPOSITION_END.match(text, after.end()))


def _role_as_title(role: re.Match[str]) -> bool:
    """Whether one practitioner's role stands right before a name as a title does: with no
    comma or determiner, at the start of a clause or after a preposition ("Key worker Amy
    ran", "sessions with support worker Jodie"). "the health visitor Kayden" may be
    "told the health visitor [that] Kayden ...", and "staff Amy and Jo" are several."""
    text, start = role.string, role.start()
    return (
        "," not in role.group()
        and not _GROUP_ROLE.search(role.group())
        and (
            _sentence_initial(text, start)
            or bool(_TITLE_ROLE_BEFORE.search(text, max(0, start - 16), start))
        )
    )


def _excluded_context(text: str, start: int, end: int, known: _Known) -> bool:
    """Whether the words around [start, end) make it an author, a saint's name, a public
    figure, a street, a term or condition named after someone ("Fraser guidelines", "Rett
    syndrome") or part of an agency's name rather than a person's."""
    words = text[start:end].split()
    last = possessive_stripped(words[-1])
    return bool(
        last in _STREETS
        or (last in STREET_WORDS and _street(text, start, words))
        or _TERM_AFTER.match(text, end)
        or _CONDITION_AFTER.match(text, end)
        or known.in_condition(text, start, end)
        or (_AS_BEFORE.search(text, max(0, start - 4), start) and _ARGUES_AFTER.match(text, end))
        or _SAINT_BEFORE.search(text, max(0, start - 8), start)
        or (_THE_BEFORE.search(text, max(0, start - 5), start) and _EPONYM_AFTER.match(text, end))
        or _PUBLIC_BEFORE.search(text, max(0, start - 40), start)
        or _YEAR_AFTER.match(text, end)
        or _in_agency_name(text, end)
        or is_label(text[start:end])
    )


def _street(text: str, start: int, words: list[str]) -> bool:
    """Whether a name ending in a street word that may be a surname ("Lane", "Court") is a
    street's: "14 Mill Lane", "on Tenter Lane", "the Carr Lane flat", "Church Lane" (with
    "Church", which is no name, left out of the name), but not "Amy Lane"."""
    if len(words) == 1:  # "The Lane family" is a person's; "Church Lane" is not
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        return before is not None and before.group(1) not in FUNCTION_WORDS
    return bool(
        _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        or _STREET_BEFORE.search(text, max(0, start - 9), start)
    )


# --- pseudonym clashes --------------------------------------------------------------------


def _clashes(sentence: _Sentence, known: _Known) -> Iterator[_Mention]:
    text = sentence.text
    for found in _CLASH_AFTER.finditer(text):
        at = found.end()
        honorific = re.match(rf"(?:{_HONORIFIC})\.?\s+", text[at:])
        words = _name_words(text, at + (honorific.end() if honorific else 0), known)
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
        yield _Mention(sentence, at, end, names, Kind.PSEUDONYM_CLASH, _RANKS["clash"])
    for found in re.finditer(r"\(", text):
        if not _CLASH_BEFORE.match(text, found.start()):
            continue
        end = len(text[: found.start()].rstrip())
        words = _name_words_before(text, end, known)
        if not words:
            continue
        start = words[0][0]
        honorific = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
        if honorific:
            start = honorific.start()
        elif (
            len(words) == 1
            and _sentence_initial(text, start)
            and known.common_word(text[words[0][0] : end])
        ):
            continue
        if _SAINT_BEFORE.search(text, max(0, start - 8), start):
            continue
        names = tuple(text[s:e] for s, e in words)
        yield _Mention(sentence, start, end, names, Kind.PSEUDONYM_CLASH, _RANKS["clash"])


def _name_words_before(text: str, end: int, known: _Known) -> list[tuple[int, int]]:
    """Up to three name words ending at ``end`` ("Kayden Smith" in "Kayden Smith (Child A)"),
    a surname's particle with the word after it ("Ana", "de Souza")."""
    spans: list[tuple[int, int]] = []
    position = end
    while len(spans) < 3:
        found = re.search(rf"(?<![\w'’-])({NAME_WORD})$", text[:position])
        if found is None or known.not_name(found.group(1)):
            break
        start = _with_particle(text, found.start(1))
        spans.insert(0, (start, found.end(1)))
        if start == 0 or text[start - 1] != " ":
            break
        position = start - 1
    return spans


def _with_particle(text: str, start: int) -> int:
    """Where the surname at ``start`` begins once a particle before it is taken in ("de
    Souza"): only when a word of the name or a title stands before the particle ("in the bin
    Kayden's mother found" is about Kayden)."""
    particle = _PARTICLE_BEFORE.search(text, max(0, start - 12), start)
    if particle is None:
        return start
    at = particle.start()
    return at if _BEFORE_PARTICLE.search(text, max(0, at - 30), at) else start


# --- the entity recogniser ----------------------------------------------------------------


def _worth_recognising(sentence: _Sentence, known: _Known) -> bool:
    """Whether the sentence holds a capitalised word that may be a name."""
    text = sentence.text
    for found in CAPITALISED.finditer(text):
        word = possessive_stripped(found.group())
        if known.not_name(word):
            continue
        if (not sentence.prose or _sentence_initial(text, found.start())) and known.common_word(
            word
        ):
            continue
        return True
    return False


def _sentence_initial(text: str, at: int) -> bool:
    """Whether only list markers, quotes or brackets come before ``at`` in its clause."""
    opened = max(text.rfind(c, 0, at) for c in _CLAUSE_OPENERS)
    return bool(_OPENING.match(text, opened + 1, at))


def _recognised(sentence: _Sentence, doc: Any, known: _Known) -> Iterator[_Mention]:
    """The recogniser's people that survive every check."""
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
        words = _words(text[start:end])
        if any(known.not_name(_PARTICLE.sub("", word)) for word in words):
            continue
        mention = _mention(sentence, start, end, words, known, "entity")
        if mention is not None:
            yield mention


def _words(name: str) -> tuple[str, ...]:
    """The words of a name, a surname's particle joined to the word after it, as
    ``_name_words`` reads them ("Ana", "de Souza"), so that both give one key."""
    return tuple(_PARTICLE_OR_WORD.findall(name))


def _first_named(sentence: _Sentence, known: _Known) -> Iterator[_Mention]:
    """A common first name, with a surname or alone ("Sophie Turner", "Amelia-Rose", "Tia-Mae":
    either half of a double name will do): the small model tags many names as organisations or
    not at all. One at a sentence's start may still be a word ("Grace periods were extended"):
    ``_not_modifiers`` checks those."""
    text = sentence.text
    for found in CAPITALISED.finditer(text):
        parts = possessive_stripped(found.group()).split("-")
        first = parts[0]
        if not any(part in FIRST_NAMES for part in parts) or (
            found.start() and text[found.start() - 1].isalnum()
        ):
            continue
        words = _name_words(text, found.start(), known)
        if not words or words[0][0] != found.start():
            continue
        if len(words) == 1 and first in _PLACE_NAMES:
            continue
        start, end = words[0][0], words[-1][1]
        names = tuple(text[s:e] for s, e in words)
        mention = _mention(
            sentence, start, end, names, known, "first" if len(words) == 1 else "pattern"
        )
        if mention is not None:
            yield mention


def _mention(
    sentence: _Sentence, start: int, end: int, words: tuple[str, ...], known: _Known, finder: str
) -> _Mention | None:
    """The mention of a name at [start, end), unless its context says it is something else;
    a practitioner's if a role is written beside it."""
    text = sentence.text
    if _excluded_context(text, start, end, known):
        return None
    if (
        len(words) == 1
        and (not sentence.prose or _sentence_initial(text, start))
        and known.common_word(words[0])
    ):
        return None
    if finder == "entity" and _street_alone(words):
        return None
    kind = (
        Kind.PRACTITIONER_NAME
        if _practitioner(text, start, end, single=len(words) == 1)
        else Kind.PERSON_NAME
    )
    return _Mention(sentence, start, end, words, kind, _RANKS[finder])


def _street_alone(words: Sequence[str]) -> bool:
    """Whether the recogniser's "person" is more likely a street: "Carr Lane was closed" ends in
    a street word, and no word of it is a common first name ("Amy Lane" is a person)."""
    return (
        len(words) > 1
        and possessive_stripped(words[-1]) in STREET_WORDS
        and not any(possessive_stripped(word) in FIRST_NAMES for word in words[:-1])
    )


def _not_modifiers(mentions: list[_Mention], nlp: NlpLayer | None) -> list[_Mention]:
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


def _doubtful(mention: _Mention) -> bool:
    return (
        len(mention.words) == 1
        and mention.rank >= _RANKS["entity"]
        and (not mention.sentence.prose or _sentence_initial(mention.sentence.text, mention.start))
    )


def _joined(mentions: Sequence[_Mention], known: _Known) -> Iterator[_Mention]:
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
        if known.not_name(word) or _excluded_context(text, start, end, known):
            continue
        if _sentence_initial(text, start) and known.common_word(word):
            continue
        if word not in FIRST_NAMES and _PLACE_PREPOSITION.search(text, max(0, start - 9), start):
            continue
        yield _Mention(mention.sentence, start, end, (word,), mention.kind, _RANKS["pattern"])


# --- later uses ---------------------------------------------------------------------------


def _later_uses(
    sentences: Sequence[_Sentence], mentions: Sequence[_Mention], known: _Known
) -> list[_Mention]:
    """Every other use of a name word already found ("Kayden" after "Child A (Kayden)"),
    grouped into whole names ("Ada Okonjo")."""
    words = sorted({w for m in mentions for w in m.words}, key=len, reverse=True)
    if not words:
        return []
    alternatives = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?<![\w'’-])(?:{alternatives})(?:\s(?:{alternatives}))*(?![\w-])")
    found: list[_Mention] = []
    for sentence in sentences:
        text = sentence.text
        for match in pattern.finditer(text):
            start, end = match.span()
            mention = _mention(sentence, start, end, _words(text[start:end]), known, "later")
            if mention is not None:
                found.append(mention)
    return found


# --- putting them together ----------------------------------------------------------------


def _resolved(mentions: Iterable[_Mention]) -> list[_Mention]:
    """One mention per stretch of text: where two overlap, the surer finder's wins."""
    kept: dict[Block, list[tuple[int, int]]] = defaultdict(list)
    chosen: list[_Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.rank, -(m.end - m.start))):
        block = mention.sentence.block
        start = mention.sentence.start + mention.start
        end = mention.sentence.start + mention.end
        if any(s < end and start < e for s, e in kept[block]):
            continue
        kept[block].append((start, end))
        chosen.append(mention)
    return chosen


def _practitioners_throughout(mentions: list[_Mention]) -> list[_Mention]:
    """A person named once as a practitioner is a practitioner at every mention ("social
    worker Tom Ellery" ... "Tom Ellery visited")."""
    keys = _keys(mentions)
    practitioners = {
        keys[id(m)] for m in mentions if m.kind is Kind.PRACTITIONER_NAME and len(m.words) > 1
    } | {keys[id(m)] for m in mentions if m.kind is Kind.PRACTITIONER_NAME and m.titled}
    return [
        _Mention(m.sentence, m.start, m.end, m.words, Kind.PRACTITIONER_NAME, m.rank, m.titled)
        if m.kind is Kind.PERSON_NAME and keys[id(m)] in practitioners
        else m
        for m in mentions
    ]


def _keys(mentions: Sequence[_Mention]) -> dict[int, str]:
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


def _identifiers(mentions: list[_Mention]) -> list[Identifier]:
    keys = _keys(mentions)
    found = []
    for mention in mentions:
        sentence = mention.sentence
        start, end = sentence.block.source_span(
            sentence.start + mention.start, sentence.start + mention.end
        )
        found.append(Identifier(mention.kind, start, end, keys[id(mention)]))
    return sorted(found, key=lambda i: (i.start, i.end))
