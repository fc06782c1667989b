"""YAML rule kinds over statements: one that must be made, and one that must not be.

``statement`` fires once when no sentence of the report makes the statement, located at the
first sentence that dismisses it (``locate``: another statement), else at the section where it
belongs (``sections``), else at the report's opening; a section of one of the roles named in
``satisfied-by-section`` ("good-practice") makes the statement by having content. ``existence``
fires on every sentence that makes it. Both take ``applies-to`` (report types or profile ids)
and ``when`` (other statements that must be present or absent for the rule to apply).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from scrlint.errors import PackError
from scrlint.finding import Finding
from scrlint.packs.kinds import YamlRule
from scrlint.roles import Role, role_blocks
from scrlint.rule import RuleContext
from scrlint.sentences import sentence_spans
from scrlint.statements import (
    SentenceMatch,
    Statement,
    find_statement,
    load_statements,
    statement_made,
)
from scrlint.statements.recognise import NEEDS
from scrlint.structure import outline

_DENIAL = re.compile(r"\b(?:no|not|none|nothing|never|neither|nor)\b|n[’']t\b", re.IGNORECASE)


class _StatementRule(YamlRule):
    needs = NEEDS

    def prepare(self) -> None:
        known = self.statements if self.statements is not None else load_statements()
        params = self.params
        named = [params["statement"], *_when(params, "present"), *_when(params, "absent")]
        named += [params["locate"]] if "locate" in params else []
        unknown = sorted(set(named) - set(known))
        if unknown:
            raise PackError(f"unknown statement(s) {unknown}")
        self.known: Mapping[str, Statement] = known
        self.statement: Statement = known[params["statement"]]

    def applies(self, ctx: RuleContext) -> bool:
        """Whether the profile is one the rule is for, and its ``when`` conditions hold."""
        targets = self.params.get("applies-to")
        profile = ctx.profile
        if targets and profile.report_type not in targets and profile.id not in targets:
            return False

        def made(statement_id: str) -> bool:
            return (
                statement_made(ctx.document, self.known[statement_id], ctx.language()) is not None
            )

        return all(map(made, _when(self.params, "present"))) and not any(
            map(made, _when(self.params, "absent"))
        )


class StatementRequired(_StatementRule):
    """A statement the profile requires is made nowhere in the report."""

    placeholders = frozenset({"where"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if not self.applies(ctx) or self._section_says_it(ctx):
            return
        shape = outline(ctx.document, ctx.profile)
        home = [s for i in self.params.get("sections", ()) if (s := shape.first_match.get(i))]
        if statement_made(ctx.document, self.statement, ctx.language(), prefer=home) is not None:
            return
        dismissal = self._dismissal(ctx)
        if dismissal is not None:
            start, end = dismissal.source_span()
            section = ctx.document.section_at(start)
            title = section.title if section is not None else "the report"
            yield ctx.finding(
                self.render(where=f"in '{title}' instead of this dismissal"),
                start,
                end,
                anchor=f"missing {self.statement.id}",
            )
            return
        for section_id in self.params.get("sections", ()):
            section = shape.first_match.get(section_id)
            if section is not None and section.heading is not None:
                where, start, end = (
                    f"in '{section.title}'",
                    section.heading.start,
                    section.heading.end,
                )
                break
        else:
            first = next(iter(ctx.document.blocks()), None)
            where = "near the start of the report"
            start, end = (first.start, first.end) if first is not None else (0, 0)
        yield ctx.finding(
            self.render(where=where), start, end, anchor=f"missing {self.statement.id}"
        )

    def _section_says_it(self, ctx: RuleContext) -> bool:
        """Whether a section of one of the ``satisfied-by-section`` roles has content: a heading
        "Good practice" over a sentence that is not a denial ("No good practice was found")."""
        roles = [Role(r) for r in self.params.get("satisfied-by-section", ())]
        if not roles:
            return False
        return any(
            not _DENIAL.search(block.text, start, end)
            for block in role_blocks(ctx.document, ctx.profile, *roles)
            for start, end in sentence_spans(block.text)
        )

    def _dismissal(self, ctx: RuleContext) -> SentenceMatch | None:
        """The first sentence that waves the statement away, where a finding helps most."""
        located_by = self.params.get("locate")
        if located_by is None:
            return None
        return statement_made(ctx.document, self.known[located_by], ctx.language())


class StatementFound(_StatementRule):
    """A statement the report must not make (an admission, a dismissal) is made."""

    placeholders = frozenset({"section"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        if not self.applies(ctx):
            return
        for match in find_statement(ctx.document, self.statement, ctx.language()):
            start, end = match.source_span()
            section = ctx.document.section_at(start)
            title = section.title if section is not None else "the report"
            yield ctx.finding(self.render(section=title), start, end)


def _when(params: Mapping[str, Any], key: str) -> list[str]:
    return list(params.get("when", {}).get(key, ()))
