"""The citations table and the helpers the CIT rules share: finder, sentences, dates, eras."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from scrlint.bundled import pack_root
from scrlint.citations.dates import dates, mentions_date_in
from scrlint.citations.era import report_era
from scrlint.citations.finder import find_acts, find_working_together
from scrlint.citations.framing import (
    commissioned_by,
    frames_citation,
    is_historical,
    names_as_own,
)
from scrlint.citations.table import (
    TABLE_FILE,
    Era,
    load_table,
    month_index,
    month_name,
    parse_table,
)
from scrlint.document.markdown import read_markdown
from scrlint.errors import PackError
from scrlint.packs.loader import pack_files
from scrlint.profiles import load_profiles

TABLE = load_table()
PROFILES = load_profiles([pack_root()])


def _raw() -> Any:
    return yaml.safe_load((pack_root() / TABLE_FILE).read_text(encoding="utf-8"))


# --- the table -----------------------------------------------------------------------------


def test_bundled_table_loads_and_is_not_a_rule_pack() -> None:
    assert TABLE.acts["Mental Health"].years == {1959, 1983, 2007}
    assert [e.year for e in TABLE.editions] == sorted(e.year for e in TABLE.editions)
    assert TABLE.miscitations[("Mental Health", 2005)].startswith("the Mental Health Act 1983")
    assert TABLE.abbreviations["MHA"] == "Mental Health"
    assert {b.abbreviation for b in TABLE.bodies} == {"PCT", "CCG", "ICB"}
    assert pack_root() / TABLE_FILE not in set(pack_files(pack_root()))


def test_every_usual_year_is_a_real_year() -> None:
    for act in TABLE.acts.values():
        assert set(act.usual) <= act.years, act.name


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["acts"][0].update(years="1989"), "acts[0].years"),
        (lambda d: d.update(extra=1), "extra: unknown key"),
        (lambda d: d["bodies"][0].pop("role"), "bodies[0]: 'role' is a required property"),
        (
            lambda d: d["working_together"]["editions"][0].update(published="1988-13"),
            "working_together.editions[0].published",
        ),
    ],
)
def test_invalid_table_is_refused_naming_the_key(change: Any, where: str) -> None:
    data = copy.deepcopy(_raw())
    change(data)
    with pytest.raises(PackError, match=re.escape(f"instruments.yaml: {where}")):
        parse_table(data, "instruments.yaml")


def test_edition_naming_an_unknown_framework_is_refused() -> None:
    data = copy.deepcopy(_raw())
    data["working_together"]["editions"][0]["framework"] = "nobody"
    with pytest.raises(PackError, match="unknown framework"):
        parse_table(data, "instruments.yaml")


def test_months_and_eras() -> None:
    assert month_index("2013-03") == 2013 * 12 + 2
    assert month_index("2013") == 2013 * 12 and month_index("2013", end=True) == 2013 * 12 + 11
    assert month_name(month_index("2019-09")) == "September 2019"
    ccg = next(b for b in TABLE.bodies if b.id == "ccg")
    assert ccg.era.overlaps(Era(month_index("2022-06"), month_index("2022-06")))
    assert not ccg.era.overlaps(Era(month_index("2022-07")))


def test_editions_in_force_and_periods() -> None:
    in_force = TABLE.edition_in_force(2017)
    assert in_force is not None and in_force.year == 2015
    assert TABLE.edition_in_force(1950) is None
    latest = TABLE.edition_in_force(2023)
    assert latest is not None and TABLE.period(latest).end is None
    assert TABLE.period(in_force) == Era(month_index("2015-03"), month_index("2018-06"))


@pytest.mark.parametrize(
    ("year", "missing"),
    [(2017, True), (2016, True), (2018, False), (2020, False), (2026, False), (1980, False)],
)
def test_no_such_edition(year: int, missing: bool) -> None:
    """Revisions count as editions; years outside the table's knowledge are never flagged."""
    assert TABLE.no_such_edition(year) is missing


def test_checked_from_limits_what_a_year_can_contradict() -> None:
    children = TABLE.acts["Children"]
    assert children.is_wrong_year(1998, TABLE.complete_to)
    assert not children.is_wrong_year(1972, TABLE.complete_to)  # before checked_from
    assert not children.is_wrong_year(2030, TABLE.complete_to)  # after the table's knowledge


# --- finding citations ---------------------------------------------------------------------


def _acts(text: str) -> list[tuple[str, tuple[int, ...], str]]:
    return [
        (c.name, c.years, text[c.start : c.end])
        for c in find_acts(text, TABLE.acts, TABLE.abbreviations)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "detained under the Mental Health Act 2005.",
            [("Mental Health", (2005,), "Mental Health Act 2005")],
        ),
        (
            "section 47 of the Children Act 1989",
            [("Children", (1989,), "Children Act 1989")],
        ),
        (
            "The Adoption and Children Act 2002 applies.",
            [("Adoption and Children", (2002,), "Adoption and Children Act 2002")],
        ),
        (
            "the Domestic Violence, Crime and Victims Act 2004",
            [
                (
                    "Domestic Violence, Crime and Victims",
                    (2004,),
                    "Domestic Violence, Crime and Victims Act 2004",
                )
            ],
        ),
        (
            "Children (Leaving Care) Act 2000",
            [("Children (Leaving Care)", (2000,), "Children (Leaving Care) Act 2000")],
        ),
        (
            "Unlike the Care Act 2014, the",
            [("Care", (2014,), "Care Act 2014")],
        ),
        (
            "the Children Acts 1989 and 2004",
            [("Children", (1989, 2004), "Children Acts 1989 and 2004")],
        ),
        (
            "(Mental Health Act (1983))",
            [("Mental Health", (1983,), "Mental Health Act (1983)")],
        ),
        (
            "the Mental Health Act 1983 and the Mental Capacity Act 2005",
            [
                ("Mental Health", (1983,), "Mental Health Act 1983"),
                ("Mental Capacity", (2005,), "Mental Capacity Act 2005"),
            ],
        ),
        ("sectioned under the MHA 2005", [("Mental Health", (2005,), "MHA 2005")]),
        ("the Protection of Children Act 1978", []),
        ("the Children (Scotland) Act 1995", []),
        ("the Mental Health Units (Use of Force) Act 2018", []),
        ("the Mental Health Act assessment in 2005", []),
    ],
)
def test_find_acts(text: str, expected: list[tuple[str, tuple[int, ...], str]]) -> None:
    assert _acts(text) == expected


@pytest.mark.parametrize(
    ("text", "years", "cited"),
    [
        ("under Working Together 2018.", (2018,), "Working Together 2018"),
        (
            "Working Together to Safeguard Children (HM Government, 2018) says",
            (2018,),
            "Working Together to Safeguard Children (HM Government, 2018)",
        ),
        ("Working together to safeguard children 2015", (2015,), None),
        ("Working Together (July 2018)", (2018,), None),
        ("WT 2006/2010", (2006, 2010), None),
        ("WT2023", (2023,), None),
        ("the 2018 edition of Working Together", (2018,), "2018 edition of Working Together"),
        ("Working Together 2018 (updated 2020)", (2018,), "Working Together 2018"),
    ],
)
def test_find_working_together(text: str, years: tuple[int, ...], cited: str | None) -> None:
    (found,) = find_working_together(text)
    assert found.years == years
    if cited is not None:
        assert text[found.start : found.end] == cited


@pytest.mark.parametrize(
    "text", ["agencies working together 2019 saw", "a 'working together' event in 2017", ""]
)
def test_not_working_together(text: str) -> None:
    assert list(find_working_together(text)) == []


@given(st.text(alphabet="ActWorkingTogether MHA()0123456789,.and of the", max_size=200))
def test_citation_spans_stay_inside_the_text(text: str) -> None:
    spans = [(c.start, c.end) for c in find_acts(text, TABLE.acts, TABLE.abbreviations)]
    spans += [(c.start, c.end) for c in find_working_together(text)]
    assert all(0 <= start < end <= len(text) for start, end in spans)


# --- sentences, dates, framing -------------------------------------------------------------


def test_dates_ignore_citation_years() -> None:
    found = list(
        dates("In March 2021, on 12/03/19, in 2018; the Health and Care Act 2022; WT 2023.")
    )
    assert found == [
        Era(2021 * 12 + 2, 2021 * 12 + 2),
        Era(2019 * 12 + 2, 2019 * 12 + 2),
        Era(2018 * 12, 2018 * 12 + 11),
    ]
    assert not mentions_date_in("the Health and Care Act 2022", Era(month_index("2022")))


@pytest.mark.parametrize(
    ("text", "historical"),
    [
        ("Before 2019, reviews were commissioned by the LSCB.", True),
        ("Calderford CCG (now the ICB) held the contract.", True),
        ("The designated nurse was formerly employed by the CCG.", True),
        ("The ICB took on the CCG's safeguarding team.", True),
        ("The CCG will audit the policy by March 2025.", False),
        ("The CCG reviewed the earlier attendance.", False),
    ],
)
def test_is_historical(text: str, historical: bool) -> None:
    assert is_historical(text) is historical


def _framed(text: str) -> bool:
    (cite,) = find_working_together(text)
    return frames_citation(text, cite.start, cite.end)


def test_framing_of_guidance() -> None:
    assert _framed("The review was carried out under Working Together 2018.")
    assert _framed("In line with Working Together 2023, this review uses a systems method.")
    assert _framed("Working Together 2018 is the statutory framework for this review.")
    assert not _framed("The school's policy, written in line with Working Together 2015, failed.")
    assert not _framed("Under Working Together 2018 partners must publish reports.")


def test_own_terms_and_commissioning() -> None:
    text = "The three safeguarding partners have agreed this response."
    start = text.index("safeguarding")
    assert names_as_own(text, start, start + len("safeguarding partners"))
    loose = "The visitor shared the referral with safeguarding partners in the police."
    start = loose.index("safeguarding")
    assert not names_as_own(loose, start, start + len("safeguarding partners"))
    body = "This review was commissioned by the Wrexley Vale LSCB."
    assert commissioned_by(body, body.index("LSCB"), body.index("LSCB") + 4)
    other = "The LSCB commissioned a serious case review about Sibling 1."
    assert not commissioned_by(other, 4, 8)


# --- eras ----------------------------------------------------------------------------------


def _era_of(profile: str, text: str = "# Report\n\nText.\n") -> str | None:
    era = report_era(PROFILES[profile], read_markdown("x.md", text), TABLE)
    return None if era is None else f"{era.framework.id} {era.own_text}"


def test_report_eras() -> None:
    assert _era_of("generic") is None
    assert _era_of("scr-report@2013") == "lscb 2013 or 2015"
    assert _era_of("health-overview@2010") == "lscb 2006 or 2010"
    assert _era_of("lcspr@2023") == "partners 2023"


def test_response_era_comes_from_the_body_it_names() -> None:
    assert _era_of("response@2013") is None
    assert _era_of("response@2013", "# R\n\nThe Calderford LSCB accepts the findings.\n") == (
        "lscb 2013"
    )
    history = "# R\n\nIn 2019 the LSCB was replaced by the partnership.\n"
    assert _era_of("response@2013", history) is None
