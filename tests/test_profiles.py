"""Profiles as data, and the order in which a document's profile is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrlint.bundled import pack_root
from scrlint.document.markdown import read_markdown
from scrlint.errors import ConfigError, PackError
from scrlint.profiles import choose_profile, load_profiles
from scrlint.profiles.loader import load_profile_file
from tests.conftest import REQUIRED_PROFILES

PROFILES = load_profiles([pack_root()])


def test_all_profiles_load_with_sources_and_order() -> None:
    assert set(PROFILES) >= REQUIRED_PROFILES
    for profile in PROFILES.values():
        if profile.id != "generic":
            assert profile.sources, profile.id
            assert any(s.required for s in profile.sections), profile.id
            assert profile.title_cues, profile.id


def test_terms_of_reference_aliases_from_the_issue() -> None:
    spec = next(s for s in PROFILES["lcspr@2023"].sections if s.id == "terms-of-reference")
    doc = read_markdown("x.md", "# R\n## Scope and terms of reference\n## 2. Purpose and Scope\n")
    assert all(spec.matches(section) for section in list(doc.sections())[1:])


DOC = "---\nscrlint:\n  profile: imr@2010\n---\n# Rapid review: Baby N\n\nThe ICB met.\n"


def test_precedence_option_then_front_matter_then_config_then_detection() -> None:
    doc = read_markdown("d.md", DOC)
    assert (
        choose_profile(doc, PROFILES, option="lcspr@2018", configured="generic").source == "option"
    )
    chosen = choose_profile(doc, PROFILES, configured="generic")
    assert (chosen.profile.id, chosen.source) == ("imr@2010", "front matter")
    plain = read_markdown("d.md", DOC.split("---\n", 2)[2])
    assert choose_profile(plain, PROFILES, configured="generic").source == "config"
    detected = choose_profile(plain, PROFILES)
    assert (detected.profile.id, detected.source) == ("rapid-review@2023", "detected")
    assert "the title says 'rapid review'" in detected.reasons


def test_unknown_profile_in_front_matter_names_the_file() -> None:
    doc = read_markdown("d.md", "---\nscrlint: {profile: lcspr@1999}\n---\n# R\n")
    with pytest.raises(ConfigError, match=r"^front matter scrlint.profile: unknown profile"):
        choose_profile(doc, PROFILES)


@pytest.mark.parametrize(
    ("front_matter", "message"),
    [
        ("scrlint: 3", "front matter scrlint: must be a mapping"),
        ("scrlint: {profil: lcspr@2023}", "front matter scrlint.profil: unknown key"),
    ],
)
def test_malformed_scrlint_front_matter_is_an_error(front_matter: str, message: str) -> None:
    doc = read_markdown("d.md", f"---\n{front_matter}\n---\n# R\n")
    with pytest.raises(ConfigError, match=message):
        choose_profile(doc, PROFILES)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Serious Case Review: Child H — Overview Report",
            "The LSCB drew on eight IMRs.",
            "overview@2010",
        ),
        (
            "Serious Case Review: Child R",
            "Working Together to Safeguard Children 2015; lead reviewers.",
            "scr-report@2013",
        ),
        (
            "Local Child Safeguarding Practice Review: Child J",
            "The ICB and the lead safeguarding partners.",
            "lcspr@2023",
        ),
        (
            "Health Overview Report",
            "The designated nurse read the health IMRs.",
            "health-overview@2010",
        ),
        (
            "Board Response to the Serious Case Review of Child K",
            "The LSCB accepts the findings.",
            "response@2013",
        ),
        ("Minutes of the practice learning event", "The ICB attended.", "generic"),
    ],
)
def test_detection(title: str, text: str, expected: str) -> None:
    doc = read_markdown("d.md", f"# {title}\n\n{text}\n")
    assert choose_profile(doc, PROFILES).profile.id == expected


def test_invalid_profile_file_names_file_and_key(tmp_path: Path) -> None:
    path = tmp_path / "bad@2020.yaml"
    path.write_text(
        "id: bad@2020\ntitle: x\nreport_type: x\nedition: 2020\nguidance: x\n"
        "publication: true\nsources: []\nsections:\n  - {id: a, title: A}\n"
    )
    with pytest.raises(PackError, match=r"bad@2020.yaml: sections\[0\]: 'required' is a required"):
        load_profile_file(path)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Serious Case Review: Child M", "scr-report@2013"),
        ("SCR: Baby O", "scr-report@2013"),
        ("Emergency response planning", "generic"),
        ("Rapid Response Team Annual Report", "generic"),
        ("Multi-agency response to domestic abuse", "generic"),
        ("Partnership response to the LCSPR: Child J", "response@2013"),
    ],
)
def test_detection_from_the_title_alone(title: str, expected: str) -> None:
    doc = read_markdown("d.md", f"# {title}\n")
    assert choose_profile(doc, PROFILES).profile.id == expected


def test_a_2010_citation_makes_a_plain_scr_title_an_overview_report() -> None:
    doc = read_markdown(
        "d.md",
        "# Serious Case Review Child J\n\nThe LSCB followed Working "
        "Together to Safeguard Children (2010).\n",
    )
    assert choose_profile(doc, PROFILES).profile.id == "overview@2010"


@pytest.mark.parametrize("pattern", ["^(a+)+$", r"(\w*\s?)*end", "(x{2,})*"])
def test_patterns_that_backtrack_without_end_are_refused(tmp_path: Path, pattern: str) -> None:
    path = tmp_path / "slow@2020.yaml"
    path.write_text(
        "id: slow@2020\ntitle: x\nreport_type: x\nedition: 2020\nguidance: x\n"
        "publication: true\nsources: []\nsections: []\ndetect:\n  title:\n"
        f"    - {{pattern: '{pattern}', weight: 9, reason: r}}\n"
    )
    with pytest.raises(PackError, match="nests quantifiers"):
        load_profile_file(path)


def test_bundled_cues_are_accepted() -> None:
    assert all(p.title_cues or p.id == "generic" for p in PROFILES.values())
