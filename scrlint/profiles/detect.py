"""Choose a document's profile: flag > front matter > config > detection, with reasons."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scrlint.document import BlockKind, Document
from scrlint.errors import ConfigError
from scrlint.profiles.loader import FALLBACK
from scrlint.profiles.model import Cue, Profile

DETECTION_THRESHOLD = 8
FRONT_MATTER_KEYS = frozenset({"profile", "pseudonyms"})
_TEXT_SAMPLE = 200_000  # characters of prose scanned for vocabulary cues


@dataclass(frozen=True)
class ProfileChoice:
    """The profile used for a document, where the choice came from, and why."""

    profile: Profile
    source: str  # "option", "front matter", "config", "detected", "fallback"
    reasons: tuple[str, ...] = ()


def _score(cues: tuple[Cue, ...], text: str) -> tuple[int, list[str]]:
    score, reasons = 0, []
    for cue in cues:
        if cue.pattern.search(text):
            score += cue.weight
            reasons.append(cue.reason)
    return score, reasons


def detect(document: Document, profiles: Mapping[str, Profile]) -> ProfileChoice:
    """Score every profile's cues against the title, headings and text; best score wins."""
    title = document.title
    headings = "\n".join(s.title for s in document.sections())
    prose = "\n".join(b.text for b in document.blocks() if b.kind is not BlockKind.HEADING)
    prose = prose[:_TEXT_SAMPLE]
    best: tuple[int, int, str] | None = None
    best_reasons: list[str] = []
    for profile in profiles.values():
        title_score, title_reasons = _score(profile.title_cues, title)
        if title_score == 0:
            continue  # the report type must show in the title; vocabulary only picks the edition
        heading_score, heading_reasons = _score(profile.heading_cues, headings)
        text_score, text_reasons = _score(profile.text_cues, prose)
        total = title_score + heading_score + text_score
        key = (total, profile.priority, profile.id)
        if best is None or key > best:
            best, best_reasons = key, title_reasons + heading_reasons + text_reasons
    if best is None:
        return ProfileChoice(
            profiles[FALLBACK], "fallback", ("no report type recognised from the title",)
        )
    if best[0] < DETECTION_THRESHOLD:
        weak = f"the best match, {best[2]}, scored {best[0]} of the {DETECTION_THRESHOLD} needed"
        return ProfileChoice(profiles[FALLBACK], "fallback", (weak, *best_reasons))
    return ProfileChoice(profiles[best[2]], "detected", tuple(best_reasons))


def choose_profile(
    document: Document,
    profiles: Mapping[str, Profile],
    *,
    option: str | None = None,
    configured: str | None = None,
    config_path: str = "config",
) -> ProfileChoice:
    """Apply the order of precedence.

    Raises:
        ConfigError: a named profile does not exist.
    """

    def named(profile_id: str, source: str, where: str) -> ProfileChoice:
        if profile_id not in profiles:
            known = ", ".join(sorted(profiles))
            raise ConfigError(f"{where}: unknown profile {profile_id!r} (known: {known})")
        return ProfileChoice(profiles[profile_id], source)

    if option:
        return named(option, "option", "--profile")
    declared = document.front_matter.get("scrlint")
    if declared is not None:
        if not isinstance(declared, dict):
            raise ConfigError("front matter scrlint: must be a mapping, e.g. {profile: lcspr@2023}")
        unknown = sorted(set(declared) - FRONT_MATTER_KEYS)
        if unknown:
            known = ", ".join(sorted(FRONT_MATTER_KEYS))
            raise ConfigError(f"front matter scrlint.{unknown[0]}: unknown key (known: {known})")
        pseudonyms = declared.get("pseudonyms", [])
        if not isinstance(pseudonyms, list) or not all(isinstance(p, str) for p in pseudonyms):
            raise ConfigError("front matter scrlint.pseudonyms: must be a list of names")
        if declared.get("profile"):
            return named(str(declared["profile"]), "front matter", "front matter scrlint.profile")
    if configured:
        return named(configured, "config", f"{config_path}: profile")
    return detect(document, profiles)
