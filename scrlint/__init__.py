"""scrlint: quality checks for child-safeguarding case review reports."""

from __future__ import annotations

__version__ = "0.1.0"
