"""One document's selected rules with everything they see: runnable here or in the NLP worker.

A ``RuleRun`` pickles (rules, document, profile, options), so the sentence rules of a single
report can run in the worker process that has spaCy loaded (``scrlint.worker``) while this
process runs the others, with the same findings either way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from scrlint.config import Config
from scrlint.document import Document
from scrlint.finding import Finding, Severity
from scrlint.nlp import NlpLayer
from scrlint.profiles import Profile, ProfileChoice
from scrlint.rule import Rule, RuleContext

LOG = logging.getLogger(__name__)
CRASH = "SLT001"
NLP_MISSING = "SLT006"


@dataclass(frozen=True)
class RuleRun:
    """The rules enabled for one document, with their severities and options."""

    document: Document
    profile: Profile
    choice: ProfileChoice
    config: Config
    rules: Mapping[str, Rule]  # the rules this run may execute or report as, by code
    enabled: frozenset[str]
    levels: Mapping[str, Severity | None]
    options: Mapping[str, Mapping[str, Any]]

    def only(self, codes: Iterable[str]) -> RuleRun:
        """This run cut down to ``codes`` and the tool rules it reports through."""
        kept = {*codes, CRASH, NLP_MISSING}
        return replace(self, rules={c: r for c, r in self.rules.items() if c in kept})

    def context(self, rule: Rule, nlp: NlpLayer) -> RuleContext:
        code = rule.meta.code
        level = self.levels.get(code) or rule.meta.severity
        options = self.options.get(code, {})
        return RuleContext(
            rule.meta, self.document, self.profile, options, level, nlp, self.choice, self.config
        )

    def report(
        self, code: str, message: str, start: int, end: int, nlp: NlpLayer
    ) -> Finding | None:
        """A finding of ``code`` (a tool rule, usually), or None when it is not enabled."""
        if code not in self.enabled:
            return None
        return self.context(self.rules[code], nlp).finding(message, start, end, anchor=message)

    def run(self, codes: Iterable[str], nlp: NlpLayer) -> tuple[list[Finding], list[str]]:
        """The findings of ``codes``, and the codes skipped for want of a spaCy model.

        A rule that raises becomes an SLT001 finding and the others still run.
        """
        found: list[Finding] = []
        skipped: list[str] = []
        for code in codes:
            rule = self.rules[code]
            if rule.meta.needs and not nlp.available:
                skipped.append(code)
                continue
            try:
                found.extend(rule.check(self.context(rule, nlp)))
            except Exception as exc:  # a rule's bug must not stop the other rules
                LOG.debug("rule %s crashed on %s", code, self.document.path, exc_info=True)
                # NOTE: only the exception type is shown: its message may quote the report.
                crashed = self.report(
                    CRASH,
                    f"Rule {code} ({rule.meta.name}) raised {type(exc).__name__}, so its "
                    "findings are missing; please report it, or silence it with "
                    f"<!-- scrlint-disable {code} -- reason -->.",
                    *self.crash_span(),
                    nlp,
                )
                found.extend([crashed] if crashed else [])
        return found, skipped

    def crash_span(self) -> tuple[int, int]:
        """Where a document-level tool finding points: the first heading, else the start."""
        first = next(iter(self.document.blocks()), None)
        return (first.start, first.end) if first else (0, 0)


@dataclass(frozen=True)
class SentenceJob:
    """The sentence rules of a run, as the NLP worker receives them."""

    run: RuleRun
    codes: tuple[str, ...]

    def __call__(self, nlp: NlpLayer) -> tuple[list[Finding], list[str]]:
        return self.run.run(self.codes, nlp)
