"""Structured identifiers (ANO003–ANO009): what each finder takes, what it leaves, and that the
rules' messages never repeat what they found."""

from __future__ import annotations

import pytest

from scrlint.config import Config
from scrlint.document.markdown import read_markdown
from scrlint.engine import Engine, Overrides
from scrlint.finding import Finding, Severity
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.contact import national_form
from scrlint.identifiers.numbers import nhs_check_digit_valid, ni_prefix_valid
from scrlint.identifiers.structured import in_text, structured_identifiers

ANO = ("ANO003", "ANO004", "ANO005", "ANO006", "ANO007", "ANO008", "ANO009")


def _found(text: str) -> list[tuple[Kind, str]]:
    return [(i.kind, text[i.start : i.end]) for i in in_text(text)]


def _kinds_of(text: str, kind: Kind) -> list[str]:
    return [span for found_kind, span in _found(text) if found_kind is kind]


# --- NHS numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number", ["9434765919", "7458073020", "4573681930", "4364262129", "6499095141"]
)
def test_valid_check_digits(number: str) -> None:
    assert nhs_check_digit_valid(number)


@pytest.mark.parametrize(
    "number",
    [
        "9434765918",
        "7070293137",
        "6858471954",
        "1234567890",
        "1111111111",
        "0000000000",
        "943476591",
    ],
)
def test_invalid_check_digits(number: str) -> None:
    assert not nhs_check_digit_valid(number)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Child A's NHS number is 943 476 5919.", "943 476 5919"),
        ("NHS no. 9434765919 was on the form.", "9434765919"),
        ("The number 745-807-3020 appeared in the letter.", "745-807-3020"),
        ("(NHS: 457 368 1930)", "457 368 1930"),
        ("recorded as 436 426 2129, and", "436 426 2129"),
        ("NHS number 0123456789 was given.", "0123456789"),
    ],
)
def test_nhs_numbers_found(text: str, span: str) -> None:
    assert _kinds_of(text, Kind.NHS_NUMBER) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "The NHS number 943 476 5918 fails the check.",
        "A ten-digit log 7070293137 is not one.",
        "The figures 9434765919123 run on.",
        "A long run 19434765919 is no NHS number.",
        "The sum was £9434765919.",
        "The file is at path/9434765919.",
        "A decimal 9434765919.5 is not one.",
        "In 1999 2000 and 2001 nothing changed.",
        "A phone-shaped 020 7946 000 is not one.",
    ],
)
def test_not_nhs_numbers(text: str) -> None:
    assert _kinds_of(text, Kind.NHS_NUMBER) == []


def test_invalid_ten_digits_are_not_phone_numbers_either() -> None:
    assert _found("The reference 485 777 3458 was quoted.") == []


# --- National Insurance numbers -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("NI number AB 12 34 56 C.", "AB123456C"),
        ("Her National Insurance number was JG103759A.", "JG103759A"),
        ("jg 10 37 59 a was given", "JG103759A"),
        ("NI: SK 123456 D", "SK123456D"),
        ("NI-number AB-12-34-56-B", "AB123456B"),
    ],
)
def test_ni_numbers_found(text: str, key: str) -> None:
    found = [i for i in in_text(text) if i.kind is Kind.NI_NUMBER]
    assert [i.key for i in found] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "The specimen QQ 12 34 56 C appears in guidance.",
        "BG 12 34 56 A, GB 12 34 56 A, NK 12 34 56 A, TN 12 34 56 A and ZZ 12 34 56 A.",
        "DA 12 34 56 A and AO 12 34 56 A are never issued.",
        "AB 12 34 56 E has no valid suffix.",
        "AB 12 34 56 has no suffix.",
        "Ab 12 34 56 C mixes its case.",
        "The code XAB123456C runs on.",
    ],
)
def test_not_ni_numbers(text: str) -> None:
    assert _kinds_of(text, Kind.NI_NUMBER) == []


def test_ni_prefixes() -> None:
    assert ni_prefix_valid("AB") and ni_prefix_valid("jg")
    assert not any(ni_prefix_valid(p) for p in ("QQ", "DA", "AD", "AO", "GB", "NT", "ZZ"))


# --- postcodes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The family lived at LS6 2QT.", "LS62QT"),
        ("An address in M1 1AE.", "M11AE"),
        ("SW1A 1AA is a London postcode.", "SW1A1AA"),
        ("near W1A 0AX and", "W1A0AX"),
        ("(B33 8TH)", "B338TH"),
        ("the form said ls6 2qt", "LS62QT"),
        ("postcode LS62QT on the form", "LS62QT"),
        ("Leeds, LS6\u00a02QT.", "LS62QT"),
    ],
)
def test_postcodes_found(text: str, key: str) -> None:
    found = [i for i in in_text(text) if i.kind is Kind.POSTCODE]
    assert [i.key for i in found] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "The family lived in the LS6 area.",
        "They drove along the M62 and the A1.",
        "Vitamin B12 levels were low.",
        "The reference ABLS6 2QT is a code.",
        "Code LS6 2QTX runs on.",
        "The mixed Ls6 2Qt is not one.",
        "The unspaced ls62qt is not one in lower case.",
        "QA1 1AA begins with a letter no postcode has.",
        "LS6 2QC has an inward letter no postcode has.",
        "Form CP12 3456 is a number.",
    ],
)
def test_not_postcodes(text: str) -> None:
    assert _kinds_of(text, Kind.POSTCODE) == []


# --- street addresses -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("They moved to 14 Alder Close in 2019.", "14 Alder Close"),
        ("Her flat was Flat 3, 27 Mill Road.", "Flat 3, 27 Mill Road"),
        ("at 2a Station Road, Leeds", "2a Station Road"),
        ("at 118 St Mary's Road.", "118 St Mary's Road"),
        ("lived at 7 Upper Brook Street with Mother", "7 Upper Brook Street"),
        ("to 9 High St. Later", "9 High St."),
        ("at 41 Oak Tree Ave, then", "41 Oak Tree Ave"),
        ("The house at 3 The Avenue was", "3 The Avenue"),
        ("Mother rented Flat 12, Hollins Court.", "Flat 12, Hollins Court"),
        ("at number 22 Windsor Gardens", "22 Windsor Gardens"),
        # a named house before its street, without a number
        (
            "Father moved to Ashgrove Cottage, Sike Lane, a rural property.",
            "Ashgrove Cottage, Sike Lane",
        ),
        ("At Hollins Farm, Moor Lane the dogs barked.", "Hollins Farm, Moor Lane"),
        ("Mother's flat was Flat 2, 9 Harebell Court.", "Flat 2, 9 Harebell Court"),
    ],
)
def test_street_addresses_found(text: str, span: str) -> None:
    assert _kinds_of(text, Kind.STREET_ADDRESS) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "The family lived off the Mill Road.",
        "A Section 47 Road traffic enquiry.",
        "There were 3 Children's Services teams.",
        "There were 3 Family Court hearings and 2 Crown Court trials.",
        "See Finding 2 Church Street episode.",
        "Child A was aged 4 Church Lane residents said.",
        "The meeting on 3 March Road closures.",
        "They lived at Address 4, Mill Road.",
        "Recommendation 3 Safeguarding Partnership Way.",
        "About 40 Social Services Court staff.",
        "The pages 12 Mill Road and 14 St Mary's are mentioned.",
        # a house named without its street, a public building, a person
        "Honeysuckle Cottage was let by a private landlord.",
        "The meeting was held at the Town Hall, High Street.",
        "A letter went to Mrs Hall, Church Street.",
    ],
)
def test_not_street_addresses(text: str) -> None:
    assert _kinds_of(text, Kind.STREET_ADDRESS) == []


def test_headings_are_not_read_for_addresses() -> None:
    document = read_markdown("x.md", "# Review\n\n## 3 The Way Forward\n\nText.\n")
    assert structured_identifiers(document) == ()


# --- phone numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Mother's mobile was 07700 900123.", "07700900123"),
        ("call 07700900123 today", "07700900123"),
        ("ring 07700-900-123", "07700900123"),
        ("on 0113 496 0000.", "01134960000"),
        ("on 0113-496-0000", "01134960000"),
        ("tel (0113) 496 0000", "01134960000"),
        ("tel 01632 960001", "01632960001"),
        ("tel 020 7946 0000", "02079460000"),
        ("tel +44 7700 900123", "07700900123"),
        ("tel +447700900123", "07700900123"),
        ("tel +44 (0)7700 900123", "07700900123"),
        ("tel +44 (0) 20 7946 0000", "02079460000"),
        ("tel 0044 7700 900123", "07700900123"),
        ("the helpline 0300 123 4567", "03001234567"),
        ("a ten-digit 01632 96000 number", "0163296000"),
        ("numbers 07700 900123, 07700 900456.", "07700900123"),
        ("Call log: 0115 496 0623 (Father).", "01154960623"),
    ],
)
def test_phone_numbers_found(text: str, key: str) -> None:
    found = [i for i in in_text(text) if i.kind is Kind.PHONE_NUMBER]
    assert found and found[0].key == key


@pytest.mark.parametrize(
    "text",
    [
        "The visit was on 01/02/2016 at 09:30.",
        "The bill was £0113 and 4960000 more.",
        "Case no 01234 567890 was opened.",
        "Crime reference 0113 496 0001 was given.",
        "The number 07700 900 is short.",
        "The number 012 345 6789 has no area code.",
        "The number 07700 900123 4 runs on.",
        "Child A's NHS number 012 345 6789 was given.",
        "The serial 0734 5678 912 345 runs on.",
        "Childline is 0800 1111 and the Samaritans 116 123.",
        "An international 0049 30 1234567 number.",
        "Incident log 0115 496 0001 was opened.",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert _kinds_of(text, Kind.PHONE_NUMBER) == []


def test_national_form() -> None:
    assert national_form("+44 (0) 113 496 0000") == "01134960000"
    assert national_form("020 7946 0000") == "02079460000"
    assert national_form("0207 946 0000") == "02079460000"
    assert national_form("020 7946 000") is None  # London numbers have eleven digits
    assert national_form("0912 345 6789") is None  # 09 is not a number anyone is given


def test_ten_digits_with_a_leading_zero() -> None:
    # 0123456789 passes the modulus-11 check: printed 3-3-4 or after "NHS" it is an NHS number.
    assert _found("She gave 012 345 6789 as the number.") == [(Kind.NHS_NUMBER, "012 345 6789")]
    assert _found("Her NHS number 0123456789.") == [(Kind.NHS_NUMBER, "0123456789")]
    assert _found("Ring 01234 56789 after six.") == [(Kind.PHONE_NUMBER, "01234 56789")]


# --- email addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("emailed jo.bloggs@example.org on", "jo.bloggs@example.org"),
        ("(Tamsin.Hale@Northshire.gov.uk)", "tamsin.hale@northshire.gov.uk"),
        ("at ann_smith+case@nhs.net.", "ann_smith+case@nhs.net"),
        ("at o'neill.k@school.sch.uk", "o'neill.k@school.sch.uk"),
    ],
)
def test_emails_found(text: str, key: str) -> None:
    found = [i for i in in_text(text) if i.kind is Kind.EMAIL_ADDRESS]
    assert [i.key for i in found] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Follow @NorthshireSCP for news.",
        "See www.northshire.gov.uk/safeguarding.",
        "The address jo@localhost has no domain.",
        "Written as jo at example dot org.",
        "A broken jo..bloggs@example.org address.",
    ],
)
def test_not_emails(text: str) -> None:
    assert _kinds_of(text, Kind.EMAIL_ADDRESS) == []


def test_emails_in_link_targets_and_autolinks_are_found() -> None:
    source = (
        "# Review\n\nWrite to [the chair](mailto:chair.person@example.org) or <a.b@example.org>.\n"
    )
    document = read_markdown("x.md", source)
    found = [source[i.start : i.end] for i in structured_identifiers(document)]
    assert found == ["chair.person@example.org", "a.b@example.org"]


# --- dates of birth and death ---------------------------------------------------------------

BIRTH, DEATH = Kind.DATE_OF_BIRTH, Kind.DATE_OF_DEATH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Child A was born on 3 July 2016.", [(BIRTH, "3 July 2016")]),
        ("Child A was born on 3rd July 2016.", [(BIRTH, "3rd July 2016")]),
        ("Baby T was born on the 3rd of July 2016.", [(BIRTH, "3rd of July 2016")]),
        ("Baby T was born on Sunday 3 July 2016 at home.", [(BIRTH, "3 July 2016")]),
        ("Child A (born 3 July 2016) lived with Mother.", [(BIRTH, "3 July 2016")]),
        ("Child A, born 03/07/2016, lived with Mother.", [(BIRTH, "03/07/2016")]),
        ("DOB: 03/07/2016", [(BIRTH, "03/07/2016")]),
        ("DOB 3.7.16", [(BIRTH, "3.7.16")]),
        ("d.o.b. 3/7/2016", [(BIRTH, "3/7/2016")]),
        ("D.O.B. 03-07-2016.", [(BIRTH, "03-07-2016")]),
        ("Date of birth: July 3, 2016.", [(BIRTH, "July 3, 2016")]),
        ("Baby T (DOB 03.07.2016) was seen.", [(BIRTH, "03.07.2016")]),
        ("Baby T, 03/07/2016 (DOB), was seen.", [(BIRTH, "03/07/2016")]),
        ("Baby T's date of birth is 3 July 2016.", [(BIRTH, "3 July 2016")]),
        ("The date of birth of Sibling 2 is 12/01/2018.", [(BIRTH, "12/01/2018")]),
        ("Mother was born in Leeds on 3 July 1990.", [(BIRTH, "3 July 1990")]),
        ("Baby T was born at 34 weeks' gestation on 3 July 2016.", [(BIRTH, "3 July 2016")]),
        (
            "Baby T was born by emergency caesarean section on 3 July 2016.",
            [(BIRTH, "3 July 2016")],
        ),
        ("Mother gave birth to Baby T on 3 July 2016.", [(BIRTH, "3 July 2016")]),
        ("On 3 July 2016 Baby T was born at 34 weeks.", [(BIRTH, "3 July 2016")]),
        ("On 3 July 2016, Child A's twin sister was born.", [(BIRTH, "3 July 2016")]),
        ("On 3 July 2016 Mother gave birth to Baby T.", [(BIRTH, "3 July 2016")]),
        (
            "Mother was seen on 4 May 2019, when Baby T was born at 34 weeks.",
            [(BIRTH, "4 May 2019")],
        ),
        ("3 July 2016 was her date of birth.", [(BIRTH, "3 July 2016")]),
        (
            "After Baby T's birth on 3 July 2016, the health visitor called.",
            [(BIRTH, "3 July 2016")],
        ),
        ("Child A died on 4 May 2019.", [(DEATH, "4 May 2019")]),
        ("Child A died in hospital on 4 May 2019.", [(DEATH, "4 May 2019")]),
        ("Child A died, aged four months, on 4 May 2019.", [(DEATH, "4 May 2019")]),
        ("Child A passed away on 04/05/2019.", [(DEATH, "04/05/2019")]),
        ("Baby T was pronounced dead at 10:42 on 4 May 2019.", [(DEATH, "4 May 2019")]),
        ("Date of death: 04.05.2019", [(DEATH, "04.05.2019")]),
        ("the death of Child A on 4 May 2019 was", [(DEATH, "4 May 2019")]),
        ("Child A's death, on 4 May 2019, led to", [(DEATH, "4 May 2019")]),
        ("On 4 May 2019 Child A died.", [(DEATH, "4 May 2019")]),
        ("04/05/2019 – Child A died in hospital.", [(DEATH, "04/05/2019")]),
        ("(DOD 04.05.2019)", [(DEATH, "04.05.2019")]),
        ("On 4 May 2019 at 10:42 Child A was pronounced dead.", [(DEATH, "4 May 2019")]),
        ("On 4 May 2019 Child A, aged 2, died in hospital.", [(DEATH, "4 May 2019")]),
        ("Child A died two days later, on 6 May 2019.", [(DEATH, "6 May 2019")]),
        # how someone died, between the cue and the date
        ("Her uncle died by suicide on 2 March 2020.", [(DEATH, "2 March 2020")]),
        ("Adult 2 died of an overdose on 9 June 2018.", [(DEATH, "9 June 2018")]),
        ("He died from his injuries in hospital on 4 May 2019.", [(DEATH, "4 May 2019")]),
        # a date given as the value of a record
        ("Child C's date of death was recorded as 05.11.2020.", [(DEATH, "05.11.2020")]),
        ("His date of birth was wrongly given as 3 July 2016.", [(BIRTH, "3 July 2016")]),
        ("DOB 03-Jul-2016.", [(BIRTH, "03-Jul-2016")]),
        ("(d.o.b. Jul. 3, 2016)", [(BIRTH, "Jul. 3, 2016")]),
        (
            "Child A was last seen by the GP on 1 May 2019, died on 4 May 2019.",
            [(DEATH, "4 May 2019")],
        ),
        (
            "Child A (born 3 July 2016, died 4 May 2019) lived with Mother.",
            [(BIRTH, "3 July 2016"), (DEATH, "4 May 2019")],
        ),
        (
            "Child A was born on 3 July 2016 and died on 4 May 2019.",
            [(BIRTH, "3 July 2016"), (DEATH, "4 May 2019")],
        ),
    ],
)
def test_dates_of_birth_and_death_found(text: str, expected: list[tuple[Kind, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Child A was born in March 2016.",
        "Child A was born in 2016 and is now aged 3.",
        "Child A, aged 3, was seen on 3 July 2016.",
        "The strategy meeting was held on 3 July 2016.",
        "Baby T was born at 34 weeks and was seen by the health visitor on 5 July 2016.",
        "Mother told the GP on 3 July 2016 that Baby T was born early.",
        "He was seen on 5 July 2016, five days after he was born.",
        "The pre-birth assessment on 3 July 2016 was late.",
        "A pre-birth conference on 3 July 2016 agreed a plan.",
        "A birth plan was agreed on 3 July 2016.",
        "Child A's birth was registered on 10 July 2016.",
        "The Child Death Overview Panel met on 3 July 2016.",
        "The child death review meeting on 3 July 2016 was brief.",
        "Child A's death was notified to Ofsted on 9 May 2019.",
        "The council notified Ofsted of Child H's death on 9 February 2011.",
        "The police were informed of the birth on 4 July 2016.",
        "Mother, who was born in Poland, moved to the area on 14 May 2019.",
        "Child A was born in Leeds. On 3 July 2016 the family moved.",
        "Child A was born at home; on 3 July 2016 the midwife visited.",
        "His birthday was 3 July.",
        "Mother, seen on 3 July 2016, born in Leeds, said little.",
        "Baby T, due on 3 July 2016, was born early.",
        "Child A was born on 3 July.",
        "Paragraph 3.7.16 says that Child A was born early.",
        "The review ran from 3 July 2016 to 4 May 2017.",
        "Born: Leeds. Died: 2019.",
        "Child A died by suicide; the inquest opened on 3 March 2020.",
        "Child A's birth was recorded by the midwife on 10 July 2016.",
    ],
)
def test_not_dates_of_birth_or_death(text: str) -> None:
    kinds = [kind for kind, _span in _found(text)]
    assert BIRTH not in kinds and DEATH not in kinds


def test_other_dates_in_the_sentence_are_left() -> None:
    text = "Baby T died in hospital on 4 May 2019 after being admitted on 1 May 2019."
    assert _found(text) == [(DEATH, "4 May 2019")]


def test_tables_say_what_a_date_is() -> None:
    source = (
        "# Review\n\n"
        "| Person | DOB | Seen |\n|---|---|---|\n| Child A | 03/07/2016 | 05/07/2016 |\n\n"
        "| Date of death | 4 May 2019 |\n|---|---|\n| Seen | 1 May 2019 |\n\n"
        "| Date | Event |\n|---|---|\n"
        "| 03/07/2016 | Child A was born at home. |\n"
        "| 05/07/2016 | The health visitor visited. |\n"
        "| 04/05/2019 | Child A died in hospital. |\n"
    )
    document = read_markdown("x.md", source)
    found = [(i.kind, source[i.start : i.end]) for i in structured_identifiers(document)]
    assert found == [
        (BIRTH, "03/07/2016"),
        (DEATH, "4 May 2019"),
        (BIRTH, "03/07/2016"),
        (DEATH, "04/05/2019"),
    ]


# --- offsets, keys and caching --------------------------------------------------------------


def test_offsets_are_in_source_coordinates() -> None:
    source = (
        "---\ntitle: x\n---\n# Review\n\nThe family (*not* named) lived at **14** Alder "
        "Close &amp; LS6\n2QT; DOB 03/07/2016.\n\n- Call 07700 900123\n"
    )
    document = read_markdown("x.md", source)
    found = [(i.kind, source[i.start : i.end]) for i in structured_identifiers(document)]
    assert found == [
        (Kind.STREET_ADDRESS, "14** Alder Close"),
        (Kind.POSTCODE, "LS6\n2QT"),
        (BIRTH, "03/07/2016"),
        (Kind.PHONE_NUMBER, "07700 900123"),
    ]


def test_keys_group_mentions_of_one_thing() -> None:
    text = (
        "LS6 2QT, ls6 2qt and LS62QT; 943 476 5919 and 9434765919; 14 Alder Close and "
        "14 alder Close; Jo@Example.org and jo@example.org; 07700 900123 and +44 7700 900123; "
        "born on 3 July 2016 and DOB 03/07/2016."
    )
    keys: dict[Kind, set[str]] = {}
    for identifier in in_text(text):
        keys.setdefault(identifier.kind, set()).add(identifier.key)
    assert keys == {
        Kind.POSTCODE: {"LS62QT"},
        Kind.NHS_NUMBER: {"9434765919"},
        Kind.STREET_ADDRESS: {"14 alder close"},
        Kind.EMAIL_ADDRESS: {"jo@example.org"},
        Kind.PHONE_NUMBER: {"07700900123"},
        Kind.DATE_OF_BIRTH: {"2016-07-03"},
    }


def test_computed_once_per_document() -> None:
    document = read_markdown("x.md", "# Review\n\nDOB 03/07/2016.\n")
    first = structured_identifiers(document)
    assert structured_identifiers(document) is first
    assert first == (Identifier(BIRTH, 14, 24, "2016-07-03"),)


# --- the rules ------------------------------------------------------------------------------

PLANTED = {
    "ANO003": ("born on 3 July 2016", "3 July 2016"),
    "ANO004": ("NHS number 943 476 5919", "943 476 5919"),
    "ANO005": ("NI number JG 10 37 59 A", "JG 10 37 59 A"),
    "ANO006": ("postcode LS6 2QT", "LS6 2QT"),
    "ANO007": ("at 14 Alder Close", "14 Alder Close"),
    "ANO008": ("mobile 07700 900123", "07700 900123"),
    "ANO009": ("email tamsin.hale@example.org", "tamsin.hale@example.org"),
}


@pytest.fixture(scope="module")
def ano_findings(engine: Engine) -> list[Finding]:
    body = " ".join(f"Child A's {phrase}." for phrase, _ in PLANTED.values())
    text = f"# Review\n\n## Background\n\n{body}\n"
    result = engine.check_text(text, "x.md", Config(), Overrides(profile="lcspr@2023"))
    return [f for f in result.findings if f.code in ANO]


def test_each_rule_reports_its_kind_once_without_quoting_it(ano_findings: list[Finding]) -> None:
    assert sorted(f.code for f in ano_findings) == sorted(PLANTED)
    for finding in ano_findings:
        assert finding.personal_data and finding.severity is Severity.ERROR
        assert finding.dimension == "publication-readiness"
        for _phrase, planted in PLANTED.values():
            assert planted not in finding.message
            assert planted.replace(" ", "") not in finding.message.replace(" ", "")
        assert finding.message[0].isupper() and finding.message.endswith(".")


def test_messages_name_the_kind(ano_findings: list[Finding]) -> None:
    messages = {f.code: f.message for f in ano_findings}
    assert messages["ANO003"].startswith("A full date of birth ")
    assert messages["ANO004"].startswith("An NHS number ")
    assert messages["ANO005"].startswith("A National Insurance number ")
    assert messages["ANO006"].startswith("A postcode ")
    assert messages["ANO007"].startswith("A street address ")
    assert messages["ANO008"].startswith("A phone number ")
    assert messages["ANO009"].startswith("An email address ")
