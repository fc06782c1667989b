"""Allow ``python -m scrlint``."""

from __future__ import annotations

from scrlint.cli import run

if __name__ == "__main__":
    run()
