"""Load profiles from YAML, validated by JSON Schema."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

from scrlint.errors import PackError
from scrlint.patterns import compile_pattern
from scrlint.profiles.model import Cue, Profile, SectionSpec
from scrlint.validation import problems
from scrlint.yamlfile import load_yaml

PROFILE_DIR = "profiles"
FALLBACK = "generic"


def _cues(raw: Iterable[Mapping[str, Any]], where: str) -> tuple[Cue, ...]:
    return tuple(
        Cue(compile_pattern(cue["pattern"], where), cue["weight"], cue["reason"]) for cue in raw
    )


def parse_profile(data: Any, where: str) -> Profile:
    """Build a profile from parsed YAML.

    Raises:
        PackError: listing every schema problem with its key path.
    """
    found = problems(data, "profile.schema.json", source=where)
    if found:
        raise PackError(f"{where}: " + "; ".join(found))
    sections = tuple(
        SectionSpec(
            id=s["id"],
            title=s["title"],
            required=s["required"],
            aliases=tuple(s.get("aliases", ())),
            min_words=s.get("min_words"),
            sources=tuple(s.get("sources", ())),
        )
        for s in data["sections"]
    )
    ids = [s.id for s in sections]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise PackError(f"{where}: sections: duplicate section ids {duplicates}")
    detect = data.get("detect", {})
    return Profile(
        id=data["id"],
        title=data["title"],
        report_type=data["report_type"],
        edition=data["edition"],
        guidance=data["guidance"],
        publication=data["publication"],
        sources=tuple(data["sources"]),
        sections=sections,
        notes=data.get("notes", ""),
        severity=data.get("severity", {}),
        options=data.get("options", {}),
        priority=detect.get("priority", 0),
        title_cues=_cues(detect.get("title", ()), where),
        heading_cues=_cues(detect.get("headings", ()), where),
        text_cues=_cues(detect.get("text", ()), where),
        path=where,
    )


def load_profile_file(path: Path) -> Profile:
    """Read one profile file.

    Raises:
        PackError: the file is not valid YAML, breaks the schema, or its name disagrees with its id.
    """
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise PackError(f"{path}: cannot read profile: {exc}") from None
    profile = parse_profile(data, str(path))
    if path.stem != profile.id:
        raise PackError(f"{path}: id: {profile.id!r} does not match the file name {path.stem!r}")
    return profile


def load_profiles(pack_roots: Iterable[Path]) -> dict[str, Profile]:
    """Load every profile under ``<root>/profiles`` of each pack root; later roots override."""
    profiles: dict[str, Profile] = {}
    for root in pack_roots:
        folder = root / PROFILE_DIR
        if folder.is_dir():
            for path in sorted(folder.glob("*.yaml")):
                profile = load_profile_file(path)
                profiles[profile.id] = profile
    if FALLBACK not in profiles:
        raise PackError(f"no '{FALLBACK}' profile found in {[str(r) for r in pack_roots]}")
    return profiles
