"""Exact rare diagnoses: "the exact chronic health condition" that guidance says to leave out.

A named rare condition ("Dravet syndrome", "Smith–Lemli–Opitz syndrome") can identify a child
to everyone who knows the family; "a rare genetic condition" or "a life-limiting condition"
cannot. The list is kept short and conservative: eponymous syndromes and rare genetic,
metabolic and neurological conditions, each rarer than about 1 in 2,000 people. Common
conditions (asthma, autism, ADHD, epilepsy, cerebral palsy, eczema, Down syndrome, sickle
cell disease) are never on it, nor are safeguarding terms that sound like diagnoses
("shaken baby syndrome", "fabricated or induced illness", "neonatal abstinence syndrome").

A condition named only to say it was ruled out ("tests for osteogenesis imperfecta were
negative") is left out: it describes the investigation, not the child.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from scrlint.document import Document
from scrlint.identifiers.model import Identifier, Kind
from scrlint.identifiers.text import folded_words
from scrlint.sentences import sentence_spans

# A hyphen in an entry matches a hyphen, an en or em dash or a space; a space matches any
# run of spaces; the 's of an eponym is optional ("Wilson disease", "Wilson's disease").
RARE_CONDITIONS: tuple[str, ...] = (
    # syndromes named after people
    "Aicardi syndrome", "Alagille syndrome", "Alport syndrome", "Alström syndrome",
    "Angelman syndrome", "Apert syndrome", "Bardet-Biedl syndrome", "Beckwith-Wiedemann syndrome",
    "Cockayne syndrome", "Coffin-Lowry syndrome", "Coffin-Siris syndrome",
    "Cornelia de Lange syndrome", "Costello syndrome", "Crouzon syndrome", "Dandy-Walker",
    "DiGeorge syndrome", "Dravet syndrome", "Edwards syndrome", "Ehlers-Danlos syndrome",
    "Goldenhar syndrome", "Guillain-Barré syndrome", "Joubert syndrome", "Kabuki syndrome",
    "Kleine-Levin syndrome", "Landau-Kleffner syndrome", "Lennox-Gastaut syndrome",
    "Lesch-Nyhan syndrome", "Leigh syndrome", "Marfan syndrome", "Menkes disease",
    "Moebius syndrome", "Möbius syndrome", "Noonan syndrome", "Ohtahara syndrome",
    "Patau syndrome", "Phelan-McDermid syndrome", "Pierre Robin sequence", "Pitt-Hopkins syndrome",
    "Prader-Willi syndrome", "Rett syndrome", "Reye syndrome", "Rubinstein-Taybi syndrome",
    "Russell-Silver syndrome", "Silver-Russell syndrome", "Smith-Lemli-Opitz syndrome",
    "Smith-Magenis syndrome", "Sotos syndrome", "Stickler syndrome", "Sturge-Weber syndrome",
    "Treacher Collins syndrome", "Turner syndrome", "Usher syndrome", "Waardenburg syndrome",
    "West syndrome", "Williams syndrome", "Wiskott-Aldrich syndrome", "Wolf-Hirschhorn syndrome",
    "Wolfram syndrome", "Zellweger syndrome", "CHARGE syndrome", "Cri du chat syndrome",
    "Cri-du-chat syndrome", "Fragile X syndrome", "VACTERL association",
    # chromosomal
    "22q11.2 deletion syndrome", "22q11 deletion syndrome", "trisomy 13", "trisomy 18",
    # metabolic and storage disorders
    "phenylketonuria", "maple syrup urine disease", "glutaric aciduria", "glutaric acidaemia",
    "methylmalonic acidaemia", "propionic acidaemia", "Gaucher disease", "Niemann-Pick disease",
    "Tay-Sachs disease", "Pompe disease", "Fabry disease", "Krabbe disease", "Canavan disease",
    "Batten disease", "Hurler syndrome", "Hunter syndrome", "Sanfilippo syndrome",
    "Morquio syndrome", "mucopolysaccharidosis", "adrenoleukodystrophy",
    "metachromatic leukodystrophy", "Alexander disease", "Wilson disease", "hypophosphatasia",
    "congenital adrenal hyperplasia", "galactosaemia", "homocystinuria",
    # bones, blood, skin, immunity
    "osteogenesis imperfecta", "achondroplasia", "osteopetrosis", "fibrodysplasia ossificans",
    "haemophilia", "hemophilia", "Diamond-Blackfan anaemia", "Fanconi anaemia",
    "severe combined immunodeficiency", "epidermolysis bullosa", "xeroderma pigmentosum",
    "Glanzmann thrombasthenia", "Bernard-Soulier syndrome",
    # neurological and neuromuscular
    "Duchenne muscular dystrophy", "Becker muscular dystrophy", "spinal muscular atrophy",
    "Friedreich ataxia", "Friedreich's ataxia", "ataxia telangiectasia", "ataxia-telangiectasia",
    "tuberous sclerosis", "neurofibromatosis", "Huntington disease", "Rasmussen encephalitis",
    "CDKL5 deficiency disorder", "alternating hemiplegia of childhood", "Moyamoya disease",
    # other
    "cystic fibrosis", "progeria", "Hirschsprung disease", "biliary atresia", "Kawasaki disease",
    "Wilms tumour", "Wilms' tumour", "retinoblastoma", "neuroblastoma", "medulloblastoma",
    "Ewing sarcoma", "Ewing's sarcoma", "rhabdomyosarcoma", "anencephaly", "holoprosencephaly",
    "lissencephaly", "Stevens-Johnson syndrome",
)  # fmt: skip


def _pattern(condition: str) -> str:
    words = []
    for word in condition.split():
        parts = [re.escape(part) for part in word.split("-")]
        word_pattern = r"[-\u2010\u2013\u2014\s]\s*".join(parts)
        if parts[0][:1].isupper() and not word.isupper() and word == condition.split()[0]:
            word_pattern += r"(?:['’]s?)?"
        words.append(word_pattern)
    return r"\s+".join(words)


def _first_word(condition: str) -> str:
    return re.split(r"[\s-]", condition.casefold())[0].rstrip("'’")


@functools.cache
def _conditions(names: tuple[str, ...]) -> re.Pattern[str]:
    """One expression for ``names``, compiled when a report holds their first words."""
    alternatives = "|".join(_pattern(c) for c in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


# The condition was looked for and not found, or is discussed in general.
_RULED_OUT = re.compile(
    r"\b(?:rul(?:ed|ing|e)\s+out|to\s+exclude|(?:was|were|been|being)\s+excluded\b(?!\s+from)|"
    r"(?:was|were|came\s+back|proved|returned)\s+negative|negative\s+for|no\s+(?:evidence|sign|"
    r"signs|indication)\s+of|(?:did|does|do)\s+not\s+have|not\s+(?:been\s+)?diagnosed|"
    r"differential|(?:tested|testing|tests?|screen(?:ed|ing)?|investigat\w+)\s+for|"
    r"possibility\s+of|whether\s+(?:she|he|they|the\s+\w+)\s+had)\b",
    re.IGNORECASE,
)


def conditions_named(document: Document) -> re.Pattern[str] | None:
    """One expression for the rare conditions whose first words ``document`` holds, or None
    when it holds none (most reports)."""
    words = folded_words(document)
    present = tuple(c for c in RARE_CONDITIONS if _first_word(c) in words)
    return _conditions(present) if present else None


def rare_diagnoses(document: Document) -> list[Identifier]:
    """Every named rare condition in ``document``, in order. Cached on the document."""
    key = "identifiers-diagnoses"
    cached = document.derived.get(key)
    if isinstance(cached, list):
        return cached
    conditions = conditions_named(document)
    found: list[Identifier] = []
    if conditions is None:
        document.derived[key] = found
        return found
    for block in document.blocks():
        for start, end in diagnoses_in(block.text, conditions):
            source_start, source_end = block.source_span(start, end)
            found.append(
                Identifier(
                    Kind.RARE_DIAGNOSIS, source_start, source_end, _key(block.text[start:end])
                )
            )
    document.derived[key] = found
    return found


def diagnoses_in(text: str, conditions: re.Pattern[str] | None = None) -> Iterator[tuple[int, int]]:
    """The spans of named rare conditions in ``text``, leaving out those ruled out.

    ``conditions`` narrows the search to the conditions whose first words the report holds.
    """
    conditions = conditions or _conditions(RARE_CONDITIONS)
    if not conditions.search(text):
        return
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        if _RULED_OUT.search(sentence):
            continue
        for found in conditions.finditer(sentence):
            yield start + found.start(), start + found.end()


def _key(name: str) -> str:
    return " ".join(
        re.sub(r"[-\u2010\u2013\u2014]", " ", name.replace("’", "'")).casefold().split()
    )
