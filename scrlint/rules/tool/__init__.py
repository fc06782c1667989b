"""Rules about scrlint itself (the SLT family)."""
