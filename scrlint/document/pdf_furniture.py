"""Running headers, footers and page numbers of a PDF: on the page, but not the report's text."""

from __future__ import annotations

import re
from collections import Counter

from scrlint.document.pdf_layout import Fragment, Page
from scrlint.document.pdf_tables import in_tables

_MARGIN = 0.1  # the top and bottom tenth of a page hold headers and footers
_PAGE_NUMBER = re.compile(
    r"^(?:page\s+)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-–—)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def furniture_ids(pages: list[Page]) -> set[int]:
    """Ids of header, footer and page-number fragments.

    A header or footer is a line in the top or bottom margin that repeats (digits aside) on at
    least half the pages; a page number is alone on the first or last line of its page.
    """
    seen: dict[tuple[bool, str], set[int]] = {}
    candidates: list[tuple[Fragment, tuple[bool, str], bool]] = []
    for page in pages:
        tables = in_tables(page)
        lines = Counter(f.line for f in page.fragments)
        last = max(lines, default=0)
        for fragment in page.fragments:
            top = fragment.bottom < page.height * _MARGIN
            if id(fragment) in tables or (not top and fragment.top < page.height * (1 - _MARGIN)):
                continue
            key = (top, re.sub(r"\d+", "#", " ".join(fragment.text.lower().split())))
            seen.setdefault(key, set()).add(page.number)
            alone = lines[fragment.line] == 1 and fragment.line in (1, last)
            candidates.append((fragment, key, alone))
    needed = max(2, (len(pages) + 1) // 2)
    return {
        id(fragment)
        for fragment, key, alone in candidates
        if len(seen[key]) >= needed or (alone and _PAGE_NUMBER.match(fragment.text.strip()))
    }
