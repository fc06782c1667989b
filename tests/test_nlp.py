"""The NLP layer: the bundled model loads offline, runs only what is needed, and caches."""

from __future__ import annotations

import socket
import subprocess
import sys
from typing import Any

import pytest

from scrlint.nlp import NlpLayer, NlpUnavailable


@pytest.fixture(scope="module")
def layer() -> NlpLayer:
    return NlpLayer()


def test_model_loads_and_splits_sentences_after_pseudonyms(layer: NlpLayer) -> None:
    # spaCy's senter keeps "Child A. She was alone." as one sentence; the parser splits it.
    (doc,) = layer.parse(["The health visitor saw Child A. She was alone."], {"sentences"})
    assert [s.text for s in doc.sents] == ["The health visitor saw Child A.", "She was alone."]
    assert "3.8" in layer.model_name


def test_only_needed_components_run(layer: NlpLayer) -> None:
    (doc,) = layer.parse(["The nurse visited the family in March."], {"sentences"})
    assert not doc.has_annotation("TAG") and not doc.has_annotation("ENT_IOB")
    (parsed,) = layer.parse(["The nurse visited the family in March."], {"parse", "pos"})
    assert parsed.has_annotation("DEP") and parsed.has_annotation("TAG")
    assert layer.components({"ents"}) == frozenset({"tok2vec", "ner"})


def test_parsed_texts_are_cached_by_content(layer: NlpLayer) -> None:
    first = layer.parse(["A short text."], {"parse"})[0]
    again = layer.parse(["A short text."], {"parse"})[0]
    assert first is again


def test_missing_model_is_reported_not_passed() -> None:
    layer = NlpLayer(model_names=("no_such_model_xyz",))
    assert not layer.available
    with pytest.raises(NlpUnavailable, match="no spaCy English model installed"):
        layer.parse(["text"], {"sentences"})


def test_no_network_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("scrlint tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from scrlint.config import Config
    from scrlint.engine import Engine

    engine = Engine(NlpLayer())
    result = engine.check_text("# Rapid review: Baby N\n\nThe ICB met.\n", "r.md", Config())
    assert result.error is None
    assert engine.nlp.parse(["Offline parse."], {"parse", "ents"})


def test_cache_keeps_only_the_most_recent_parses() -> None:
    layer = NlpLayer(cache_size=2)
    first, _second, _third = layer.parse(["One.", "Two.", "Three."], ["tokens"])
    assert layer.parse(["Three."], ["tokens"])[0] is _third  # still cached
    assert layer.parse(["One."], ["tokens"])[0] is not first  # evicted, parsed again


def test_a_context_without_a_layer_refuses_rather_than_passing() -> None:
    from scrlint.bundled import pack_root
    from scrlint.document.markdown import read_markdown
    from scrlint.finding import Severity
    from scrlint.profiles.loader import load_profiles
    from scrlint.rule import RuleContext
    from scrlint.rules.readability.passive_without_agent import PassiveWithoutAgent

    profile = load_profiles([pack_root()])["lcspr@2023"]
    document = read_markdown("r.md", "# R\n\n## Findings\n\nInformation was not shared.\n")
    rule = PassiveWithoutAgent()
    ctx = RuleContext(rule.meta, document, profile, {"sections": ["findings"]}, Severity.INFO)
    with pytest.raises(NlpUnavailable):
        list(rule.check(ctx))


def test_attribute_lookup_gives_what_spacys_ruler_gives_on_the_bundled_reports(
    layer: NlpLayer,
) -> None:
    """Parts of speech, morphology and lemmas come from ``scrlint.attributes``, not spaCy's
    Matcher; they must be identical, token for token."""
    from pathlib import Path

    from scrlint.sentences import sentence_spans

    reports = sorted(Path(__file__).parent.parent.glob("fixtures/reports/*/*.md"))
    texts = [
        paragraph[start:end]
        for report in reports
        for paragraph in report.read_text(encoding="utf-8").split("\n\n")
        for start, end in sentence_spans(paragraph)
    ][::4]
    assert len(texts) > 500
    spacy_own = layer.pipeline()
    with spacy_own.select_pipes(disable=["ner"]):
        expected = list(spacy_own.pipe(texts))
    ours = layer.parse(texts, {"pos", "parse"})
    assert layer._fast_attributes is not None

    def annotations(docs: list[Any]) -> list[tuple[str, ...]]:
        return [(t.text, t.pos_, str(t.morph), t.lemma_, t.dep_) for d in docs for t in d]

    assert annotations(ours) == annotations(expected)


def test_patterns_the_lookup_cannot_apply_are_refused() -> None:
    from scrlint.attributes import FastAttributeRuler, UnsupportedPattern

    with pytest.raises(UnsupportedPattern):
        FastAttributeRuler([{"patterns": [[{"LOWER": {"FUZZY": "x"}}]], "attrs": {"POS": "X"}}])
    with pytest.raises(UnsupportedPattern):
        FastAttributeRuler([{"patterns": [[{"LOWER": "x"}]], "attrs": {"ENT_TYPE": "X"}}])


def test_tokenizer_is_the_models_own(layer: NlpLayer) -> None:
    """The layer starts spaCy from an empty tokenizer that the model's rules then fill; it must
    split text exactly as the model loaded the usual way does."""
    from pathlib import Path

    import spacy

    from scrlint.nlp import MODEL_NAMES

    installed = [n for n in MODEL_NAMES if spacy.util.is_package(n)]
    reference = spacy.load(installed[0], exclude=["ner"])
    text = "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(Path(__file__).parent.parent.glob("fixtures/reports/*/*.md"))
    )
    text += " Dr. Osei can't attend St. Mary's; e.g. the HV's visit (s.47) on 3.4.21."
    assert [t.text for t in layer.pipeline().tokenizer(text)] == [
        t.text for t in reference.tokenizer(text)
    ]


def test_entities_are_loaded_only_when_expected_and_later_on_demand() -> None:
    layer = NlpLayer()
    layer.expect({"parse", "pos"})
    assert "ner" not in layer.pipeline().pipe_names
    (doc,) = layer.parse(["Dr Sarah Okafor met Mother in Thornbury."], {"ents"})
    assert "ner" in layer.pipeline().pipe_names
    assert [e.label_ for e in doc.ents] == ["PERSON", "GPE"]


def test_spacy_is_imported_without_its_command_line_interface() -> None:
    # A fresh interpreter: this test process may have imported spaCy already.
    code = (
        "import sys; from scrlint.nlp import import_spacy; spacy = import_spacy(); "
        "print(sorted(m for m in sys.modules if m.startswith(('spacy.cli', 'typer')))); "
        "import spacy.cli; print(callable(spacy.cli.download), "
        "spacy.info(silent=True)['spacy_version'] == spacy.__version__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:2] == ["[]", "True True"]


def test_a_text_repeated_in_one_call_is_parsed_once(layer: NlpLayer) -> None:
    first, second, other = layer.parse(
        ["A sentence the report repeats.", "A sentence the report repeats.", "Another one."],
        {"parse"},
    )
    assert first is second and other is not first
