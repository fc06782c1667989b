"""Output formats, by name. Each formatter renders a RunReport to a text stream."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from scrlint.report import RunReport

Formatter = Callable[["RunReport", TextIO, bool], None]
# The ``--format`` names, known without importing the formatters (and the engine behind them).
FORMATS = ("concise", "github", "html", "json", "junit", "lsp", "sarif", "text")


def formatters() -> dict[str, Formatter]:
    """Return the formatters by ``--format`` name."""
    from scrlint.formatters.concise import write_concise
    from scrlint.formatters.github import write_github
    from scrlint.formatters.html import write_html
    from scrlint.formatters.json import write_json
    from scrlint.formatters.junit import write_junit
    from scrlint.formatters.lsp import write_lsp
    from scrlint.formatters.sarif import write_sarif
    from scrlint.formatters.text import write_text

    return {
        "text": write_text,
        "concise": write_concise,
        "json": write_json,
        "github": write_github,
        "html": write_html,
        "junit": write_junit,
        "lsp": write_lsp,
        "sarif": write_sarif,
    }
