"""The structure kinds of YAML rule: each kind is one class; a YAML file supplies the rest.

Adding a kind: write a class (here, or in a module of its own), add it to ``KINDS`` in
``scrlint/packs/catalog.py``, and add its name (and any keys of its own, as an ``allOf``
branch) to ``schemas/rule.schema.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from scrlint.document import Section
from scrlint.finding import Finding
from scrlint.rule import Rule, RuleContext, RuleMeta
from scrlint.statements.model import Statement
from scrlint.structure import longest_in_order, outline


class YamlRule(Rule):
    """A rule defined by a YAML file; ``placeholders`` are the names its message may use."""

    placeholders: ClassVar[frozenset[str]] = frozenset()
    needs: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        meta: RuleMeta,
        message: str,
        params: Mapping[str, Any],
        statements: Mapping[str, Statement] | None = None,
    ) -> None:
        """``statements`` are those the rule's pack can name (its own and the bundled ones)."""
        self.meta = meta  # type: ignore[misc]  # instance metadata, unlike Python rules
        self.message = message
        self.params = params
        self.statements = statements
        self.prepare()

    def prepare(self) -> None:
        """Check and compile the kind's own keys once, at load (a kind overrides this).

        Raises:
            PackError: a key names something that does not exist.
        """

    def render(self, **values: object) -> str:
        return self.message.format_map(values)


class RequiredSection(YamlRule):
    """A required section of the profile is missing; located where it belongs."""

    placeholders = frozenset({"section", "where"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        shape = outline(ctx.document, ctx.profile)
        present = shape.first_match
        specs = ctx.profile.sections
        for index, spec in enumerate(specs):
            if not spec.required or spec.id in present:
                continue
            following = [present[s.id] for s in specs[index + 1 :] if s.id in present]
            preceding = [present[s.id] for s in specs[:index] if s.id in present]
            if following:
                anchor = min(following, key=lambda s: s.start)
                assert anchor.heading is not None
                where = f"before '{anchor.title}'"
                start, end = anchor.heading.start, anchor.heading.end
            elif preceding:
                anchor = max(preceding, key=lambda s: s.start)
                where = f"after '{anchor.title}'"
                start, end = _last_line(ctx, anchor)
            else:
                # Nothing to place it by: point at the first heading (or text), never at 1:1
                # of the front matter.
                first = next(iter(ctx.document.blocks()), None)
                where = "in the report; none of the profile's sections were found"
                start, end = (first.start, first.end) if first is not None else (0, 0)
            yield ctx.finding(
                self.render(section=spec.title, where=where),
                start,
                end,
                anchor=f"missing {spec.id}",
            )


def _last_line(ctx: RuleContext, section: Section) -> tuple[int, int]:
    """The span of a section's last line of text, where a missing next section belongs."""
    ends = [b.end for b in section.all_blocks()]
    last = max(ends) if ends else section.heading.end if section.heading else section.start
    line = ctx.document.position(max(last - 1, section.start)).line
    lines = ctx.document.lines
    return lines.line_start(line), lines.line_end(line)


class SectionOrder(YamlRule):
    """Expected sections appear out of the profile's order."""

    placeholders = frozenset({"section", "actual", "other", "expected"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        shape = outline(ctx.document, ctx.profile)
        # One entry per expected section, at the first section standing for it.
        entries = sorted(
            (
                (section, shape.spec_index(spec))
                for spec in ctx.profile.sections
                if (section := shape.first_match.get(spec.id)) is not None
            ),
            key=lambda entry: (entry[0].start, entry[1]),
        )
        indices = [index for _section, index in entries]
        in_order = longest_in_order(indices)
        reported: set[int] = set()
        for position, (section, index) in enumerate(entries):
            if position in in_order or section.heading is None or id(section) in reported:
                continue
            reported.add(id(section))
            earlier = [p for p in range(position) if indices[p] > index]
            if earlier:
                other, actual, expected = entries[earlier[0]][0], "after", "before"
            else:
                later = [p for p in range(position + 1, len(entries)) if indices[p] < index]
                other, actual, expected = entries[later[0]][0], "before", "after"
            yield ctx.finding(
                self.render(
                    section=section.title, actual=actual, other=other.title, expected=expected
                ),
                section.heading.start,
                section.heading.end,
            )


class SectionLength(YamlRule):
    """A required section is present but empty or trivially short."""

    placeholders = frozenset({"section", "words", "minimum"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        default_minimum = int(ctx.options["min-words"])
        for section, spec in outline(ctx.document, ctx.profile).matches:
            if not spec.required or section.heading is None:
                continue
            minimum = spec.min_words if spec.min_words is not None else default_minimum
            words = section.word_count()
            if words < minimum:
                yield ctx.finding(
                    self.render(section=section.title, words=words, minimum=minimum),
                    section.heading.start,
                    section.heading.end,
                )


class DuplicateSection(YamlRule):
    """The same section appears twice under one parent."""

    placeholders = frozenset({"section", "line"})

    def check(self, ctx: RuleContext) -> Iterable[Finding]:
        shape = outline(ctx.document, ctx.profile)
        body = set(map(id, shape.body_sections))
        for parent in ctx.document.root.walk():
            seen: dict[str, int] = {}
            for child in parent.children:
                if id(child) not in body or child.heading is None or not child.key:
                    continue
                if child.key in seen:
                    line = ctx.document.position(seen[child.key]).line
                    yield ctx.finding(
                        self.render(section=child.title, line=line),
                        child.heading.start,
                        child.heading.end,
                    )
                else:
                    seen[child.key] = child.heading.start
