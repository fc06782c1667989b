"""Keeping personal data out of what scrlint writes (DESIGN §4).

An ANO finding marks its span as personal data. Its text is masked ("J*** S****") wherever
it would otherwise be repeated: in the section paths and messages of every finding of the
document (a heading may hold a name, and a rule may quote a heading), and in the code frames
of the text format. Only ``--show-personal-data`` shows it, and only in the text format.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from scrlint.finding import Finding

_WORD_CHARS = re.compile(r"(?<=\w)\w")


def mask(text: str) -> str:
    """Mask personal data for display: 'Jane Smith' -> 'J*** S****'."""
    return _WORD_CHARS.sub("*", text)


def personal_texts(findings: Iterable[Finding], source: str) -> list[str]:
    """The source texts the personal-data findings cover, longest first."""
    texts = {source[f.start.offset : f.end.offset] for f in findings if f.personal_data}
    return sorted((t for t in texts if t.strip()), key=len, reverse=True)


def masked(text: str, personal: list[str]) -> str:
    """``text`` with every occurrence of each personal text masked."""
    for item in personal:
        if item in text:
            text = text.replace(item, mask(item))
    return text


def mask_findings(findings: list[Finding], source: str) -> list[Finding]:
    """The findings with personal data masked in their messages and section paths."""
    personal = personal_texts(findings, source)
    if not personal:
        return findings
    return [
        dataclasses.replace(
            f, message=masked(f.message, personal), section=masked(f.section, personal)
        )
        for f in findings
    ]
