"""Allow ``python -m scrlint``."""

from __future__ import annotations

from scrlint.cli import main

if __name__ == "__main__":
    main()
