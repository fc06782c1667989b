"""Analysis rules (ANA): why as well as what, numbered findings, hindsight and blame language."""
