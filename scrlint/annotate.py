"""Word comments for findings: a copy of a .docx draft with one comment per finding.

A named professional drafts in Word and reads review notes there. Each comment covers exactly
the flagged characters: a finding's source offsets map through the reader's OriginMap to
(paragraph, character) in the Word body, and runs are split at those characters. Splitting
moves no text and keeps each run's formatting, so the draft reads as before. Findings about a
missing section or the whole report point at a heading (or the title), so their comments sit
there. The draft's own comments are kept; the draft itself is never written to.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from scrlint.document.docx_body import body_paragraphs, text_pieces
from scrlint.document.model import OriginMap
from scrlint.engine import Engine, Overrides
from scrlint.errors import InputError
from scrlint.finding import Finding
from scrlint.nlp import NlpLayer
from scrlint.outputs import same_file, write_whole
from scrlint.registry import Registry
from scrlint.worker import NlpWorker, can_fork_worker

AUTHOR = "scrlint"
INITIALS = "SL"
_R = qn("w:r")
_RPR = qn("w:rPr")
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# (paragraph counted from 1, character counted from 0) in the Word body.
_Place = tuple[int, int]


@dataclass(frozen=True)
class Annotated:
    """What ``annotate_file`` did: how many comments it added, and the engine's warnings."""

    comments: int
    warnings: list[str]


def annotate_file(source: Path, output: Path, overrides: Overrides) -> Annotated:
    """Check the Word draft ``source`` and write a copy with a comment per finding to ``output``.

    ``output`` is written whole or not at all.

    Raises:
        InputError: ``source`` is not a readable .docx file, or ``output`` is ``source``.
        ScrlintError: the settings are invalid.
    """
    if source.suffix.lower() != ".docx":
        raise InputError("annotate writes Word comments; give it a .docx file")
    if same_file(output, source):
        raise InputError(f"-o {output} is the input; annotate never overwrites it")
    if not source.is_file():
        raise InputError(f"{source}: no such file")
    # As ``scrlint check`` runs one report: sentence rules in a worker while the others run
    # here; check_paths stops the worker if the report never reaches the rules.
    nlp = NlpLayer()
    engine = Engine(nlp, worker=NlpWorker.start(nlp) if can_fork_worker() else None)
    (result,) = engine.check_paths([str(source)], overrides)
    if result.error is not None:
        raise InputError(f"{source}: {result.error}")
    assert result.config is not None and result.origins is not None
    word = _open(source)
    registry = engine.setup(result.config).registry
    paragraphs = list(body_paragraphs(word.element.body))
    for finding in result.findings:
        first, last = _anchor(word, paragraphs, result.origins, finding)
        word.add_comment(
            [Run(first, word), Run(last, word)],
            text=comment_text(finding, registry),
            author=AUTHOR,
            initials=INITIALS,
        )
    buffer = io.BytesIO()
    word.save(buffer)
    write_whole(output, buffer.getvalue())
    return Annotated(len(result.findings), engine.warnings)


def comment_text(finding: Finding, registry: Registry) -> str:
    """The message, the rule's code, name and severity, and the rule's one-line summary.

    The message is already masked for personal data; no document text is added.
    """
    summary = registry.get(finding.code).meta.summary
    return f"{finding.message}\n{finding.code} {finding.name} ({finding.severity})\n{summary}"


def _open(source: Path) -> WordDocument:
    try:
        return docx.Document(io.BytesIO(source.read_bytes()))
    except OSError as exc:
        raise InputError(f"{source}: cannot read the file: {exc.strerror or exc}") from None
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError):
        # It was read a moment ago, so it changed since.
        raise InputError(f"{source}: not a valid Word document (.docx) any more") from None


# -- anchoring ---------------------------------------------------------------------------------


def _anchor(
    word: WordDocument, paragraphs: list[etree._Element], origins: OriginMap, finding: Finding
) -> tuple[etree._Element, etree._Element]:
    """The first and last run of the finding's characters, split out of their runs."""
    start = _place(origins, finding.start.offset, len(paragraphs))
    end = _place(origins, finding.end.offset, len(paragraphs))
    if start is not None and end is not None and end > start:
        _split(paragraphs[end[0] - 1], end[1])
        _split(paragraphs[start[0] - 1], start[1])
        runs = _runs(paragraphs, start, end)
        if runs:
            return runs[0], runs[-1]
    # No characters (an empty span): the whole paragraph, else the first with any text.
    numbers = [start[0]] if start is not None else []
    for number in [*numbers, *range(1, len(paragraphs) + 1)]:
        runs = _runs(paragraphs, (number, 0), (number + 1, 0))
        if runs:
            return runs[0], runs[-1]
    run = _bare_run(word, paragraphs)
    return run, run


def _bare_run(word: WordDocument, paragraphs: list[etree._Element]) -> etree._Element:
    """A run to hang comments on in a draft with no text: the first run, else a new empty one."""
    if not paragraphs:
        paragraphs.append(word.add_paragraph()._p)
    run = paragraphs[0].find(f".//{_R}")
    return run if run is not None else Paragraph(paragraphs[0], word).add_run()._r


def _place(origins: OriginMap, offset: int, count: int) -> _Place | None:
    origin = origins.locate(offset)
    if origin is None or origin.paragraph is None or not 1 <= origin.paragraph <= count:
        return None
    return origin.paragraph, origin.character - 1


def _runs(paragraphs: list[etree._Element], start: _Place, end: _Place) -> list[etree._Element]:
    """The runs whose text lies wholly in [start, end), in order."""
    runs: list[etree._Element] = []
    for number in range(start[0], min(end[0], len(paragraphs)) + 1):
        position = 0
        for node, text in text_pieces(paragraphs[number - 1]):
            low, position = position, position + len(text)
            run = node.getparent()
            inside = start <= (number, low) and (number, position) <= end
            if text and inside and run is not None and run.tag == _R and run not in runs[-1:]:
                runs.append(run)
    return runs


def _split(paragraph: etree._Element, at: int) -> None:
    """Make character ``at`` of ``paragraph`` start a run, splitting a run (and its text)."""
    position = 0
    for node, text in text_pieces(paragraph):
        if position < at < position + len(text):  # inside a w:t
            tail = copy.deepcopy(node)
            node.text, tail.text = text[: at - position], text[at - position :]
            node.set(_SPACE, "preserve")
            tail.set(_SPACE, "preserve")
            node.addnext(tail)
            _split_run(tail)
            return
        if position == at and text:
            _split_run(node)
            return
        position += len(text)


def _split_run(node: etree._Element) -> None:
    """Move ``node`` and what follows it in its run into a new run, with the same formatting."""
    run = node.getparent()
    if run is None or run.tag != _R:
        return
    content = [child for child in run if child.tag != _RPR]
    if content[0] is node:
        return
    tail = run.makeelement(run.tag, run.attrib)
    properties = run.find(_RPR)
    if properties is not None:
        tail.append(copy.deepcopy(properties))
    tail.extend(content[content.index(node) :])
    run.addnext(tail)
