"""Section roles: found from profile section ids and from heading words."""

from __future__ import annotations

from scrlint.bundled import pack_root
from scrlint.document.markdown import read_markdown
from scrlint.profiles import load_profiles
from scrlint.roles import Role, role_blocks, role_sections

PROFILES = load_profiles([pack_root()])

REPORT = """# Review of Child A

## Introduction

Why the review was held.

## Lessons learned

### Lesson 1

The first lesson.

### Lesson 2

The second lesson.

## Appraisal of practice

What happened and why.

## Recommendations

1. The ICB should audit pre-birth referrals by June 2025.

## Action plan

| Recommendation | Owner |
|---|---|
| Audit | ICB |
"""


def _titles(profile_id: str, *roles: Role) -> list[str]:
    document = read_markdown("r.md", REPORT)
    return [s.title for s in role_sections(document, PROFILES[profile_id], *roles)]


def test_heading_words_find_roles_under_the_generic_profile() -> None:
    assert _titles("generic", Role.FINDINGS) == ["Lessons learned"]
    assert _titles("generic", Role.ANALYSIS) == ["Appraisal of practice"]
    assert _titles("generic", Role.RECOMMENDATIONS) == ["Recommendations"]
    assert _titles("generic", Role.ACTION_PLAN) == ["Action plan"]
    assert _titles("generic", Role.CHILD) == []


def test_several_roles_come_back_in_document_order_outermost_only() -> None:
    assert _titles("generic", Role.ANALYSIS, Role.FINDINGS) == [
        "Lessons learned",
        "Appraisal of practice",
    ]


def test_profile_section_ids_give_roles_without_heading_words() -> None:
    document = read_markdown("r.md", "# Review\n\n## Conclusions\n\nText.\n")
    assert [
        s.title for s in role_sections(document, PROFILES["exec-summary@2010"], Role.FINDINGS)
    ] == ["Conclusions"]
    assert role_sections(document, PROFILES["generic"], Role.FINDINGS) == []


def test_child_headings() -> None:
    for title in (
        "The child's lived experience",
        "Child A",
        "What life was like: the voice of the child",
    ):
        document = read_markdown("r.md", f"# Review\n\n## {title}\n\nText.\n")
        assert role_sections(document, PROFILES["generic"], Role.CHILD), title
    document = read_markdown("r.md", "# Review\n\n## The child protection plan\n\nText.\n")
    assert role_sections(document, PROFILES["generic"], Role.CHILD) == []


def test_role_blocks_include_subsections_and_table_cells() -> None:
    document = read_markdown("r.md", REPORT)
    findings = [b.text for b in role_blocks(document, PROFILES["generic"], Role.FINDINGS)]
    assert findings == ["The first lesson.", "The second lesson."]
    plan = [b.text for b in role_blocks(document, PROFILES["generic"], Role.ACTION_PLAN)]
    assert "ICB" in plan


def test_learning_names_findings_only_as_a_findings_heading() -> None:
    for title, expected in (
        ("Learning from this review", True),
        ("Key learning", True),
        ("What we learned", True),
        ("How the learning was gathered", False),
    ):
        document = read_markdown("r.md", f"# Review\n\n## {title}\n\nText.\n")
        found = role_sections(document, PROFILES["generic"], Role.FINDINGS)
        assert bool(found) is expected, title


def test_actions_for_someone_are_recommendations() -> None:
    for title, expected in (
        ("Actions for the partnership", True),
        ("Immediate actions", True),
        ("Actions taken since the incident", False),
    ):
        document = read_markdown("r.md", f"# Review\n\n## {title}\n\nText.\n")
        found = role_sections(document, PROFILES["generic"], Role.RECOMMENDATIONS)
        assert bool(found) is expected, title


def test_first_role_heading_is_the_heading_of_the_first_matching_section() -> None:
    from scrlint.roles import first_role_heading

    document = read_markdown("r.md", REPORT)
    heading = first_role_heading(document, PROFILES["generic"], Role.ANALYSIS, Role.FINDINGS)
    assert heading is not None and heading.text == "Lessons learned"
    assert first_role_heading(document, PROFILES["generic"], Role.CHILD) is None
