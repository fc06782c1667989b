"""Showing a share beside its threshold, for the rules that report a proportion."""

from __future__ import annotations


def shown_below(share: float, threshold: float) -> str:
    """The share to two places, or three when two would round it up to the threshold.

    A message must never say "share 0.15, threshold 0.15" for a share that is below it.
    """
    shown = f"{share:.2f}"
    return shown if float(shown) < threshold else f"{share:.3f}"
