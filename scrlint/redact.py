"""Redaction: a copy of a report with each identifier replaced by a consistent placeholder.

The copy is the report's text as Markdown, whatever it was read from: a Word or PDF original is
written out as the Markdown it was read as, never as a .docx or .pdf that could still hold the
identifiers in tracked changes, comments, properties or page furniture.

The same person or thing gets the same placeholder throughout ("[Person 2]" wherever "Mrs
Okonjo" or "Ada Okonjo" appeared), numbered in order of first appearance within each kind of
placeholder. The mapping back to the original text is personal data; it is returned
separately and written only when asked for.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from scrlint.config import config_for
from scrlint.document.readers import BINARY_READERS, parse_bytes, reader_for
from scrlint.errors import InputError
from scrlint.identifiers import Identifier, Kind
from scrlint.identifiers.find import all_identifiers
from scrlint.nlp import NlpLayer
from scrlint.outputs import same_file, write_whole

_LABELS = {
    Kind.PERSON_NAME: "Person",
    Kind.PSEUDONYM_CLASH: "Person",
    Kind.PRACTITIONER_NAME: "Practitioner",
    Kind.DATE_OF_BIRTH: "Date of birth",
    Kind.DATE_OF_DEATH: "Date of death",
    Kind.NHS_NUMBER: "NHS number",
    Kind.NI_NUMBER: "NI number",
    Kind.POSTCODE: "Postcode",
    Kind.STREET_ADDRESS: "Address",
    Kind.PHONE_NUMBER: "Phone number",
    Kind.EMAIL_ADDRESS: "Email address",
    Kind.SCHOOL: "School",
    Kind.NURSERY: "Nursery",
    Kind.GP_PRACTICE: "GP practice",
    Kind.HOSPITAL: "Hospital",
    Kind.WARD: "Ward",
    Kind.RARE_DIAGNOSIS: "Diagnosis",
}


@dataclass(frozen=True)
class Redaction:
    """The redacted text, and each placeholder with the original texts it replaced."""

    text: str
    mapping: dict[str, list[str]]
    replaced: int  # how many identifiers were replaced


def redact(source: str, identifiers: Sequence[Identifier]) -> Redaction:
    """Replace each identifier (non-overlapping, source offsets) in ``source``."""
    placeholders: dict[tuple[str, str], str] = {}
    counts: dict[str, int] = {}
    mapping: dict[str, list[str]] = {}
    pieces: list[str] = []
    at = 0
    for identifier in sorted(identifiers, key=lambda i: i.start):
        label = _LABELS[identifier.kind]
        key = (label, identifier.key)
        if key not in placeholders:
            counts[label] = counts.get(label, 0) + 1
            placeholders[key] = f"[{label} {counts[label]}]"
        placeholder = placeholders[key]
        original = source[identifier.start : identifier.end]
        if original not in mapping.setdefault(placeholder, []):
            mapping[placeholder].append(original)
        pieces += [source[at : identifier.start], placeholder]
        at = identifier.end
    pieces.append(source[at:])
    return Redaction("".join(pieces), mapping, len(identifiers))


def redact_file(
    source: Path, output: Path, mapping_path: Path | None = None, config_path: Path | None = None
) -> Redaction:
    """Write a redacted copy of ``source`` to ``output`` (and the mapping, if asked for).

    The input is never written to; each output is written whole or not at all.

    Raises:
        ScrlintError: the input cannot be read, or an output would overwrite the input.
    """
    for path, option in ((output, "-o"), (mapping_path, "--mapping")):
        if path is not None and same_file(path, source):
            raise InputError(f"{option} {path} is the input; redaction never overwrites it")
    if mapping_path is not None and same_file(mapping_path, output):
        raise InputError("--mapping and -o name the same file")
    if output.suffix.lower() in BINARY_READERS:
        raise InputError(
            f"-o {output}: redact writes the report's text as Markdown, not {output.suffix}; "
            "name the copy .md"
        )
    config = config_for(source.parent, config_path)
    try:
        if source.stat().st_size > config.max_file_size:
            raise InputError(f"{source}: over the limit of {config.max_file_size} bytes")
        data = source.read_bytes()
    except OSError as exc:
        raise InputError(f"{source}: cannot read the file: {exc.strerror or exc}") from None
    document, _warnings = parse_bytes(
        str(source), data, reader_for(str(source)), config.max_file_size
    )
    nlp = NlpLayer()
    found = all_identifiers(document, config, nlp if nlp.available else None)
    result = redact(document.source, found)
    write_whole(output, result.text.encode("utf-8"))
    if mapping_path is not None:
        mapping = json.dumps(result.mapping, indent=2, ensure_ascii=False) + "\n"
        write_whole(mapping_path, mapping.encode("utf-8"))
    return result
