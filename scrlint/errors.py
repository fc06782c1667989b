"""Errors a user can cause; each becomes one line on stderr and exit code 2."""

from __future__ import annotations


class ScrlintError(Exception):
    """Base of every error meant for the user, never shown with a traceback."""


class InputError(ScrlintError):
    """A document cannot be read: missing, binary, badly encoded, empty, too large, malformed."""


class ConfigError(ScrlintError):
    """A config file or option is invalid; the message names the file and key."""


class PackError(ScrlintError):
    """A YAML rule pack or profile is invalid; the message names the file and key path."""


class PluginError(ScrlintError):
    """A required third-party plugin could not be loaded."""
