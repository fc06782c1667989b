"""Whether a recommendation cites the finding, lesson, section or paragraph it answers."""

from __future__ import annotations

import re

_CITES = re.compile(
    r"\b(?:findings?|learning\s+points?|lessons?|key\s+(?:issues?|findings?|practice\s+episodes?)"
    r"|kpes?|themes?|paragraphs?|paras?\.?|sections?|issues?|recommendations?\s+arising"
    r"|chapters?)\s+\(?\d+(?:\.\d+)*\b"
    r"|\bsee\s+(?:finding|section|paragraph|para)\b|\barising\s+from\s+(?:finding|section|paragraph)",
    re.IGNORECASE,
)


def cites_finding(text: str) -> bool:
    """Whether ``text`` refers to a finding, lesson, section or paragraph by its number."""
    return bool(_CITES.search(text))
