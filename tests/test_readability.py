"""Readability figures: the inputs, the formulas, the scored units, and syllables as textstat
counts them, offline."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from scrlint.document.markdown import read_markdown
from scrlint.readability import Figures, measure, prose_without_quotations, units, word_syllables
from scrlint.sentences import sentence_spans
from tests.conftest import FIXTURES, ROOT

PLAIN = (
    "The family moved house three times in two years. Each time, the new school did not know "
    "about the old worries. Child A was often late and often hungry. Her teacher saw this and told "
    "the head. The head rang the duty team, but the call was not written down. Nobody rang back. "
)


def test_formulas_use_the_inputs_shown() -> None:
    figures = Figures(words=120, sentences=6, syllables=180)
    assert figures.words_per_sentence == 20 and figures.syllables_per_word == 1.5
    assert figures.reading_ease == pytest.approx(206.835 - 1.015 * 20 - 84.6 * 1.5)
    assert figures.grade == pytest.approx(0.39 * 20 + 11.8 * 1.5 - 15.59)
    assert figures.inputs() == (
        "120 words, 6 sentences, 180 syllables: 20.0 words a sentence, 1.50 syllables a word"
    )
    assert Figures(0, 0, 0).reading_ease == 206.835  # no division by zero


def test_sentences_and_words_agree_with_the_sentence_length_rule() -> None:
    text = "Dr. Shah saw Child A. on 3 May; the referral under s. 47 followed. Nobody rang back."
    figures = measure([text])
    assert figures.sentences == len(sentence_spans(text)) == 2
    assert figures.words == len(text.split())


def test_punctuation_alone_is_not_a_word() -> None:
    assert measure(["The plan – such as it was – closed."]).words == 7


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("the", 1), ("area", 3), ("safeguarding", 3), ("Mother's", 2), ("multi-agency", 5), ("", 0)],
)
def test_word_syllables(word: str, syllables: int) -> None:
    assert word_syllables(word) == syllables


def test_syllables_match_textstat_on_every_bundled_report() -> None:
    textstat = pytest.importorskip("textstat")
    tokens = {
        token
        for path in sorted((FIXTURES / "reports").glob("*/*.md"))
        for token in path.read_text(encoding="utf-8").split()
    }
    differ = {t for t in tokens if word_syllables(t) != textstat.syllable_count(t)}
    assert not differ


def test_hyphenation_points_match_pyphen() -> None:
    pyphen = pytest.importorskip("pyphen")
    from scrlint.readability import _cmu_lines, _hyphenation

    words = [line.split(" ", 1)[0] for line in _cmu_lines()[::40] if line[:1].isalpha()]
    words += ["wrexley", "multiagency", "s47", "2024", "coordinator", "lcspr", "x"]
    reference = pyphen.Pyphen(lang="en_US")
    differ = [w for w in words if _hyphenation().positions(w) != list(reference.positions(w))]
    assert len(words) > 3000 and not differ


def test_quotations_are_blanked_keeping_offsets() -> None:
    text = "Mother said “I could not cope” and left. He wrote ‘don’t come back’ on the door."
    blanked = prose_without_quotations(text)
    assert len(blanked) == len(text)
    assert "cope" not in blanked and "come" not in blanked and "don" not in blanked
    assert blanked.startswith("Mother said ") and "and left." in blanked


def _document(body: str) -> object:
    return read_markdown("r.md", textwrap.dedent(body))


def test_a_section_long_enough_is_scored_on_its_own_paragraphs() -> None:
    document = read_markdown(
        "r.md",
        f"# Review\n\n## Analysis\n\n{PLAIN * 2}\n\n- {PLAIN * 2}\n\n> {PLAIN}\n\n"
        "| a | b |\n|---|---|\n| one two | three |\n",
    )
    (unit,) = units(document, 100)
    assert unit.section.title == "Analysis" and not unit.merged
    assert unit.figures == measure([PLAIN * 2])  # the list, quotation and table are left out
    assert unit.scope() == "this section's paragraphs"


def test_short_subsections_merge_into_their_parent_and_long_ones_stand_alone() -> None:
    document = read_markdown(
        "r.md",
        "# Review\n\n## Analysis\n\nIntroduction to the analysis.\n\n"
        f"### Episode 1\n\n{PLAIN}\n\n### Episode 2\n\n{PLAIN}\n\n"
        f"### Episode 3\n\n{PLAIN * 3}\n\n## Findings\n\nToo short to score.\n",
    )
    found = units(document, 100)
    assert [u.section.title for u in found] == ["Analysis", "Episode 3"]
    analysis = found[0]
    assert [s.title for s in analysis.merged] == ["Episode 1", "Episode 2"]
    assert analysis.scope() == "the paragraphs of this section and its 2 short subsections"
    assert units(document, 100) is found  # cached per document


def test_glossary_and_title_preface() -> None:
    document = read_markdown(
        "r.md", f"# Review\n\n{PLAIN * 2}\n\n## Glossary\n\n{PLAIN * 2}\n\n## Analysis\n\nShort.\n"
    )
    assert [u.section.title for u in units(document, 100)] == ["Review"]


def test_readability_works_with_the_network_blocked() -> None:
    """textstat 0.7.9 and later fetch NLTK data on first use; the pinned data must be local."""
    script = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network blocked by the test")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        import textstat
        from scrlint.config import Config
        from scrlint.engine import Engine, Overrides

        assert textstat.syllable_count("safeguarding partnership") == 6
        sentence = "Comprehensive multi-agency assessment was repeatedly deferred, contributing "
        sentence += "to fragmented intervention. "
        text = "# Review\\n\\n## Analysis\\n\\n" + sentence * 12
        result = Engine().check_text(
            text, "r.md", Config(), Overrides(select=("RDB004", "RDB005"), profile="generic")
        )
        print(sorted({f.code for f in result.findings}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['RDB004', 'RDB005']"
