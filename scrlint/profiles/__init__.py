"""Profiles (report type at a guidance edition) and how one is chosen for a document."""

from __future__ import annotations

from scrlint.profiles.detect import ProfileChoice, choose_profile, detect
from scrlint.profiles.loader import load_profiles
from scrlint.profiles.model import Profile, SectionSpec

__all__ = ["Profile", "ProfileChoice", "SectionSpec", "choose_profile", "detect", "load_profiles"]
