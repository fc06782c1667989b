"""What every ANO rule shares: report each identifier of its kinds without quoting it."""

from __future__ import annotations

import abc
from collections.abc import Iterable
from typing import ClassVar

from scrlint.finding import Finding
from scrlint.identifiers import Identifier, Kind
from scrlint.rule import Citation, Rule, RuleContext

# What most ANO rules cite: the guidance on what a published report must leave out.
PUBLICATION_GUIDANCE = (
    Citation(
        "S17",
        "personal and sensitive information about family members should not be included",
        "C",
    ),
    Citation("S44", "to protect the confidentiality of relevant family members", "C"),
)


class IdentifierRule(Rule):
    """Base of the ANO rules. Subclasses say which kinds they report and how to fix them.

    The message names the kind ("an NHS number") and never the identifier: findings are
    marked ``personal_data`` so that the text format masks the span and machine formats
    carry no text of it (DESIGN §4).
    """

    kinds: ClassVar[frozenset[Kind]]
    advice: ClassVar[str]  # completes "<A kind> <advice>", e.g. "appears here; remove it ..."

    @abc.abstractmethod
    def identifiers(self, ctx: RuleContext) -> Iterable[Identifier]:
        """Every identifier in the document that this rule's finder sees (any kind)."""

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        for identifier in self.identifiers(ctx):
            if identifier.kind in self.kinds:
                description = identifier.kind.description
                yield ctx.finding(
                    f"{description[0].upper()}{description[1:]} {self.advice}",
                    identifier.start,
                    identifier.end,
                    personal_data=True,
                )
