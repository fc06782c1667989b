"""The structured identifiers of a document: numbers, codes, addresses and dated life events.

These have a fixed shape, so they are found in the prose of every block (paragraphs, list
items, table cells, headings, quotations) without a language model, and mapped back to source
offsets. Emails are also looked for in the raw source, where Markdown keeps link targets
("mailto:") and autolinks that block text leaves out. A table row can say what a date is in
another cell ("| DOB | 03/07/2016 |", a "Date of birth" column, "| 03/07/2016 | Child A was
born |"), so rows are read too. The result is computed once per document and shared by the
rules ANO003 to ANO009.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrlint.document import Block, BlockKind, Document
from scrlint.identifiers.contact import email_addresses, phone_numbers, written_like_an_nhs_number
from scrlint.identifiers.life_dates import event_kind, label_kind, life_dates, only_date
from scrlint.identifiers.model import Identifier, Kind
from scrlint.identifiers.numbers import nhs_numbers, ni_numbers
from scrlint.identifiers.places import house_addresses, postcodes, street_addresses

_CACHE_KEY = "identifiers-structured"
# When two finds overlap, the earlier kind here wins (an email holding digits, a date in an
# address).
_PRIORITY = (
    Kind.EMAIL_ADDRESS,
    Kind.NHS_NUMBER,
    Kind.NI_NUMBER,
    Kind.POSTCODE,
    Kind.PHONE_NUMBER,
    Kind.DATE_OF_BIRTH,
    Kind.DATE_OF_DEATH,
    Kind.STREET_ADDRESS,
)
_DIGIT = re.compile(r"\d")
_NHS_CONTEXT = 40  # how far before a number "NHS" makes it an NHS number, not a phone number


def structured_identifiers(document: Document) -> tuple[Identifier, ...]:
    """Every structured identifier in ``document``, at source offsets, in document order."""
    cached = document.derived.get(_CACHE_KEY)
    if isinstance(cached, tuple):
        return cached
    found: list[Identifier] = []
    for block in document.blocks():
        for identifier in in_text(block.text, addresses=block.kind is not BlockKind.HEADING):
            start, end = block.source_span(identifier.start, identifier.end)
            found.append(Identifier(identifier.kind, start, end, identifier.key))
    found += _table_dates(document)
    if "@" in document.source:
        found += email_addresses(document.source)
    result = tuple(sorted(_without_overlaps(found), key=lambda i: (i.start, i.end)))
    document.derived[_CACHE_KEY] = result
    return result


def in_text(text: str, *, addresses: bool = True) -> list[Identifier]:
    """The structured identifiers in one piece of prose, at offsets into ``text``.

    Ten digits with a leading 0 are an NHS number only when printed 3-3-4 or just after "NHS"
    (England issues NHS numbers starting 4, 6 or 7; the rest are mostly phone numbers or codes).
    ``addresses`` is off for headings, whose title case ("3 The Way Forward") reads like a
    street.
    """
    emails = list(email_addresses(text)) if "@" in text else []
    houses = list(house_addresses(text)) if addresses else []
    if not _DIGIT.search(text):  # every other kind has a digit
        return _without_overlaps([*emails, *houses])
    phones = list(phone_numbers(text))
    nhs: list[Identifier] = []
    for number in nhs_numbers(text):
        if number.key.startswith("0") and not _nhs_rather_than_phone(text, number):
            continue
        phones = [p for p in phones if not (p.start < number.end and number.start < p.end)]
        nhs.append(number)
    found = [*emails, *houses, *nhs, *ni_numbers(text), *postcodes(text), *phones]
    found += life_dates(text)
    if addresses:
        found += street_addresses(text)
    return _without_overlaps(found)


def _nhs_rather_than_phone(text: str, number: Identifier) -> bool:
    before = text[max(0, number.start - _NHS_CONTEXT) : number.start].lower()
    return written_like_an_nhs_number(text[number.start : number.end]) or "nhs" in before


def _without_overlaps(found: Iterable[Identifier]) -> list[Identifier]:
    """Keep one identifier where several overlap: the kind that comes first in _PRIORITY."""
    kept: list[Identifier] = []
    for identifier in sorted(found, key=lambda i: (_PRIORITY.index(i.kind), i.start)):
        if not any(k.start < identifier.end and identifier.start < k.end for k in kept):
            kept.append(identifier)
    return kept


def _table_dates(document: Document) -> list[Identifier]:
    """Dates that a table row or column calls a date of birth or death.

    A cell that holds only a date is one when the cell before it is a label ("DOB", "Date of
    death"), when its column's header is such a label, or when the next cell tells of the
    birth or death ("Child A was born at 34 weeks").
    """
    found: list[Identifier] = []
    header: list[Block] = []
    for row in _rows(document):
        if all(cell.header for cell in row):
            header = row
        for index, cell in enumerate(row):
            date = only_date(cell.text)
            if date is None:
                continue
            kind = label_kind(row[index - 1].text) if index else None
            if kind is None and not cell.header and index < len(header):
                kind = label_kind(header[index].text)
            if kind is None and index + 1 < len(row):
                kind = event_kind(row[index + 1].text)
            if kind is not None:
                start, end = cell.source_span(date.start, date.end)
                found.append(Identifier(kind, start, end, date.value.isoformat()))
    return found


def _rows(document: Document) -> list[list[Block]]:
    """The table cells of ``document`` grouped into rows (a Markdown row is one source line)."""
    rows: list[list[Block]] = []
    last_line = -1
    for cell in document.blocks(BlockKind.TABLE_CELL):
        line = document.position(cell.start).line
        if rows and line == last_line:
            rows[-1].append(cell)
        else:
            rows.append([cell])
        last_line = line
    return rows
