"""Footnotes and endnotes of a Word document, which python-docx does not expose.

Their XML parts are reachable through the main document's relationships. Each note's text is
read as the body's is (tracked changes accepted) and keyed like the references to it in the
body ("footnote:3"), so the reader can place a note's text after the paragraph citing it.
"""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from scrlint.document.docx_body import paragraph_text

# The relationship to each kind of note's part, and the element of one note in it.
_NOTE_PARTS = {
    "footnote": (RELATIONSHIP_TYPE.FOOTNOTES, qn("w:footnote")),
    "endnote": (RELATIONSHIP_TYPE.ENDNOTES, qn("w:endnote")),
}
_P = qn("w:p")


def read_notes(word: docx.document.Document) -> dict[str, str]:
    """Map "footnote:ID" and "endnote:ID" to each note's text (separators left out)."""
    notes: dict[str, str] = {}
    for rel in word.part.rels.values():
        for kind, (reltype, tag) in _NOTE_PARTS.items():
            if rel.is_external or rel.reltype != reltype:
                continue
            for note in parse_xml(rel.target_part.blob).iterchildren(tag):
                if note.get(qn("w:type")) not in (None, "normal"):
                    continue  # the separator lines Word draws above the notes
                text = " ".join(t for p in note.iter(_P) if (t := paragraph_text(p).strip()))
                if text:
                    notes[f"{kind}:{note.get(qn('w:id'))}"] = text
    return notes
