"""The engine: crashing rules, third-party plugins, severities and options."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest

from scrlint.config import Config
from scrlint.engine import Engine, Overrides
from scrlint.errors import ConfigError, PluginError
from scrlint.finding import Finding, Severity
from scrlint.rule import Citation, Example, Rule, RuleContext, RuleMeta

REPORT = "# Executive summary\n\n## Introduction\n\nThe report of Ellie Marsh.\n"


class Exploding(Rule):
    meta = RuleMeta(
        code="TST001",
        name="exploding",
        severity=Severity.WARNING,
        dimension="tool",
        summary="Always raises.",
        rationale="Test.",
        limitations="Test.",
        guidance=(Citation("S17", "test"),),
        bad=(Example("x"),),
        good=(Example("y"),),
    )

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        raise KeyError("Ellie Marsh")  # an exception message that quotes the report


def _engine_with(*rules: Rule) -> Engine:
    engine = Engine()
    setup = engine.setup(Config())
    from scrlint.engine import Setup
    from scrlint.registry import Registry

    engine._setups[((), ())] = Setup(Registry([*setup.registry, *rules]), setup.profiles)
    return engine


def test_crashing_rule_becomes_slt001_and_others_still_run() -> None:
    engine = _engine_with(Exploding())
    result = engine.check_text(REPORT, "r.md", Config(), Overrides(profile="exec-summary@2010"))
    codes = [f.code for f in result.findings]
    assert "SLT001" in codes and "STR001" in codes
    crash = next(f for f in result.findings if f.code == "SLT001")
    assert "TST001 (exploding) raised KeyError" in crash.message
    assert "Ellie" not in crash.message, "the exception's text may quote the report"
    assert crash.severity is Severity.ERROR


def test_ignored_slt001_hides_the_crash_but_not_other_findings() -> None:
    engine = _engine_with(Exploding())
    result = engine.check_text(
        REPORT, "r.md", Config(ignore=("SLT001",)), Overrides(profile="exec-summary@2010")
    )
    assert "SLT001" not in {f.code for f in result.findings}
    assert "STR001" in {f.code for f in result.findings}


def test_severity_override_and_off(engine: Engine) -> None:
    config = Config(severity={"STR001": "warning", "STR003": "off"})
    result = engine.check_text(REPORT, "r.md", config, Overrides(profile="exec-summary@2010"))
    assert {f.severity for f in result.findings if f.code == "STR001"} == {Severity.WARNING}
    assert "STR003" not in {f.code for f in result.findings}


def test_more_specific_severity_wins(engine: Engine) -> None:
    config = Config(severity={"STR": "info", "STR001": "error"})
    result = engine.check_text(REPORT, "r.md", config, Overrides(profile="exec-summary@2010"))
    levels = {f.code: f.severity for f in result.findings}
    assert levels["STR001"] is Severity.ERROR and levels["STR003"] is Severity.INFO


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"STR999": {"x": 1}}, "options.STR999: no such rule"),
        ({"STR003": {"min_words": 3}}, "options.STR003.min_words: unknown option"),
        ({"STR003": {"min-words": "many"}}, "options.STR003.min-words: 'many' is not of type"),
    ],
)
def test_bad_rule_options_are_config_errors(
    engine: Engine, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        engine.check_text(REPORT, "r.md", Config(options=options))


def _plugin(tmp_path: Path, name: str, module_source: str, target: str) -> None:
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(module_source), encoding="utf-8")
    dist = tmp_path / f"{name}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(f"[scrlint.rules]\n{name} = {target}\n")


GOOD_PLUGIN = """
    from scrlint.finding import Severity
    from scrlint.rule import Citation, Example, Rule, RuleMeta

    class NoWidgets(Rule):
        meta = RuleMeta(code="HSE001", name="no-widgets", severity=Severity.WARNING,
                        dimension="readability", summary="No widgets.", rationale="House style.",
                        limitations="Only the word widget.", guidance=(Citation("S17", "x"),),
                        bad=(Example("widget"),), good=(Example("gadget"),))

        def check(self, ctx):
            for block in ctx.document.blocks():
                at = block.text.find("widget")
                if at >= 0:
                    yield ctx.finding("Avoid 'widget'.", *block.source_span(at, at + 6))

    def rules():
        return [NoWidgets]
"""


def test_plugin_rules_load_and_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _plugin(tmp_path, "house_widgets", GOOD_PLUGIN, "house_widgets:rules")
    monkeypatch.syspath_prepend(str(tmp_path))
    engine = Engine()
    result = engine.check_text(
        "# Notes\n\nA widget here.\n", "n.md", Config(), Overrides(select=("HSE",))
    )
    assert [(f.code, f.start.line, f.start.column) for f in result.findings] == [("HSE001", 3, 3)]
    assert engine.warnings == []


def test_broken_plugin_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plugin(tmp_path, "broken_plugin", "import no_such_module\n", "broken_plugin:rules")
    monkeypatch.syspath_prepend(str(tmp_path))
    engine = Engine()
    result = engine.check_text("# Notes\n", "n.md", Config())
    assert result.error is None
    assert len(engine.warnings) == 1
    assert "plugin broken_plugin (broken_plugin 1.0) failed to load" in engine.warnings[0]
    assert "ModuleNotFoundError" in engine.warnings[0]


def test_required_broken_plugin_fails_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plugin(tmp_path, "broken_plugin", "import no_such_module\n", "broken_plugin:rules")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match="required plugin broken_plugin"):
        Engine().check_text("# Notes\n", "n.md", Config(require_plugins=("broken_plugin",)))
    with pytest.raises(PluginError, match="'absent' is not installed"):
        Engine().check_text("# Notes\n", "n.md", Config(require_plugins=("absent",)))


def test_plugin_reusing_a_builtin_code_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plugin(tmp_path, "clash", GOOD_PLUGIN.replace("HSE001", "STR001"), "clash:rules")
    monkeypatch.syspath_prepend(str(tmp_path))
    engine = Engine()
    registry = engine.setup(Config()).registry
    assert registry.get("STR001").meta.name == "missing-required-section"
    assert any("plugin clash skipped" in w for w in engine.warnings)


BAD_PACK_PLUGIN = """
    from pathlib import Path

    def rules():
        return [Path(__file__).parent / "bad_pack"]
"""


def test_plugin_with_an_invalid_pack_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _plugin(tmp_path, "bad_pack_plugin", BAD_PACK_PLUGIN, "bad_pack_plugin:rules")
    (tmp_path / "bad_pack").mkdir()
    (tmp_path / "bad_pack" / "XYZ001-bad.yaml").write_text("code: [unclosed\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    engine = Engine()
    result = engine.check_text("# Notes\n", "n.md", Config())
    assert result.error is None
    assert any(
        "plugin bad_pack_plugin skipped" in w and "invalid YAML" in w for w in engine.warnings
    )
    with pytest.raises(PluginError, match="required plugin bad_pack_plugin"):
        Engine().check_text("# Notes\n", "n.md", Config(require_plugins=("bad_pack_plugin",)))


def test_without_a_model_sentence_rules_are_skipped_and_reported() -> None:
    from scrlint.nlp import NlpLayer

    engine = Engine(NlpLayer(model_names=("no_such_model",)))
    text = "# Review\n\n## The lead reviewer\n\nThe reviewer is a social worker.\n"
    overrides = Overrides(profile="lcspr@2023", select=("IND001", "STR", "SLT"))
    findings = engine.check_text(text, "r.md", Config(), overrides).findings
    codes = [f.code for f in findings]
    assert "SLT006" in codes and "SLT001" not in codes and "IND001" not in codes
    (missing,) = [f for f in findings if f.code == "SLT006"]
    assert "IND001" in missing.message and missing.severity is Severity.INFO
    assert any(code.startswith("STR") for code in codes)  # rules without NLP still ran
