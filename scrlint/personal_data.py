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
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # CommonMark: any ASCII punctuation


def mask(text: str) -> str:
    """Mask personal data for display: 'Jane Smith' -> 'J*** S****'."""
    return _WORD_CHARS.sub("*", text)


def personal_texts(findings: Iterable[Finding], source: str) -> list[str]:
    """The source texts the personal-data findings cover, longest first.

    A text with Markdown backslash escapes ("jane\\_doe", as a Word draft's underscores are
    written) also comes unescaped, as headings, section paths and a Word paragraph show it.
    """
    texts = {source[f.start.offset : f.end.offset] for f in findings if f.personal_data}
    texts |= {_MARKDOWN_ESCAPE.sub(r"\1", t) for t in texts}
    return sorted((t for t in texts if t.strip()), key=len, reverse=True)


def masked(text: str, personal: list[str]) -> str:
    """``text`` with every occurrence of each personal text masked."""
    for item in personal:
        if item in text:
            text = text.replace(item, mask(item))
    return text


def masked_line(line: str, personal: list[str]) -> str:
    """``masked``, and also a personal text that a page broke across lines: the line ending in
    its first words or starting with its last words ("… wrote to Ada" / "Okonjo on …")."""
    line = masked(line, personal)
    for item in personal:
        words = item.split()
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            body = line.rstrip()
            if body.endswith(head) and not body[: -len(head)][-1:].isalnum():
                line = body[: -len(head)] + mask(head) + line[len(body) :]
            if line.lstrip().startswith(tail):
                start = len(line) - len(line.lstrip())
                after = line[start + len(tail) : start + len(tail) + 1]
                if not after.isalnum():
                    line = line[:start] + mask(tail) + line[start + len(tail) :]
    return line


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
