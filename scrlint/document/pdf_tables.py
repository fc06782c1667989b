"""Ruled tables on a PDF page: grids of drawn borders, with the text of each cell.

A table is found only where borders are drawn: connected horizontal and vertical rules that
make at least two cells. Rows and columns are the distinct positions of those rules; a merged
cell's text goes to the grid cell it sits in. Tables drawn without rules are read as text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from scrlint.document.pdf_layout import Fragment, Page

_TOLERANCE = 2.0
_MAX_RULES = 3000

Rule = tuple[float, float, float, float]


@dataclass
class Table:
    """A table on one page: rows of cells, each cell the fragments of text in it."""

    page: int
    columns: list[float]  # the x of each vertical border
    rows: list[list[list[Fragment]]] = field(default_factory=list)


def split_tables(page: Page) -> list[Fragment | Table]:
    """The page's fragments in reading order, with the text of each ruled table as a Table."""
    grids = _grids(page.rules)
    if not grids:
        return list(page.fragments)
    tables = [Table(page.number, xs, [[[] for _ in xs[1:]] for _ in ys[1:]]) for xs, ys in grids]
    flow: list[Fragment | Table] = []
    placed: set[int] = set()
    for fragment in page.fragments:
        middle = (fragment.top + fragment.bottom) / 2
        found = False
        for index, (xs, ys) in enumerate(grids):
            if _inside(fragment, xs, ys):
                _place(fragment, tables[index], xs, bisect.bisect_right(ys, middle) - 1)
                if index not in placed:
                    placed.add(index)
                    flow.append(tables[index])
                found = True
                break
        if not found:
            flow.append(fragment)
    for table in tables:
        table.rows = [row for row in table.rows if any(row)]
    return [item for item in flow if not isinstance(item, Table) or item.rows]


def in_tables(page: Page) -> set[int]:
    """Ids of the fragments inside ruled tables (a repeated header row is not a page header)."""
    grids = _grids(page.rules)
    return {id(f) for f in page.fragments if any(_inside(f, xs, ys) for xs, ys in grids)}


def _inside(fragment: Fragment, xs: list[float], ys: list[float]) -> bool:
    middle = (fragment.top + fragment.bottom) / 2
    return ys[0] <= middle <= ys[-1] and xs[0] <= fragment.centre(0) <= xs[-1]


def _place(fragment: Fragment, table: Table, xs: list[float], row: int) -> None:
    """Cut a fragment at the column borders and add each part to its cell."""
    if not 0 <= row < len(table.rows):
        return
    start = 0
    column = bisect.bisect_right(xs, fragment.centre(0)) - 1
    for index in range(1, len(fragment.text) + 1):
        next_column = (
            bisect.bisect_right(xs, fragment.centre(index)) - 1
            if index < len(fragment.text)
            else -2
        )
        if next_column != column:
            part = _slice(fragment, start, index)
            if part is not None and 0 <= column < len(table.rows[row]):
                table.rows[row][column].append(part)
            start, column = index, next_column


def _slice(fragment: Fragment, start: int, end: int) -> Fragment | None:
    text = fragment.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    if not text:
        return None
    first = start + lead
    last = first + len(text)
    return Fragment(
        fragment.page,
        text,
        fragment.columns[first:last],
        fragment.edges[first][0],
        fragment.edges[last - 1][1],
        fragment.top,
        fragment.bottom,
        fragment.baseline,
        fragment.size,
        fragment.bold,
        fragment.italic,
        fragment.edges[first:last],
        fragment.line,
    )


def _grids(rules: list[Rule]) -> list[tuple[list[float], list[float]]]:
    """(column borders, row borders) of each grid of connected rules with two or more cells."""
    if len(rules) > _MAX_RULES:
        return []
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(rules):
        for j in range(i + 1, len(rules)):
            if _touch(a, rules[j]):
                parent[root(i)] = root(j)
    groups: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        groups.setdefault(root(i), []).append(rule)
    grids = []
    for group in groups.values():
        xs = _distinct([r[0] for r in group if r[0] == r[2]])
        ys = _distinct([r[1] for r in group if r[1] == r[3]])
        if len(xs) >= 2 and len(ys) >= 2 and (len(xs) - 1) * (len(ys) - 1) >= 2:
            grids.append((xs, ys))
    return grids


def _touch(a: Rule, b: Rule) -> bool:
    t = _TOLERANCE
    return a[0] - t <= b[2] and b[0] - t <= a[2] and a[1] - t <= b[3] and b[1] - t <= a[3]


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > _TOLERANCE:
            out.append(value)
    return out
