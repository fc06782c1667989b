"""Find the sentences of a document that make a statement.

Cheap first: sentences are split with a regular expression and only those matching the
statement's triggers are parsed (a required statement stops at its first match), so spaCy sees
a fraction of a report. Then each clause is
checked on the parse: lemmas find the concepts, the dependency tree links subject to head and
decides negation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from scrlint.document import Block, BlockKind, Document, Section
from scrlint.nlp import NlpLayer
from scrlint.sentences import sentence_spans
from scrlint.statements.model import Clause, Concept, Polarity, Statement, Term
from scrlint.statements.prefilter import LemmaForms, Prefilter

NEEDS = frozenset({"pos", "parse"})
SCANNED = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.BLOCKQUOTE)

_NEGATORS = frozenset({"not", "n't", "no", "never", "neither", "nor", "without", "none"})
_VERBS = frozenset({"VERB", "AUX"})
_NEGATIVE_OPENING = re.compile(
    r"\s*(?:at\s+no\s+(?:time|point|stage)|on\s+no\s+occasion|never|neither|nor)\b", re.IGNORECASE
)
_SHARED_SUBJECT = frozenset({"xcomp", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_RIVAL_TAKES = frozenset({"nsubj", "nsubjpass", "poss"})
_SINGULAR = frozenset({"she", "he", "her", "him", "his"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})  # "Child H had not ..."
_LIGHT_VERBS = frozenset({"have", "hold", "provide", "give", "take", "carry", "bear", "exercise"})


@dataclass(frozen=True)
class SentenceMatch:
    """A sentence that makes the statement: prose offsets [start, end) of ``block.text``."""

    block: Block
    start: int
    end: int

    def source_span(self) -> tuple[int, int]:
        return self.block.source_span(self.start, self.end)


def find_statement(document: Document, statement: Statement, nlp: NlpLayer) -> list[SentenceMatch]:
    """Every sentence of ``document`` that makes ``statement``, in document order.

    Raises:
        NlpUnavailable: no spaCy model is installed.
    """
    key = ("statement", statement)
    cached = document.derived.get(key)
    if isinstance(cached, tuple):
        return list(cached)
    found = list(_search(_scanned(document, statement), statement, nlp, stop_at_first=False))
    document.derived[key] = tuple(found)
    return found


def statement_made(
    document: Document,
    statement: Statement,
    nlp: NlpLayer,
    prefer: Sequence[Section] = (),
) -> SentenceMatch | None:
    """A sentence that makes ``statement``, or None; searches ``prefer`` sections first.

    Stops at the first such sentence, so a report that makes the statement where it belongs
    costs a few parses, not one per candidate sentence in the report.

    Raises:
        NlpUnavailable: no spaCy model is installed.
    """
    cached = document.derived.get(("statement", statement))
    if isinstance(cached, tuple):
        return cached[0] if cached else None
    key = ("statement-made", statement)
    if key in document.derived:
        made = document.derived[key]
        return made if isinstance(made, SentenceMatch) else None
    every = _scanned(document, statement)
    kinds = {b.kind for b in every}
    preferred = [b for s in prefer for b in s.all_blocks() if b.kind in kinds]
    seen = {id(b) for b in preferred}
    rest = [b for b in every if id(b) not in seen]
    first = next(iter(_search([*preferred, *rest], statement, nlp, stop_at_first=True)), None)
    document.derived[key] = first
    return first


# A required statement is usually made early in the section searched first, often by its first
# candidate sentence, so that one is parsed alone; later batches grow to keep spaCy's per-call
# overhead down. (On the 30k-word benchmark, (1, 3, 8, 16) parses in 0.56 s what (4, 8, 16)
# parsed in 0.65 s.)
_BATCHES = (1, 3, 8, 16)


def _scanned(document: Document, statement: Statement) -> list[Block]:
    kinds = (*SCANNED, BlockKind.HEADING) if statement.headings else SCANNED
    return list(document.blocks(*kinds))


def _search(
    blocks: Iterable[Block], statement: Statement, nlp: NlpLayer, *, stop_at_first: bool
) -> Iterator[SentenceMatch]:
    """Yield the sentences making the statement, parsing trigger-matching ones in batches."""
    compiled = _compiled(statement, nlp)
    batch: list[tuple[Block, int, int, Mapping[str, frozenset[str]]]] = []
    sizes = iter(_BATCHES)
    size = next(sizes)

    def flush() -> Iterator[SentenceMatch]:
        parsed = nlp.parse([block.text[s:e] for block, s, e, _a in batch], NEEDS)
        for (block, start, end, antecedents), doc in zip(batch, parsed, strict=True):
            if compiled.makes(doc, antecedents):
                yield SentenceMatch(block, start, end)
        batch.clear()

    for block in blocks:
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            if not statement.may_be_made_in(sentence, block.text[:end]):
                continue
            antecedents = compiled.antecedents(block.text[:start])
            if not compiled.prefilter.may_match(sentence, frozenset(antecedents)):
                continue
            batch.append((block, start, end, antecedents))
            if stop_at_first and len(batch) >= size:
                yield from flush()
                size = next(sizes, size)
    if batch:
        yield from flush()


_CACHE: dict[tuple[int, Statement], _Compiled] = {}
_FORMS: dict[int, LemmaForms] = {}


def _lemma_forms(pipeline: Any) -> LemmaForms:
    if id(pipeline) not in _FORMS:
        _FORMS[id(pipeline)] = LemmaForms(pipeline)
    return _FORMS[id(pipeline)]


def _compiled(statement: Statement, nlp: NlpLayer) -> _Compiled:
    pipeline = nlp.pipeline()
    key = (id(pipeline), statement)
    if key not in _CACHE:
        _CACHE[key] = _Compiled(statement, pipeline)
    return _CACHE[key]


def _words_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = [r"\s+".join(map(re.escape, w.split())) for w in words]
    if not alternatives:
        return None
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")(?:s|'s|’s)?\b", re.IGNORECASE)


class _Compiled:
    """A statement's concepts compiled: a lexicon, a Matcher for token patterns, expressions."""

    def __init__(self, statement: Statement, pipeline: Any) -> None:
        from spacy.matcher import Matcher

        self.statement = statement
        self.prefilter = Prefilter(statement, _lemma_forms(pipeline))
        self.lexicon = _Lexicon(statement.concepts.values(), pipeline)
        self.matcher = Matcher(pipeline.vocab)
        self.excludes: dict[str, re.Pattern[str]] = {}
        self.antecedent: dict[str, tuple[re.Pattern[str], ...]] = {}
        self.named: dict[str, tuple[re.Pattern[str], ...]] = {}  # rivals: what names them
        for concept in statement.concepts.values():
            if concept.patterns:
                self.matcher.add(concept.name, [[dict(t) for t in p] for p in concept.patterns])
            if concept.pronouns and concept.pronoun_scope == "paragraph":
                self.antecedent[concept.name] = _antecedent_regex(concept)
            for rival in concept.rivals:
                self.named[rival] = _antecedent_regex(statement.concepts[rival])
            excluded = _words_regex(concept.exclude)
            if excluded is not None:
                self.excludes[concept.name] = excluded

    def antecedents(self, before: str) -> Mapping[str, frozenset[str]]:
        """The pronoun concepts named earlier in the paragraph, whose pronouns therefore count,
        each with the pronouns that a rival named since its last mention has taken from it."""
        found: dict[str, frozenset[str]] = {}
        for name, named in self.antecedent.items():
            rivals = self.statement.concepts[name].rivals
            if not rivals:
                if any(rx.search(before) for rx in named):
                    found[name] = frozenset()
                continue
            own = _last_mention(named, before)
            if own >= 0:
                found[name] = frozenset(
                    pronoun
                    for rival, pronouns in rivals.items()
                    if _last_mention(self.named[rival], before, leading=True) > own
                    for pronoun in pronouns
                )
        return found

    def makes(self, doc: Any, antecedents: Mapping[str, frozenset[str]]) -> bool:
        found = self._occurrences(doc, antecedents)
        return any(_satisfied(clause, found) for clause in self.statement.clauses)

    def _occurrences(
        self, doc: Any, antecedents: Mapping[str, frozenset[str]]
    ) -> dict[str, list[Any]]:
        strings = doc.vocab.strings
        found: dict[str, list[Any]] = {name: [] for name in self.statement.concepts}
        pronouns: list[tuple[str, Any]] = []
        for name, start, end, is_pronoun in self.lexicon.matches(doc):
            if is_pronoun:
                pronouns.append((name, doc[start:end]))
            else:
                found[name].append(doc[start:end])
        for match_id, start, end in self.matcher(doc) if len(self.matcher) else ():
            found[strings[match_id]].append(doc[start:end])
        for concept in self.statement.concepts.values():
            for rx in concept.regex:
                for hit in rx.finditer(doc.text):
                    span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
                    if span is not None and len(span):
                        found[concept.name].append(span)
        named = {name: tuple(spans) for name, spans in found.items()}
        for name, pronoun in sorted(pronouns, key=lambda p: p[1].start):
            if self._counts(name, pronoun, named, found, antecedents):
                found[name].append(pronoun)
        for name, rx in self.excludes.items():
            banned = [(m.start(), m.end()) for m in rx.finditer(doc.text)]
            found[name] = [
                s
                for s in found[name]
                if not any(s.start_char < e and b < s.end_char for b, e in banned)
            ]
        return found

    def _counts(
        self,
        name: str,
        pronoun: Any,
        named: Mapping[str, tuple[Any, ...]],
        found: Mapping[str, list[Any]],
        antecedents: Mapping[str, frozenset[str]],
    ) -> bool:
        """Whether a pronoun stands for the concept.

        It does when an earlier sentence of the paragraph named the concept, or an earlier
        subject of this sentence did ("The reviewer confirms that she ..."). A rival that leads
        a sentence of the paragraph after the concept's last mention takes the pronoun ("Mother
        met the reviewer. She ..."). In the sentence, a rival takes a subject or possessive
        pronoun (not an object one: "Mother fed her") when it is the subject governing it
        ("Mother said she ...") or is named since the concept's last mention.
        """
        word = pronoun.text.lower()
        rivals = [r for r, taking in self.statement.concepts[name].rivals.items() if word in taking]
        takes = bool(rivals) and pronoun.root.dep_ in _RIVAL_TAKES
        if takes:
            subject = _governing_subject(pronoun.root)
            if subject is not None:
                if any(s.start <= subject.i < s.end for s in found[name]):
                    return True
                if _agrees(subject, word) and any(
                    s.start <= subject.i < s.end for r in rivals for s in named[r]
                ):
                    return False
        earlier = [s for s in found[name] if s.end <= pronoun.start]
        if earlier:
            counts = name in antecedents or any(_dependency(s.root) in _SUBJECTS for s in earlier)
        else:
            counts = name in antecedents and word not in antecedents[name]
        if not counts or not takes:
            return counts
        own = max((s.end for s in earlier), default=0)
        return not any(
            own <= s.start and s.end <= pronoun.start and _agrees(s.root, word)
            for r in rivals
            for s in named[r]
        )


def _dependency(token: Any) -> str:
    """The token's dependency label, repairing one misparse: a subject swallowed by an opening
    phrase with no comma ("At nursery Child H cried", where "Child H" is read as the object of
    "At") is the subject of the verb right after it when that verb has no subject of its own."""
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return str(token.dep_)
    verb = token.head.head
    if (
        verb.pos_ in _VERBS
        and token.head.i < token.i < verb.i
        and all(t.dep_ in _BEFORE_VERB for t in token.doc[token.i + 1 : verb.i])
        and not any(c.dep_ in _SUBJECTS or c.dep_ in ("expl", "csubj") for c in verb.children)
    ):
        return "nsubj"
    return str(token.dep_)


def _agrees(noun: Any, pronoun: str) -> bool:
    """Whether a noun can stand for the pronoun: "Her teachers remember that she ..." is not
    the teachers, a plural noun taking no singular pronoun."""
    return not (pronoun in _SINGULAR and noun.tag_ in _PLURAL_TAGS)


_LEADING_WORDS = 3


def _governing_subject(token: Any) -> Any | None:
    """The subject of the token's clause, or of the clause governing it when the token is (or
    sits in) that subject: "Mother said [she was tired]" gives "Mother"."""
    verb = clause_verb(token)
    for _step in range(4):
        subject = next(
            (c for c in verb.children if c.dep_ in _SUBJECTS and token not in c.subtree), None
        )
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            return None
        verb = clause_verb(verb.head)
    return None


def _last_mention(named: Iterable[re.Pattern[str]], text: str, *, leading: bool = False) -> int:
    """Where the last match of any of ``named`` in ``text`` starts, or -1.

    With ``leading``, only matches among the first words of their sentence count: the likely
    subject, which a later pronoun most often stands for ("Mother met the reviewer. She ...",
    but not "Child A lived with Mother. She ...").
    """
    starts = [m.start() for rx in named for m in rx.finditer(text)]
    if leading and starts:
        opened = [s for s, _e in sentence_spans(text)]
        starts = [
            s
            for s in starts
            if len(text[opened[max(0, bisect.bisect_right(opened, s) - 1)] : s].split())
            <= _LEADING_WORDS
        ]
    return max(starts, default=-1)


def _antecedent_regex(concept: Concept) -> tuple[re.Pattern[str], ...]:
    """What names a concept in earlier text: its words and phrases, and its own expressions."""
    named = _words_regex((*concept.words, *concept.phrases))
    return (*concept.regex, *((named,) if named is not None else ()))


class _Lexicon:
    """The words, phrases and pronouns of a statement's concepts, indexed by first token.

    A token matches a word in its lower-case form or its lemma ("managed" is "manage"); a
    phrase matches token by token the same way. Plain dictionary lookups: far cheaper than a
    spaCy Matcher with hundreds of alternatives.
    """

    def __init__(self, concepts: Iterable[Concept], pipeline: Any) -> None:
        self._index: dict[str, list[tuple[str, tuple[str, ...], bool]]] = {}
        for concept in concepts:
            entries = [(w, (w,), False) for w in concept.words]
            for phrase in concept.phrases:
                tokens = tuple(t.lower_ for t in pipeline.make_doc(phrase))
                entries.append((tokens[0], tokens, False))
            entries += [(p, (p,), True) for p in concept.pronouns]
            for first, tokens, is_pronoun in entries:
                self._index.setdefault(first, []).append((concept.name, tokens, is_pronoun))

    def matches(self, doc: Any) -> set[tuple[str, int, int, bool]]:
        """(concept, start, end, is_pronoun) for every word, phrase and pronoun in ``doc``."""
        forms = [{t.lower_, t.lemma_.lower()} for t in doc]
        found = set()
        for i, token_forms in enumerate(forms):
            for form in token_forms:
                for name, tokens, is_pronoun in self._index.get(form, ()):
                    end = i + len(tokens)
                    if is_pronoun and form != doc[i].lower_:
                        continue  # pronouns by their written form: "her" is not "she"
                    if end <= len(forms) and all(
                        tokens[k] in forms[i + k] for k in range(1, len(tokens))
                    ):
                        found.add((name, i, end, is_pronoun))
        return found


def _satisfied(clause: Clause, found: Mapping[str, list[Any]]) -> bool:
    """Whether some occurrence of the head meets every condition of the clause."""
    for head in _with_polarity(clause.head, found):
        if clause.head_deps and head.root.dep_ not in clause.head_deps:
            continue
        subjects = (
            [
                s
                for s in _with_polarity(clause.subject, found)
                if _apart(s, head)
                and (not clause.subject_deps or _dependency(s.root) in clause.subject_deps)
            ]
            if clause.subject is not None
            else []
        )
        if clause.subject is not None and not any(_linked(s, head) for s in subjects):
            continue
        subtree = {t.i for t in _phrase(head.root).subtree}
        if not all(
            any(s.root.i in subtree and _apart(s, head) for s in _with_polarity(t, found))
            for t in clause.within
        ):
            continue
        if not all(
            any(s.root.head.i == head.root.i and _apart(s, head) for s in _with_polarity(t, found))
            for t in clause.dependents
        ):
            continue
        if not all(any(_other(s, head) for s in _with_polarity(t, found)) for t in clause.sentence):
            continue
        if any(_with_polarity(t, found) for t in clause.none):
            continue
        return True
    return False


def _negated_subject(child: Any) -> bool:
    return bool(
        child.dep_ in _SUBJECTS
        and (child.lower_ in _NEGATORS or any(g.lower_ in _NEGATORS for g in child.children))
    )


def _negates(child: Any, span: Any) -> bool:
    if child.dep_ == "neg" or (child.lower_ in _NEGATORS and child.i < span.start):
        return True
    # "At no point has the author worked with ...", "on no occasion"
    return bool(child.dep_ == "prep" and any(t.lower_ == "no" for t in child.subtree))


def _phrase(token: Any) -> Any:
    """The phrase a head governs: a noun under a light verb takes the verb's ("held management
    responsibility for the practitioners" puts the practitioners under "held")."""
    verb = clause_verb(token)
    if token.pos_ in ("NOUN", "PROPN") and verb.lemma_ in _LIGHT_VERBS:
        return verb
    return token


def _with_polarity(term: Term, found: Mapping[str, list[Any]]) -> list[Any]:
    spans = found[term.concept]
    if term.polarity is Polarity.ANY:
        return spans
    wanted = term.polarity is Polarity.NEGATED
    return [s for s in spans if negated(s) == wanted]


def _other(a: Any, b: Any) -> bool:
    """Not the same stretch of text (a sentence term may sit inside a whole-sentence head)."""
    return bool(a.start != b.start or a.end != b.end)


def _apart(a: Any, b: Any) -> bool:
    return bool(a.end <= b.start or b.end <= a.start)


def clause_verb(token: Any) -> Any:
    """The verb (or auxiliary) of the clause a token belongs to."""
    while token.pos_ not in _VERBS and token.head.i != token.i:
        token = token.head
    return token


def _linked(subject: Any, head: Any) -> bool:
    """Whether ``subject`` is the grammatical subject (or holder) of ``head``.

    True when both sit in one clause, when the head's clause shares the subject's through
    "to"-infinitives and co-ordination ("declined to take part", "has not worked for or been
    involved with"), or when the head sits inside the subject's phrase ("an author with no
    involvement in ...", "the reviewer, who is independent of ...").
    """
    subject_verb = clause_verb(subject.root)
    verb = clause_verb(head.root)
    for _step in range(4):
        if verb.i == subject_verb.i:
            return True
        if not _shares_subject(verb):
            break
        verb = clause_verb(verb.head)
    return head.root in subject.root.subtree


def _shares_subject(verb: Any) -> bool:
    """An infinitive, a co-ordinated verb, or a participle clause with no subject of its own."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ in _SHARED_SUBJECT:
        return True
    # "The author is a consultant who has never been employed by ...": a relative clause on
    # the complement describes the subject.
    if verb.dep_ == "relcl" and verb.head.dep_ in ("attr", "appos"):
        return True
    return bool(verb.dep_ == "advcl" and not any(c.dep_ in _SUBJECTS for c in verb.children))


def negated(span: Any) -> bool:
    """Whether a match is negated: "not", "no", "never", "without" … on it or on its clause."""
    if any(t.lower_ in _NEGATORS for t in span):
        return True
    # "At no time has the reviewer supervised, managed or worked ...": the opening negates all.
    if _NEGATIVE_OPENING.match(span.doc.text):
        return True
    token = span.root
    for _step in range(6):
        if any(
            (c.lower_ in _NEGATORS and c.i < span.start) or c.dep_ == "neg" for c in token.children
        ):
            return True
        if token.lower_ == "without":
            return True
        if token.pos_ in _VERBS:
            # "Neither author had any involvement": the negation sits on the subject
            if any(_negated_subject(c) for c in token.children):
                return True
            # "did not supervise, commission or manage": the negation sits on the first verb
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head
                if any(_negates(c, span) for c in token.children):
                    return True
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False
