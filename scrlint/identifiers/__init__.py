"""Identifying personal data in a report: what kinds there are, and where each one is."""

from __future__ import annotations

from scrlint.identifiers.model import Identifier, Kind

__all__ = ["Identifier", "Kind"]
