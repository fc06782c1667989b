"""The document model and its readers."""

from __future__ import annotations

from scrlint.document.model import Block, BlockKind, Comment, Document, Section, normalise_title

__all__ = ["Block", "BlockKind", "Comment", "Document", "Section", "normalise_title"]
