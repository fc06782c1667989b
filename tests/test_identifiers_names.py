"""Personal names, practitioners' names and pseudonym clashes (ANO001, ANO002, ANO011): what the
finders take, what they leave, their spans and keys, and that messages never repeat a name."""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.document import Document
from scrlint.document.markdown import read_markdown
from scrlint.engine import Engine, Overrides
from scrlint.identifiers import Kind
from scrlint.identifiers.agencies import agency_words
from scrlint.identifiers.authors import cited_names
from scrlint.identifiers.names import names, pseudonym_clashes
from scrlint.identifiers.practitioners import named_practitioners
from scrlint.nlp import NlpLayer

NLP = NlpLayer()
PERSON, PRACTITIONER, CLASH = Kind.PERSON_NAME, Kind.PRACTITIONER_NAME, Kind.PSEUDONYM_CLASH


def _document(body: str) -> Document:
    return read_markdown("r.md", f"# Review\n\n## Background\n\n{body}\n")


def _found(body: str, config: Config | None = None) -> list[tuple[Kind, str]]:
    document = _document(body)
    return [(i.kind, document.source[i.start : i.end]) for i in names(document, config, NLP)]


# --- personal names ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Kayden told his teacher that Tyler had hit him.", ["Kayden", "Tyler"]),
        ("Mother's partner, Jason Pike, moved in in May 2019.", ["Jason Pike"]),
        ("Mrs Okonjo, the maternal grandmother, was not asked.", ["Mrs Okonjo"]),
        ("Baby T's father, Darren Cole, was known to the police.", ["Darren Cole"]),
        ("Amelia-Rose was seen at nursery with a bruise.", ["Amelia-Rose"]),
        ("Mr Okafor and Ms Bright were interviewed.", ["Mr Okafor", "Ms Bright"]),
        ("On 3 March 2020 Liam Walsh was arrested.", ["Liam Walsh"]),
        ("Sophie Turner had been in care as a child.", ["Sophie Turner"]),
        ("Nobody asked about Tyrone Baptiste, who had a history of violence.", ["Tyrone Baptiste"]),
        ("Mrs White told the school that the children were away.", ["Mrs White"]),
        ("Ellie spent most weekends with her nan, Margaret.", ["Ellie", "Margaret"]),
        ("The neighbour, Mrs Patricia Dunn, called the police.", ["Mrs Patricia Dunn"]),
        ("Mr Ali Hussain, Child B's stepfather, refused entry.", ["Mr Ali Hussain"]),
        # letters of Latin Extended-A
        ("Her uncle, Łukasz Dąbrowski, moved in.", ["Łukasz Dąbrowski"]),
        # either half of a double first name
        ("Kaci-Louise was not brought to her check.", ["Kaci-Louise"]),
        # a surname's particle is part of the surname
        ("Her closest friend, Aoife Nic Giolla, gave a statement.", ["Aoife Nic Giolla"]),
        ("Bruno da Costa, a family friend, drove them home.", ["Bruno da Costa"]),
        ("Ahmed al-Rashid's mother was not asked.", ["Ahmed al-Rashid"]),
        ("Mrs Ó Briain and Mr van der Berg were not asked.", ["Mrs Ó Briain", "Mr van der Berg"]),
    ],
)
def test_personal_names(body: str, expected: list[str]) -> None:
    assert _found(body) == [(PERSON, name) for name in expected]


@pytest.mark.parametrize(
    "body",
    [
        "Child A lived with Mother, Father and Sibling 1 in Wrexley Vale.",
        "Mr G and Ms Q attended the strategy meeting with Adult 1 and Young Person K.",
        "Maternal Grandmother cared for Baby T; Dr A examined him.",
        "The Northshire Safeguarding Children Partnership commissioned this review under "
        "Working Together to Safeguard Children 2018.",
        "Coventry LSCB published its report in 2013.",
        "Brandon et al. (2020) found that most children who die are under one.",
        "As Munro (2011) argued, procedures crowd out judgement; Munro also warned of blame.",
        "This was noted in the Munro review and by Lord Laming in 2003.",
        "Professor Munro's review and Sir Martin Narey's report were cited.",
        "Since the death of Victoria Climbié, agencies are told to see the child.",
        "Mother is White British and Father is of Black Caribbean heritage.",
        "Mother speaks Polish and some English; no interpreter was booked.",
        "The family moved from Ashcombe to Northbridge in 2019.",
        "Signs of Safety is the practice model; the Graded Care Profile 2 was not used.",
        "The Edinburgh Postnatal Depression Scale was not completed.",
        "Hope for the future was expressed by Mother, and there was little hope later.",
        "The family lived at 14 Mill Lane and later at Rose Cottage.",
        "Child A's GP, GP 1, made a referral to CAMHS in June.",
        "Christmas 2020 was spent at Maternal Grandmother's home.",
        # abbreviations before a number or a contact
        "Tel. 0113 496 0000 (maternal aunt) was the only number held.",
        "Ref. 4471 (Father) was logged; Mob: 07700 900123 (Mother) was not.",
        # a word said or sung, not a person
        "Grace was always said before meals at Maternal Grandmother's house.",
        "Grace was sung in assembly.",
        # a place described in apposition
        "The family lived on the edge of Hebbleton, a former mill town.",
        "They moved to Ashby Moor, a village north of the city.",
    ],
)
def test_near_misses_are_not_names(body: str) -> None:
    assert _found(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a family word in apposition after a full name
        ("Siân Ní Bhraonáin, a family friend, drove them home.", ["Siân Ní Bhraonáin"]),
        ("Yewande Folarin-Oke, the children's godmother, called.", ["Yewande Folarin-Oke"]),
        # an age, even for a word the report also writes in lower case
        ("Demetrius (aged 14) had been missing for two days.", ["Demetrius"]),
        ("Hope, aged six, said there was no hope of food.", ["Hope"]),
        # a relative
        ("Tremaine's older brother was known to the police.", ["Tremaine"]),
        # a first name joined to a full name
        ("Roisin and Declan Byrne moved into the flat.", ["Roisin", "Declan Byrne"]),
        # a child's own condition or test is no eponym
        ("Kayden's muscular dystrophy was worse by the winter.", ["Kayden"]),
        ("Mia's test results came back normal.", ["Mia"]),
        # a surname that is also a street word, without a street's context
        ("Amy Lane was not told.", ["Amy Lane"]),
        ("The Lane family moved in.", ["Lane"]),
        # after a comma, a list of places must end with its last place
        ("After moving to Northshire, Tyler and Kayden started school.", ["Tyler", "Kayden"]),
        # a person may be said to be something; a place word in apposition may describe a person
        ("Grace was said by her teacher to be withdrawn.", ["Grace"]),
        ("Jason Pike, a man from the area, moved in.", ["Jason Pike"]),
        ("Amy Bell, a town councillor, called.", ["Amy Bell"]),
    ],
)
def test_names_known_by_what_is_written_beside_them(body: str, expected: list[str]) -> None:
    assert _found(body) == [(PERSON, name) for name in expected]


@pytest.mark.parametrize(
    "body",
    [
        # conditions named after people, in the rare list or not, ruled out or not
        "The paediatrician diagnosed Crohn's disease after a colonoscopy.",
        "Emery-Dreifuss muscular dystrophy was confirmed in Father.",
        "Tests for Rett syndrome were negative.",
        "Child B, who has Cornelia de Lange syndrome, is fed by gastrostomy.",
        # terms named after people
        "The Fraser guidelines were followed and Child A was Gillick competent.",
        "Bronfenbrenner's ecological model framed the training.",
        "The Bolam test was applied.",
        "Over St Patrick's Day the house was busy.",
        # places in a list after "lived in", "moved from"
        "The family had lived in Bolton, Wigan and then Preston before moving south.",
        "Mother grew up in Sligo, Galway and Limerick.",
        # streets and house names without a number
        "Honeysuckle Cottage was let by a private landlord.",
        "The flat on Ashby Lane had no heating.",
        "Police attended the Kiln Lane house twice.",
        "Hollins Farm, Moor Lane was where Paternal Grandmother lived.",
        # no name before an age or a relative
        "In September, aged three, Child A started nursery.",
        "Northshire's partner agencies met in June.",
    ],
)
def test_eponyms_places_and_streets_are_not_names(body: str) -> None:
    assert _found(body) == []


def test_a_list_of_places_is_learnt_as_places() -> None:
    document = _document("The family had lived in Bolton, Wigan and then Preston.")
    assert "Preston" in agency_words(document)


def test_a_place_described_in_apposition_is_learnt_as_a_place() -> None:
    body = "They lived near Hebbleton, a former mill town. Hebbleton had no bus service."
    assert "Hebbleton" in agency_words(_document(body))
    assert _found(body) == []


def test_mr_and_a_single_letter_is_a_pseudonym_but_a_surname_is_not() -> None:
    assert _found("Mr G attended. Mr Gee attended.") == [(PERSON, "Mr Gee")]


def test_a_surname_that_is_also_a_word_is_a_name_after_a_title() -> None:
    assert _found("Mrs Green and Mr Black attended.") == [
        (PERSON, "Mrs Green"),
        (PERSON, "Mr Black"),
    ]


def test_a_place_learnt_from_agency_names_is_not_a_person() -> None:
    body = (
        "Marston Edge Council and Marston Edge Police took part. The family lived in Marston "
        "Edge, and Marston Edge schools were told."
    )
    assert "Marston" in agency_words(_document(body))
    assert _found(body) == []


def test_one_stray_use_beside_an_agency_word_does_not_make_a_name_a_place() -> None:
    body = (
        "Kayden said Police were coming. Kayden was frightened. Kayden told his teacher. "
        "Kayden ran away. Kayden was found."
    )
    assert "Kayden" not in agency_words(_document(body))
    assert [name for _kind, name in _found(body)] == ["Kayden"] * 5


def test_cited_authors_are_learnt_for_the_whole_report() -> None:
    document = _document(
        "Brandon, Sidebotham and Bailey (2012) and (Ferguson, 2016) are cited. Later, "
        "Ferguson notes that home visits matter."
    )
    assert {"Brandon", "Sidebotham", "Bailey", "Ferguson"} <= cited_names(document)
    assert names(document, None, NLP) == []


def test_declared_pseudonyms_are_allowed() -> None:
    config = Config(pseudonyms=("Ellie", "Jay"))
    assert _found("Ellie lived with her brother Jay.", config) == []
    assert _found("Ellie lived with her brother Jay.") != []


def test_front_matter_pseudonyms_are_allowed() -> None:
    document = read_markdown(
        "r.md",
        "---\nscrlint:\n  pseudonyms: [Ellie]\n---\n# Review\n\n## Background\n\nEllie was "
        "hungry.\n",
    )
    assert names(document, None, NLP) == []


def test_later_uses_of_a_name_are_found() -> None:
    body = "Child A (Kayden) was six.\n\n## Analysis\n\nNobody asked Kayden what he wanted."
    assert _found(body) == [(CLASH, "Kayden"), (PERSON, "Kayden")]


def test_names_in_headings_and_table_cells() -> None:
    document = read_markdown(
        "r.md",
        "# Review concerning Kayden Smith\n\n## Background\n\n| Who | Role |\n|---|---|\n"
        "| Jason Pike | Mother's partner |\n",
    )
    found = [document.source[i.start : i.end] for i in names(document, None, NLP)]
    assert found == ["Kayden Smith", "Jason Pike"]


# --- practitioners -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The case was allocated to social worker Tom Ellery in March.", ["Tom Ellery"]),
        ("Jane Ellery (health visitor) visited on 4 May.", ["Jane Ellery"]),
        ("Dr Helen Marsh, the GP, saw Baby T twice.", ["Dr Helen Marsh"]),
        ("PC Rogers attended the address with DC Patel.", ["PC Rogers", "DC Patel"]),
        ("The head teacher, Mrs Lyle, made a referral.", ["Mrs Lyle"]),
        ("Mrs Lyle, the head teacher, made a referral.", ["Mrs Lyle"]),
        ("Health Visitor Sarah Mott visited the family.", ["Sarah Mott"]),
        ("Detective Sergeant Amy Clarke led the investigation.", ["Detective Sergeant Amy Clarke"]),
        ("Sarah Mott, who was the health visitor, left in June.", ["Sarah Mott"]),
        ("Mother's social worker, Tom Ellery, was not told.", ["Tom Ellery"]),
        ("The consultant paediatrician (Dr Nwosu) found the fractures.", ["Dr Nwosu"]),
        # roles the analysis rules do not need, and titles
        ("Paramedic Owen Price found the baby cold.", ["Owen Price"]),
        ("PCSO Amina Begum had seen Child B out late.", ["PCSO Amina Begum"]),
        ("Sister Maureen Doyle rang the duty team.", ["Sister Maureen Doyle"]),
        ("Ward Sister Doyle rang the duty team.", ["Sister Doyle"]),
        ("The ward sister, Amy Bell, rang the duty team.", ["Amy Bell"]),
        ("Ambulance crew member Steve Harker carried Child A.", ["Steve Harker"]),
        # a role at a setting, then the name
        (
            "The health visitor at Orchard Lane Surgery, Rebecca Swales, completed the check.",
            ["Rebecca Swales"],
        ),
        ("The SENCO at Hillcrest Academy, Mrs Fenwick, kept a log.", ["Mrs Fenwick"]),
        # a role written as a title before a first name alone
        ("Key worker Amy ran six sessions with Mother.", ["Amy"]),
        ("Child A did art with support worker Jodie in May.", ["Jodie"]),
    ],
)
def test_practitioners(body: str, expected: list[str]) -> None:
    assert _found(body) == [(PRACTITIONER, name) for name in expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A role before a first name alone is what someone was told, not who they are.
        ("The social worker told the health visitor Kayden had a bruise.", "Kayden"),
        ("Mother told health visitor Kayden was ill.", "Kayden"),
        # A role after a comma must be in apposition, not the start of a clause.
        ("The neighbour, Mrs Patricia Dunn, called the police at 2am.", "Mrs Patricia Dunn"),
        # "whose probation officer" is someone else's role.
        ("Mr Pike, whose probation officer was on leave, moved back in.", "Mr Pike"),
        # A family member in apposition.
        ("Mrs Lyle, the maternal grandmother, was told.", "Mrs Lyle"),
        # "Sister" before a first name alone, or after a possessive, is a relative.
        ("Her Sister Emily moved in.", "Emily"),
        ("Sister Emily moved in.", "Emily"),
    ],
)
def test_people_beside_roles_who_are_not_practitioners(body: str, expected: str) -> None:
    assert _found(body) == [(PERSON, expected)]


def test_a_practitioner_named_once_with_a_role_is_a_practitioner_throughout() -> None:
    body = "Health Visitor Sarah Mott visited.\n\n## Analysis\n\nSarah Mott did not know."
    assert _found(body) == [(PRACTITIONER, "Sarah Mott"), (PRACTITIONER, "Sarah Mott")]


def test_pseudonymised_practitioners_are_allowed() -> None:
    assert _found("Dr A and Social Worker 1 saw Child A; the midwife, Midwife 2, did not.") == []


def test_the_shared_practitioner_patterns_keep_their_first_behaviour() -> None:
    sentence = "The case was held by social worker Jane Ellery."
    assert [sentence[s:e] for s, e in named_practitioners(sentence)] == ["Jane Ellery"]
    sentence = "The key worker at Elm Tree Nursery, Amy Bell, did not record it."
    assert [sentence[s:e] for s, e in named_practitioners(sentence)] == ["Amy Bell"]


# --- pseudonym clashes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Child A (Kayden) lived with Mother.", "Kayden"),
        ("Child A, known as Kayden, was six.", "Kayden"),
        ("Child A, whose name is Kayden, was six.", "Kayden"),
        ("Kayden (Child A) was six.", "Kayden"),
        ("Mother (Tamsin Hale) did not attend.", "Tamsin Hale"),
        ("Mother (Ms Tamsin Hale) did not attend.", "Ms Tamsin Hale"),
        ("Baby T (Tia Marsh, born at 34 weeks) was admitted.", "Tia Marsh"),
        ("Child B's real name is Amara.", "Amara"),
        ("Father, Darren Cole, was arrested.", "Darren Cole"),
        ("Kayden Smith (referred to here as Child A) died in 2021.", "Kayden Smith"),
        ("Mr G (Jason Pike) was arrested.", "Jason Pike"),
        ("Child K, Lexi to her friends, stayed out late.", "Lexi"),
        ("Young Person M, whom her mother called Kiki, disclosed the abuse.", "Kiki"),
        ("Baby Q is sometimes called 'Ollie' at nursery.", "Ollie"),
        ("Adult 3, known to the police as Gaz, was arrested.", "Gaz"),
        ("Young Person R (known at school as Jaz) was excluded.", "Jaz"),
        ("Sibling 2 (also known to her family as 'Bee') was three.", "Bee"),
        ("Child C's first name, Kaiden, appears in the GP letter.", "Kaiden"),
        ("Infant 3's real name, Lyla.", "Lyla"),
    ],
)
def test_pseudonym_clashes(body: str, expected: str) -> None:
    document = _document(body)
    found = [(i.kind, document.source[i.start : i.end]) for i in pseudonym_clashes(document, None)]
    assert found == [(CLASH, expected)]
    assert _found(body)[0] == (CLASH, expected)


@pytest.mark.parametrize(
    "body",
    [
        "Mother, Father and Child A attended.",
        "Mother, Kayden and Sibling 1 went to the park.",
        "Child A (aged 4) lived with Mother (Polish) and Sibling 1 (Year 2).",
        "Mother (MGM) was present; Child A (CA) was seen.",
        "Child C (referred to in this report as Child C) is the subject.",
        "Hospital 1 (Calderford General) treated him.",
        # "called" and "named" as verbs, not as names given
        "Mother named Kayden as the boy who hit her.",
        "Father called Darren Cole's mobile twice.",
        "Child A (known to the police) was arrested.",
        "Child A's full name, date of birth and address were given.",
    ],
)
def test_no_clash(body: str) -> None:
    assert pseudonym_clashes(_document(body), None) == []


def test_clashes_need_no_language_model() -> None:
    document = _document("Child A (Kayden) lived with Mother.")
    assert [i.kind for i in names(document, None, None)] == [CLASH]


# --- offsets and keys ----------------------------------------------------------------------


def test_offsets_are_source_offsets() -> None:
    source = "# Review\n\n## Background\n\nChild A lived with *Mr Jason Pike*, her partner.\n"
    document = read_markdown("r.md", source)
    [found] = names(document, None, NLP)
    assert source[found.start : found.end] == "Mr Jason Pike"


def test_keys_group_the_mentions_of_one_person() -> None:
    body = (
        "Ada Okonjo was not asked. Mrs Okonjo said so later. Child A (Kayden) was six; Kayden "
        "Smith is his full name, and Kayden was not seen."
    )
    document = _document(body)
    keys = {document.source[i.start : i.end]: i.key for i in names(document, None, NLP)}
    assert keys["Ada Okonjo"] == keys["Mrs Okonjo"] == "okonjo"
    assert keys["Kayden"] == keys["Kayden Smith"] == "smith"


def test_a_surname_keeps_its_particle_in_its_key() -> None:
    body = "Mr van Dijk was not asked. Pieter van Dijk's sister said so."
    document = _document(body)
    keys = {document.source[i.start : i.end]: i.key for i in names(document, None, NLP)}
    assert keys == {"Mr van Dijk": "van dijk", "Pieter van Dijk": "van dijk"}


# --- the rules -----------------------------------------------------------------------------

PLANTED = {
    "ANO001": "Jason Pike",
    "ANO002": "Kayden",
    "ANO011": "Tom Ellery",
}
TEXT = (
    "# Review\n\n## Background\n\nChild A (Kayden) lived with Mother's partner, Jason Pike. "
    "The case was allocated to social worker Tom Ellery.\n"
)


@pytest.mark.parametrize("code", sorted(PLANTED))
def test_messages_never_repeat_the_name(engine: Engine, code: str) -> None:
    result = engine.check_text(TEXT, "r.md", Config(), Overrides(profile="lcspr@2023"))
    [finding] = [f for f in result.findings if f.code == code]
    assert finding.personal_data
    assert TEXT[finding.start.offset : finding.end.offset] == PLANTED[code]
    for planted in PLANTED.values():
        for word in planted.split():
            assert word not in finding.message


def test_each_name_is_reported_by_one_rule(engine: Engine) -> None:
    result = engine.check_text(TEXT, "r.md", Config(), Overrides(profile="lcspr@2023"))
    codes = sorted(f.code for f in result.findings if f.code in PLANTED)
    assert codes == ["ANO001", "ANO002", "ANO011"]
