"""Finding a report's recommendations, and reading how each is worded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from scrlint.bundled import pack_root
from scrlint.document.markdown import read_markdown
from scrlint.document.text import read_text
from scrlint.engine import Engine, Overrides
from scrlint.finding import Severity
from scrlint.profiles import load_profiles
from scrlint.recommendations import Recommendations, recommendations
from scrlint.recommendations.addressee import has_addressee
from scrlint.recommendations.bodies import names_body
from scrlint.recommendations.boilerplate import boilerplate, specifics
from scrlint.recommendations.cells import is_placeholder, is_vague_owner
from scrlint.recommendations.measure import has_measure
from scrlint.recommendations.request import request
from scrlint.recommendations.stems import containment, content_stems, similarity, stem
from scrlint.recommendations.timescale import has_timescale
from scrlint.recommendations.traceability import cites_finding
from scrlint.recommendations.weak_actions import main_action_is_ensure, vague_action
from tests.conftest import FIXTURES

PROFILES = load_profiles([pack_root()])
REPORTS = FIXTURES / "reports"


def _found(source: str, profile: str = "generic", *, text: bool = False) -> Recommendations:
    reader = read_text if text else read_markdown
    document = reader("r.txt" if text else "r.md", source)
    return recommendations(document, PROFILES[profile])


def _texts(source: str, profile: str = "generic") -> list[str]:
    return [item.text for item in _found(source, profile)]


# --- finding the recommendations --------------------------------------------------------------


def test_top_level_items_with_their_sub_items_and_continuations() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\nThe review makes two recommendations.\n\n"
        "1. The ICB should:\n   - audit the protocol;\n   - revise it.\n\n"
        "   It will report to the Partnership.\n"
        "2. The police will revise custody guidance.\n"
    )
    assert [item.number for item in found] == ["1", "2"]
    assert found.items[0].text == (
        "The ICB should:\naudit the protocol;\nrevise it.\nIt will report to the Partnership."
    )
    assert found.items[0].blocks[0].text == "The ICB should:"
    assert len(found) == 2


def test_numbered_paragraphs_and_labels() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\nRecommendation 1: The ICB will audit referrals.\n\n"
        "R2 The police will revise guidance.\n\n12.3 Schools will record late collections.\n\n"
        "Recommendation 4\n\nThe Partnership will publish a strategy.\n\n"
        "### Recommendation 5\n\nThe council will commission advocacy.\n"
    )
    assert [(item.number, item.text) for item in found] == [
        ("1", "The ICB will audit referrals."),
        ("2", "The police will revise guidance."),
        ("12.3", "Schools will record late collections."),
        ("4", "The Partnership will publish a strategy."),
        ("5", "The council will commission advocacy."),
    ]
    # a bare label's finding belongs on its text
    assert found.items[3].blocks[0].text == "The Partnership will publish a strategy."


def test_group_labels_make_their_sub_items_recommendations() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\n- Children's social care:\n  - Audit pre-birth cases.\n"
        "  - Revise the step-down protocol.\n"
    )
    assert [item.text for item in found] == [
        "Audit pre-birth cases.",
        "Revise the step-down protocol.",
    ]
    assert all("Children's social care" in item.context for item in found)


def test_rows_pair_with_recommendations_by_number() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\n1. The ICB will audit referrals.\n"
        "2. The police will revise guidance.\n\n## Action plan\n\n"
        "| Recommendation | Action | Lead agency / owner | Target date | Measure of success |\n"
        "|---|---|---|---|---|\n"
        "| 2 (Finding 1) | Revise guidance | Head of public protection | TBC | Audit 20 cases |\n"
        "| 1 | Audit referrals | ICB designated doctor | March 2026 |  |\n"
    )
    assert len(found) == 2
    first, second = found.items
    assert (first.owner, first.timescale, first.measure) == (
        "ICB designated doctor",
        "March 2026",
        "",
    )
    assert (second.owner, second.timescale, second.measure) == (
        "Head of public protection",
        "",
        "Audit 20 cases",
    )
    assert "(Finding 1)" in second.row_text


def test_rows_pair_by_wording_without_numbers() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\n- The ICB will audit bruising referrals by June.\n"
        "- The police will revise custody guidance.\n\n## Action plan\n\n"
        "| Action | Owner |\n|---|---|\n| Revise custody guidance | Head of public protection |\n"
    )
    assert [item.owner for item in found] == ["", "Head of public protection"]


def test_rows_alone_are_recommendations_and_parts_merge() -> None:
    found = _found(
        "# R\n\n## Action plan\n\n| Recommendation | Action | Owner | Timescale |\n"
        "|---|---|---|---|\n| 1a | Revise the protocol | ICB | March 2026 |\n"
        "| 1b | Audit its use | ICB | June 2026 |\n| 2 | Refresh training | All agencies | TBC |\n"
    )
    assert [(item.number, item.text, item.timescale) for item in found] == [
        ("1", "Revise the protocol", "March 2026; June 2026"),
        ("2", "Refresh training", ""),
    ]
    assert found.items[0].blocks[0].text == "Revise the protocol"


def test_action_plan_written_as_text_rows() -> None:
    found = _found(
        "Review\n\nRECOMMENDATIONS\n\n1. The ICB will revise the protocol.\n\nACTION PLAN\n\n"
        "- Recommendation 1. Action: Revise the protocol. Lead agency / owner: ICB designated "
        "doctor. Target date: March 2026. Measure of success: Audit of 40 referrals.\n",
        text=True,
    )
    assert len(found) == 1
    item = found.items[0]
    assert (item.owner, item.timescale, item.measure) == (
        "ICB designated doctor",
        "March 2026",
        "Audit of 40 referrals",
    )


def test_actions_taken_and_questions_are_not_recommendations() -> None:
    texts = _texts(
        "# R\n\n## Immediate actions\n\n"
        "- On 8 February 2024 the designated doctor sent a briefing to every practice.\n"
        "- The trust has told all health visitors to record every adult.\n"
        "- Children's Services is auditing 14 pre-birth cases.\n"
        "- The ICB will add the protocol to the locum pack by 31 March 2024.\n",
        "rapid-review@2023",
    )
    assert texts == ["The ICB will add the protocol to the locum pack by 31 March 2024."]
    assert _texts("# R\n\n## Recommendations\n\n1. How can the Board be assured of this?\n") == []
    # A request whose that-clause reports something done is still a recommendation.
    assert _texts(
        "# R\n\n## Recommendations\n\n1. Assurance is sought that the plan has been met.\n"
    )


def test_unlisted_sections_read_their_recommending_paragraphs() -> None:
    texts = _texts(
        "# R\n\n## Recommendations\n\nThe review makes two recommendations.\n\n"
        "It is recommended that training is reviewed.\n\nRefresher training on neglect for "
        "all staff.\n\nThe review raises issues that Calderford cannot solve alone.\n"
    )
    assert texts == [
        "It is recommended that training is reviewed.",
        "Refresher training on neglect for all staff.",
    ]


def test_list_items_in_an_action_plan_are_not_recommendations() -> None:
    assert _texts("# R\n\n## Action plan\n\n- Audit the protocol.\n- Revise the guidance.\n") == []


def test_a_summary_list_repeated_later_is_counted_once() -> None:
    source = (
        "# R\n\n## Summary of recommendations\n\n1. The ICB will audit the protocol.\n\n"
        "## Recommendations\n\n1. The ICB will audit the protocol.\n2. The police will act.\n"
    )
    assert [item.number for item in _found(source)] == ["1", "2"]


def test_labels_are_positions_when_numbers_repeat() -> None:
    found = _found(
        "# R\n\n## Recommendations\n\n### For the ICB\n\n1. Audit referrals.\n2. Revise it.\n\n"
        "### For the police\n\n1. Revise custody guidance.\n"
    )
    assert [(item.number, item.label) for item in found] == [("1", "1"), ("2", "2"), ("1", "3")]
    assert [item.label for item in _found("# R\n\n## Recommendations\n\n3. A.\n4. B.\n")] == [
        "3",
        "4",
    ]


def test_found_once_per_document_and_profile() -> None:
    document = read_markdown("r.md", "# R\n\n## Recommendations\n\n1. The ICB will act.\n")
    first = recommendations(document, PROFILES["generic"])
    assert recommendations(document, PROFILES["generic"]) is first
    assert first.items[0].label == "1"


# --- wording ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ICB should revise the protocol.", True),
        ("Thornbury Council will publish a strategy.", True),
        ("The protocol should be revised by the Partnership.", True),
        ("It is recommended that children's social care reviews its guidance.", True),
        ("The ICB to review the protocol.", True),
        ("When a baby is bruised, GPs should refer.", True),
        ("It is recommended that training is reviewed.", False),
        ("All agencies should review their policies.", False),
        ("Professionals across the partnership should use the toolkit.", False),
        ("GPs should be made aware of the procedure.", False),
        ("Training should be provided by March 2026 to all GPs.", False),
        ("Ensure that MASH checks are thorough.", False),
        ("All Thornbury agencies should act.", False),
        ("Practitioners working with families where there is drug misuse should refer.", False),
        ("Recommendation for the ICB and the Council jointly: a plan should be agreed.", True),
    ],
)
def test_addressee(text: str, expected: bool) -> None:
    assert has_addressee(text) is expected


def test_bodies_and_vague_owners() -> None:
    assert names_body("Ashdown Partnership") and names_body("Head of MASH")
    assert not names_body("all agencies and practitioners")
    assert is_vague_owner("All agencies") and is_vague_owner("Partners") and is_vague_owner("TBC")
    assert not is_vague_owner("HV service")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The ICB should consider reviewing the protocol.", "consider"),
        ("Consideration should be given to a new service.", "give consideration to"),
        ("It is recommended that agencies consider how they record fathers.", "consider"),
        ("Staff should be made aware of the procedure.", "be aware"),
        (
            "The police should ensure that officers are aware of the NRM.",
            "ensure that staff are mindful",
        ),
        ("Remind staff of the protocol.", "remind"),
        (
            "Finding 2 showed drift. The ICB should explore whether a nurse is needed.",
            "explore whether",
        ),
        ("The ICB should revise the protocol so that practitioners consider a referral.", None),
        ("Revise the policy so that practitioners are aware of it.", None),
        ("Health visitors should recognise the signs of neglect.", "recognise"),
        ("Schools should have a better understanding of exploitation.", "recognise"),
        ("The police should take into account the history of callouts.", "recognise"),
        ("Managers should remain professionally curious.", "be aware"),
        ("Teachers are reminded of the escalation policy.", "remind"),
        ("The Partnership should acknowledge the findings in its annual report.", None),
        ("The ICB should accept the audit's recommendations.", None),
    ],
)
def test_vague_action(text: str, term: str | None) -> None:
    assert vague_action(text) == term


def test_ensure_as_the_main_action() -> None:
    assert main_action_is_ensure("Children's social care should ensure that children are seen.")
    assert main_action_is_ensure("Ensure that MASH checks are thorough.")
    assert not main_action_is_ensure("Revise the protocol to ensure that fathers are assessed.")
    assert request("The ICB will update its guidance.").main == "updat"


@pytest.mark.parametrize(
    "text",
    [
        "by March 2026",
        "on 31 July 2025",
        "within six months",
        "in the next 12 months",
        "by the end of the year",
        "quarterly",
        "every six months",
        "in spring 2026",
        "before the end of the financial year",
        "three months after publication",
    ],
)
def test_timescales(text: str) -> None:
    assert has_timescale(f"The ICB will act {text}.")


@pytest.mark.parametrize(
    "text", ["as soon as possible", "in a timely manner", "promptly", "when it may", "soon"]
)
def test_not_timescales(text: str) -> None:
    assert not has_timescale(f"The ICB will act {text}.")


def test_placeholders() -> None:
    for cell in (
        "",
        "TBC",
        "Ongoing",
        "As soon as possible",
        "As soon as practicable",
        "At the earliest opportunity",
        "n/a",
        "-",
        "Improved practice",
    ):
        assert is_placeholder(cell), cell
    assert not is_placeholder("March 2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so that every bruised baby is referred", True),
        ("and audit 40 referrals to test whether it is used", True),
        ("and report the results to the Partnership", True),
        ("with a target of 80% of fathers seen", True),
        ("success will be measured by the share of records", True),
        ("reporting to the Partnership on progress", True),
        ("by March 2026", False),
        ("and write to every GP practice", False),
        ("so GPs know", False),
    ],
)
def test_measures(text: str, expected: bool) -> None:
    assert has_measure(f"The ICB will revise the protocol {text}.") is expected


def test_an_evaluation_that_is_the_task_is_not_its_measure() -> None:
    assert not has_measure("The Partnership should commission an independent evaluation of X.")
    assert not has_measure("The ICB should evaluate the new pathway after twelve months.")
    assert has_measure("The ICB should train GPs and evaluate the training through an audit.")
    assert has_measure("The ICB should commission an evaluation of X and evaluate its use.")


def test_citations_of_findings() -> None:
    for text in (
        "(Finding 3)",
        "see finding 2",
        "learning point 4",
        "paragraph 6.3",
        "arising from section 5",
    ):
        assert cites_finding(f"The ICB will act {text}."), text
    assert not cites_finding("The ICB will act on the findings of the audit.")


def test_stems_meet_and_generic_words_drop_out() -> None:
    assert stem("bruising") == stem("bruised") == stem("bruises") == stem("bruise")
    assert stem("policies") == stem("policy")
    assert content_stems("Agencies should train staff in practice.", specific=True) == set()
    assert content_stems("GPs should see the GP record") == {"gp", "see", "record"}
    assert content_stems("The ICB will audit fathers", drop_bodies=True) == {"audit", "father"}
    assert stem("babies") == stem("baby") == "baby"
    assert stem("children") == stem("child")
    assert stem("held") == stem("hold")
    assert content_stems("eighteen children per worker") == content_stems("18 children per worker")


def test_what_a_recommendation_asks_for_without_its_addressee() -> None:
    one = request(
        "Thornbury Council's housing service should send a representative to strategy meetings."
    )
    two = request(
        "Westmoor Drug and Alcohol Service should send a representative to strategy meetings."
    )
    assert one == two
    assert one.main == "send"
    assert one.words == {stem(w) for w in ("send", "representative", "strategy", "meetings")}


@pytest.mark.parametrize(
    "text",
    [
        "Children's social care should carry out an audit of 20 pre-birth assessments.",
        "Children's social care should undertake an audit of twenty pre-birth assessments.",
        "An audit of twenty pre-birth assessments should be carried out by children's social care.",
        "Children's social care should audit twenty pre-birth assessments.",
    ],
)
def test_a_light_verb_with_an_action_noun_reads_as_that_action(text: str) -> None:
    asked = request(text)
    assert (asked.main, asked.words) == ("audit", {"audit", "pre-birth", "assessment"})


def test_a_light_verb_with_another_noun_stays_the_action() -> None:
    assert request("The ICB should make interpreters available at meetings.").main == "make"
    assert request("The ICB should hold a pre-birth panel every month.").main == "hold"


def test_passives_read_as_their_participle_without_their_agent() -> None:
    asked = request("Core group meetings should be held by children's social care every month.")
    assert asked.main == "hold"
    assert asked.words == {"core", "group", "meet", "hold"}


def test_verbs_sharing_an_object_are_one_action() -> None:
    assert request("The Partnership should review and revise the policy.").actions == {
        "review",
        "revis",
    }
    assert request("The ICB should audit the protocol and report the results.").actions == {"audit"}


def test_containment_and_similarity_of_word_sets() -> None:
    shorter, longer = {"a", "b", "c", "d"}, {"a", "b", "c", "d", "e", "f"}
    assert containment(shorter, longer) == 1.0
    assert similarity(shorter, longer) == pytest.approx(4 / 6)
    assert containment(set(), longer) == 0.0


def test_boilerplate_and_its_specifics() -> None:
    assert boilerplate("Refresh training on domestic abuse.") == "refresh training"
    assert boilerplate("The ICB should remind GPs of the protocol.") == "remind staff"
    assert boilerplate("A checklist that reminds officers to ask about children.") is None
    assert boilerplate("Refresh practitioners' training.") == "refresh training"
    assert boilerplate("Reiterate to its staff the importance of recording.") == (
        "reiterate the importance of"
    )
    assert boilerplate("Ensure that the learning from this review is embedded.") == (
        "embed the learning"
    )
    assert specifics("Refresh training on domestic abuse.") == 0
    assert specifics("Refresh training for 120 GPs through a workshop by March 2026.") == 4


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Agencies should make sure staff attend refresher child protection training.",
            ("refresher training"),
        ),
        (
            "The trust should ensure its nurses are familiar with the relevant policies.",
            ("ensure staff are aware of procedures"),
        ),
        (
            "Schools should ensure staff are up to date with their level 2 training.",
            ("ensure staff are aware of procedures"),
        ),
        (
            "Training should be revised to incorporate the lessons of this case.",
            ("update training to reflect the learning"),
        ),
        ("The key messages should be communicated to every agency.", "disseminate the learning"),
        (
            "The police should stress to officers the need to follow procedures.",
            ("reiterate the importance of"),
        ),
        ("Social workers are reminded of their duties.", "remind staff"),
        ("The Board should continue to promote its training offer.", "promote the training offer"),
        ("The ICB should commission a service for fathers.", None),
    ],
)
def test_boilerplate_wording(text: str, term: str | None) -> None:
    assert boilerplate(text) == term


def test_named_content_and_checks_are_specifics() -> None:
    assert specifics("Remind staff of the relevant policies and procedures.") == 0
    assert specifics("Remind staff, by e-mail, that every visit must include the bedroom.") == 2
    assert specifics("Remind staff of the pre-birth pathway and record that this was done.") == 2


# --- the bundled reports --------------------------------------------------------------------


GOOD = sorted([*REPORTS.glob("*/good.md"), *REPORTS.glob("*/good.txt")])


@pytest.mark.parametrize("path", GOOD, ids=[f"{p.parent.name}/{p.name}" for p in GOOD])
def test_good_reports_have_no_recommendation_warnings(engine: Engine, path: Path) -> None:
    # tests/test_report_content.py holds them to no REC finding at all, info included.
    result = engine.check_file(path, Overrides(select=("REC",)))
    assert result.error is None
    warnings = [(f.code, f.start.line) for f in result.findings if f.severity is not Severity.INFO]
    assert warnings == []


def _planted() -> list[tuple[str, str]]:
    cases = []
    for manifest in sorted(REPORTS.glob("*/flaws.yml")):
        data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        for item in data.get("planted") or []:
            if item["family"] == "REC" and item.get("text"):
                cases.append((manifest.parent.name, item["text"]))
    return cases


@pytest.mark.parametrize(("profile", "text"), _planted())
def test_planted_recommendation_flaws_are_found_on_their_lines(
    engine: Engine, profile: str, text: str
) -> None:
    path = REPORTS / profile / "flawed.md"
    source = path.read_text(encoding="utf-8")
    located = re.search(r"\s+".join(map(re.escape, text.split())), source)
    assert located is not None
    line = source.count("\n", 0, located.start()) + 1
    result = engine.check_file(path, Overrides(select=("REC",)))
    assert line in {f.start.line for f in result.findings}
