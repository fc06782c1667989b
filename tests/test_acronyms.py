"""The glossary of acronyms, how uses and definitions are found, and the `glossary` config key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from scrlint.acronyms import (
    Glossary,
    bundled_glossary,
    first_uses,
    glossary_for,
    load_glossary_file,
    parse_glossary,
)
from scrlint.bundled import pack_root
from scrlint.cli import main
from scrlint.config import config_from_table
from scrlint.document.markdown import read_markdown
from scrlint.errors import ConfigError, PackError
from scrlint.packs.loader import pack_files

DOMAIN_AMBIGUOUS = {"PPO", "DSP", "ICO", "SAR", "SCR", "CP", "DA", "HV", "NI"}


def test_bundled_glossary_is_large_and_flags_the_ambiguous_acronyms() -> None:
    glossary = bundled_glossary()
    plain = [a for a, m in glossary.meanings.items() if len(m) == 1]
    assert len(plain) >= 100
    assert {a for a, m in glossary.meanings.items() if len(m) > 1} >= DOMAIN_AMBIGUOUS
    assert glossary.lookup("CAMHS") == ("Child and Adolescent Mental Health Services",)
    assert {"NHS", "GP", "UK", "BBC"} <= glossary.common
    assert not glossary.common & DOMAIN_AMBIGUOUS


def test_glossary_is_a_data_table_not_a_rule_file() -> None:
    files = {p.name for p in pack_files(pack_root())}
    assert "glossary.yaml" not in files and "jargon.yaml" not in files


def test_invalid_glossary_names_the_problem(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="listed both as a term and as ambiguous"):
        parse_glossary(
            {"terms": {"PPO": "Police Protection Order"}, "ambiguous": {"PPO": ["a", "b"]},
             "common": []},
            "g.yaml",
        )  # fmt: skip
    with pytest.raises(PackError, match=r"g\.yaml: ambiguous\.XY"):
        parse_glossary({"terms": {}, "ambiguous": {"XY": ["only one"]}, "common": []}, "g.yaml")
    bad = tmp_path / "glossary.yaml"
    bad.write_text("terms: [\n", encoding="utf-8")
    with pytest.raises(PackError, match="cannot read the glossary"):
        load_glossary_file(bad)


def test_config_entries_win_and_are_cached_by_value() -> None:
    extended = glossary_for({"PPO": ("Police Protection Order",), "SPA": ("a", "b")})
    assert extended.lookup("PPO") == ("Police Protection Order",)
    assert extended.lookup("SPA") == ("a", "b")
    assert extended is glossary_for({"SPA": ("a", "b"), "PPO": ("Police Protection Order",)})
    assert glossary_for({}) is bundled_glossary()
    assert "GP" in glossary_for({"GP": ("General Practitioner",)}).common
    assert "GP" not in glossary_for({"GP": ("General Practitioner", "Gaelic Prize")}).common


def _first(body: str, glossary: Glossary | None = None) -> dict[str, bool]:
    document = read_markdown("r.md", f"# Review\n\n## Events\n\n{body}\n")
    return {u.acronym: u.defined for u in first_uses(document, glossary or bundled_glossary())}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Child and Adolescent Mental Health Services (CAMHS) saw her.", {"CAMHS": True}),
        ("CAMHS (Child and Adolescent Mental Health Services) saw her.", {"CAMHS": True}),
        ("CAMHS (the local mental health service for children) saw her.", {"CAMHS": True}),
        ("CAMHS (in May 2020) saw her.", {"CAMHS": False}),
        ("The Terms of Reference (ToR) and the DfE.", {"ToR": True, "DfE": False}),
        ("Two IMRs and one IMR.", {"IMR": False}),
        ("HV1 visited, then the health visitor (HV) visited.", {"HV": False}),
        ("The Multi-Agency Safeguarding Hub, or MASH, met.", {"MASH": True}),
        ("The MASH, which stands for Multi-Agency Safeguarding Hub, met.", {"MASH": True}),
        ("CAMHS – Child and Adolescent Mental Health Services – saw her.", {"CAMHS": True}),
        ("A section 47 enquiry (S47) began during COVID-19.", {"S47": True, "COVID": False}),
        ("Implement Child Protection – Information Sharing (CP-IS).", {"CP-IS": True}),
    ],
)
def test_definitions_in_both_orders(body: str, expected: dict[str, bool]) -> None:
    assert _first(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Child AB met Mr JT and Baby KL.",  # pseudonym letters
        "See Part II and Schedule IV.",  # roman numerals
        "Mother said she would NEVER go back.",  # an English word once, for emphasis
        'She shouted "GET OUT OF MY HOUSE" at the door.',  # a run of capitals
        "The flat at 14 Larch Court, Wrexley WX7 3PL, was cold.",  # a postcode
        "The `XYZ` code was used.",  # code is not prose
    ],
)
def test_not_acronyms(body: str) -> None:
    assert _first(body) == {}


def test_an_unknown_capitalised_non_word_used_once_is_an_acronym() -> None:
    assert _first("The SPOC logged the call.") == {"SPOC": False}


def test_the_reports_glossary_defines_acronyms_used_before_it() -> None:
    document = read_markdown(
        "r.md",
        "# Review\n\n## Events\n\nThe MASH met.\n\n## Glossary\n\n- MASH: Multi-Agency "
        "Safeguarding Hub\n",
    )
    assert [(u.acronym, u.defined) for u in first_uses(document, bundled_glossary())] == [
        ("MASH", True)
    ]


def test_config_glossary_key_is_validated_and_shown(tmp_path: Path) -> None:
    config = config_from_table(
        {"glossary": {"SPOC": "Single Point of Contact", "SPA": ["one", "two"]}}, "t"
    )
    assert config.glossary == {"SPOC": ("Single Point of Contact",), "SPA": ("one", "two")}
    for bad in ({"spoc": "lower case"}, {"SPA": ["only one"]}, {"SPA": 3}):
        with pytest.raises(ConfigError, match="glossary"):
            config_from_table({"glossary": bad}, "t")
    (tmp_path / "scrlint.toml").write_text(
        '[glossary]\nSPOC = "Single Point of Contact"\nSPA = ["one", "two"]\n', encoding="utf-8"
    )
    shown = json.loads(CliRunner().invoke(main, ["config", "show", str(tmp_path)]).output)
    assert shown["glossary"] == {"SPOC": "Single Point of Contact", "SPA": ["one", "two"]}
