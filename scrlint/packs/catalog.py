"""Every kind of YAML rule, by the name a rule file gives in ``kind:``."""

from __future__ import annotations

from collections.abc import Mapping

from scrlint.packs.kinds import (
    DuplicateSection,
    RequiredSection,
    SectionLength,
    SectionOrder,
    YamlRule,
)
from scrlint.packs.statement_kinds import StatementFound, StatementRequired
from scrlint.packs.substitution_kind import Substitution

KINDS: Mapping[str, type[YamlRule]] = {
    "required-section": RequiredSection,
    "section-order": SectionOrder,
    "section-length": SectionLength,
    "duplicate-section": DuplicateSection,
    "statement": StatementRequired,
    "existence": StatementFound,
    "substitution": Substitution,
}
