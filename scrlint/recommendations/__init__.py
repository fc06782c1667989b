"""A report's recommendations, found once per document and shared by the recommendation rules."""

from __future__ import annotations

from scrlint.recommendations.extract import recommendations
from scrlint.recommendations.model import Recommendation, Recommendations, Row

__all__ = ["Recommendation", "Recommendations", "Row", "recommendations"]
